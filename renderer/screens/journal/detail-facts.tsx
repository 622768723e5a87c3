import type { PublicationDetail } from '../../../shared/history/publication-record.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { detailCatalogue } from './detail-catalogue.js';
import type { Fact } from './detail-parts.js';
import { DetailSection, FactList, PortalLink } from './detail-parts.js';
import { useJournalLabel } from './journal-labels.js';

/** Who published what, when, where, and where it is online now. */
export function PublicationFacts({ detail }: { detail: PublicationDetail }) {
  const t = useCatalogue(detailCatalogue);
  const label = useJournalLabel();
  const { date, number } = useI18n();
  const { remote, portal } = detail;
  const online = [
    [t('online.dataset'), remote.datasetUrl],
    [t('online.resource'), remote.resourceUrl],
    [t('online.portal'), portal.baseUrl],
  ].filter((link): link is [string, string] => link[1] !== null);
  return (
    <>
      <DetailSection title={t('publication')}>
        <FactList
          facts={[
            [t('slug'), <code key="slug">{detail.datasetSlug}</code>],
            [t('version'), number(detail.version)],
            [t('status'), t('status.value', { status: label('status', detail.status), date: date(detail.statusAt) })],
            [t('recordedAt'), date(detail.recordedAt)],
            [t('osUser'), detail.osUser],
            [t('portal'), t('portal.value', { name: portal.profileName, engine: portal.engine })],
            [t('appVersion'), detail.appVersion],
            [t('key'), <code key="key">{detail.publicationKey}</code>],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('online')}>
        {online.length === 0 && remote.datasetId === null ? (
          <p className="muted">{t('online.none')}</p>
        ) : (
          <FactList
            facts={[
              ...online.map(([text, href]): Fact => [text, <PortalLink key={text} href={href} />]),
              [t('online.datasetId'), remote.datasetId && <code>{remote.datasetId}</code>],
              [t('online.resourceId'), remote.resourceId && <code>{remote.resourceId}</code>],
            ]}
          />
        )}
      </DetailSection>
    </>
  );
}

/** The source file as it was read and the file as it was published, with their fingerprints. */
export function FileFacts({ detail }: { detail: PublicationDetail }) {
  const t = useCatalogue(detailCatalogue);
  const { date, number } = useI18n();
  const { source, output } = detail;
  return (
    <div className="detail-columns">
      <DetailSection title={t('source')}>
        <FactList
          facts={[
            [t('file.name'), source.name],
            [t('file.size'), t('file.bytes', { count: source.sizeBytes })],
            [t('file.modifiedAt'), date(source.modifiedAt)],
            [t('file.sha256'), <code key="sha" className="hash">{source.sha256}</code>],
            [t('file.format'), source.format?.toUpperCase()],
            [t('file.sheet'), source.sheet],
            [t('file.headerRow'), source.headerRow === null ? null : number(source.headerRow)],
            [t('file.encoding'), source.encoding],
            [t('file.columnsRead'), <ColumnNames key="columns" names={source.columns} />],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('output')}>
        <FactList
          facts={[
            [t('file.name'), output.name],
            [t('file.sha256'), <code key="sha" className="hash">{output.sha256}</code>],
            [t('file.rows'), number(output.rowCount)],
            [t('file.columns'), number(output.columnCount)],
            [t('file.columnsPublished'), <ColumnNames key="columns" names={output.columns} />],
          ]}
        />
      </DetailSection>
    </div>
  );
}

/** Column names as a list, each kept whole (names hold spaces and commas). */
export function ColumnNames({ names }: { names: string[] }) {
  return (
    <ul className="column-names">
      {names.map((name, index) => (
        <li key={`${index}-${name}`}>{name}</li>
      ))}
    </ul>
  );
}

/** The description and licence sent to the portal. */
export function MetadataFacts({ detail }: { detail: PublicationDetail }) {
  const t = useCatalogue(detailCatalogue);
  const label = useJournalLabel();
  const metadata = detail.metadata;
  return (
    <DetailSection title={t('metadata')}>
      <FactList
        facts={[
          [label('field', 'title'), metadata.title],
          [label('field', 'description'), <span key="description" className="long-text">{metadata.description}</span>],
          [label('field', 'keywords'), metadata.keywords.join(', ')],
          [label('field', 'themes'), metadata.themes.join(', ')],
          [label('field', 'producer'), metadata.producer],
          [label('field', 'contact'), metadata.contact ? `${metadata.contact.name} <${metadata.contact.email}>` : null],
          [label('field', 'licence'), metadata.licence],
          [label('field', 'frequency'), label('frequency', metadata.frequency)],
          [
            label('field', 'temporal'),
            metadata.temporal.start || metadata.temporal.end
              ? t('period', { start: metadata.temporal.start ?? t('unknownDate'), end: metadata.temporal.end ?? t('unknownDate') })
              : null,
          ],
          [label('field', 'spatial'), metadata.spatial],
          [label('field', 'language'), metadata.language],
          [label('field', 'source'), metadata.source],
          [label('field', 'modified'), metadata.modified],
          [label('field', 'schema'), metadata.schema ? `${metadata.schema.name} ${metadata.schema.version}` : null],
        ]}
      />
    </DetailSection>
  );
}
