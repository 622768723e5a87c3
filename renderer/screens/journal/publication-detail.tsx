import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { PublicationDetail } from '../../../shared/history/publication-record.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { detailCatalogue } from './detail-catalogue.js';
import { DecisionRecords } from './detail-decisions.js';
import { FileFacts, MetadataFacts, PublicationFacts } from './detail-facts.js';
import { PublicationStory, VersionList } from './detail-story.js';
import type { SavedDocument } from './exported-document.js';
import { printDocument, releaseDocument, saveDocument } from './exported-document.js';
import { HistoryFailure } from './history-failure.js';
import { useHistoryCall } from './use-history-call.js';

interface PublicationDetailViewProps {
  publicationId: number;
  revision: number;
  onBack: () => void;
  /** Opens another version of the same dataset. */
  onOpen: (publicationId: number) => void;
  onCompare: (otherId: number) => void;
  onPublishNewVersion?: (publicationId: number) => void;
  onRestored: () => void;
}

/** The whole story of one publication, and what the clerk can do from it. */
export function PublicationDetailView(props: PublicationDetailViewProps) {
  const { publicationId, revision, onBack, onRestored } = props;
  const t = useCatalogue(detailCatalogue);
  const detail = useHistoryCall(`${publicationId}:${revision}`, () => api['history:detail']({ publicationId }));
  const shown = detail.value?.publicationId === publicationId ? detail.value : null;
  return (
    <article className="publication-detail">
      <button type="button" onClick={onBack}>← {t('back')}</button>
      {detail.error && <HistoryFailure error={detail.error} onRestored={onRestored} />}
      {!shown && !detail.error && <p className="muted" role="status">{t('loading')}</p>}
      {shown && <DetailBody {...props} detail={shown} />}
    </article>
  );
}

function DetailBody({ detail, onOpen, onCompare, onPublishNewVersion }: PublicationDetailViewProps & { detail: PublicationDetail }) {
  const t = useCatalogue(detailCatalogue);
  const heading = useRef<HTMLHeadingElement>(null);
  // The clerk's focus follows to the publication opened, so the story reads from its title.
  useEffect(() => heading.current?.focus(), [detail.publicationId]);
  return (
    <>
      <header className="detail-header">
        <h2 ref={heading} tabIndex={-1}>{t('heading', { title: detail.datasetTitle, version: detail.version })}</h2>
        <div className="detail-actions" role="group" aria-label={t('actions')}>
          <ReportActions publicationId={detail.publicationId} />
          {onPublishNewVersion && (
            <button type="button" className="primary" onClick={() => onPublishNewVersion(detail.publicationId)}>
              {t('newVersion')}
            </button>
          )}
        </div>
        <CompareChooser key={detail.publicationId} detail={detail} onCompare={onCompare} />
      </header>
      <div className="detail-columns">
        <PublicationFacts detail={detail} />
      </div>
      <PublicationStory events={detail.events} />
      {detail.versions.length > 1 && <VersionList versions={detail.versions} currentId={detail.publicationId} onOpen={onOpen} />}
      <FileFacts detail={detail} />
      <DecisionRecords detail={detail} />
      <MetadataFacts detail={detail} />
    </>
  );
}

/** « Rapport imprimable »: the French report of this publication, to save or to print. */
function ReportActions({ publicationId }: { publicationId: number }) {
  const t = useCatalogue(detailCatalogue);
  const [saved, setSaved] = useState<SavedDocument | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [working, setWorking] = useState(false);
  useEffect(() => () => releaseDocument(saved), [saved]);

  const report = async (then: 'save' | 'print') => {
    setWorking(true);
    setFailure(null);
    const result = await api['history:export-report']({ publicationId });
    setWorking(false);
    if (!result.ok) return setFailure(result.error);
    if (then === 'save') setSaved(saveDocument(result.value));
    else printDocument(result.value);
  };

  return (
    <>
      <button type="button" disabled={working} onClick={() => void report('save')}>{t('report.download')}</button>
      <button type="button" disabled={working} onClick={() => void report('print')}>{t('report.print')}</button>
      <p className="small report-status" role="status">
        {saved && (
          <>
            {t('report.ready', { name: saved.fileName })}{' '}
            <a href={saved.url} download={saved.fileName}>{t('report.again', { name: saved.fileName })}</a>
          </>
        )}
      </p>
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
    </>
  );
}

/** « Comparer »: this version against another of the same dataset, the previous one by default. */
function CompareChooser({ detail, onCompare }: { detail: PublicationDetail; onCompare: (otherId: number) => void }) {
  const t = useCatalogue(detailCatalogue);
  const { date } = useI18n();
  const others = detail.versions.filter((version) => version.publicationId !== detail.publicationId);
  const previous = [...others].reverse().find((version) => version.version < detail.version) ?? others[0];
  const [chosen, setChosen] = useState<number | null>(null);
  const otherId = chosen ?? previous?.publicationId ?? null;
  if (otherId === null) return <p className="muted small">{t('compare.none')}</p>;
  return (
    <form
      className="compare-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(otherId);
      }}
    >
      <label>
        {t('compare.with')}
        <select value={otherId} onChange={(event) => setChosen(Number(event.target.value))}>
          {others.map((version) => (
            <option key={version.publicationId} value={version.publicationId}>
              {t('compare.option', { version: version.version, date: date(version.recordedAt) })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('compare')}</button>
    </form>
  );
}
