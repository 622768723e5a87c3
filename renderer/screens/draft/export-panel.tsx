import { useState } from 'react';
import type { DraftView, FolderExportSummary } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { PreflightReportView } from './preflight-report.js';
import type { DraftSession } from './use-draft.js';
import { progressPercent, useDraftProgress } from './use-draft.js';

type Outcome = { kind: 'exported'; summary: FolderExportSummary } | { kind: 'no-folder' } | null;

/**
 * « Contrôle et export »: pre-flight (the published file written to a work folder and read again
 * by the detectors) and « Exporter vers un dossier », both refused while the gate has problems;
 * progress of writing and reading back, and « Annuler ». Main saves the pre-flight report in the
 * draft, so it is read back from there and survives a restart.
 */
export function ExportPanel({ draft, session }: { draft: DraftView; session: DraftSession }) {
  const t = useCatalogue(decisionsCatalogue);
  const [running, setRunning] = useState<'preflight' | 'export' | null>(null);
  const [progress, setProgress] = useDraftProgress(draft.draftId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const blocked = draft.gate.length > 0;
  const percent = progressPercent(progress);

  const start = (which: 'preflight' | 'export') => {
    setRunning(which);
    setProgress(null);
    setOutcome(null);
    setFailure(null);
  };
  // The report (and the columns it flagged) are saved in the draft by main: read it back.
  const finish = async (error: AppErrorPayload | null) => {
    setRunning(null);
    setFailure(error);
    await session.reload();
  };

  const preflight = async () => {
    start('preflight');
    const result = await api['export:preflight']({ draftId: draft.draftId });
    await finish(result.ok ? null : result.error);
  };

  const exportToFolder = async () => {
    start('export');
    const result = await api['export:to-folder']({ draftId: draft.draftId });
    if (result.ok) setOutcome(result.value ? { kind: 'exported', summary: result.value } : { kind: 'no-folder' });
    await finish(result.ok ? null : result.error);
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h3 id="export-title">{t('export')}</h3>
      {blocked && <p className="muted" id="export-blocked">{t('export.blocked')}</p>}
      <div className="export-actions">
        <div>
          <button type="button" disabled={blocked || running !== null} aria-describedby="preflight-hint" onClick={() => void preflight()}>
            {t('preflight')}
          </button>
          <p id="preflight-hint" className="muted small">{t('preflight.hint')}</p>
        </div>
        <div>
          <button type="button" className="primary" disabled={blocked || running !== null} aria-describedby="export-hint" onClick={() => void exportToFolder()}>
            {t('export.folder')}
          </button>
          <p id="export-hint" className="muted small">{t('export.folder.hint')}</p>
        </div>
      </div>
      {running && (
        <div className="reading">
          <ProgressBar
            label={progress ? t(`progress.${progress.phase}`, { percent: percent ?? 0 }) : t('progress.writing', { percent: 0 })}
            value={percent}
          />
          <button type="button" onClick={() => void api['export:cancel']({ draftId: draft.draftId })}>{t('export.cancel')}</button>
        </div>
      )}
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
      <div role="status" className="export-outcome">
        {outcome?.kind === 'no-folder' && <p>{t('export.cancelled')}</p>}
        {outcome?.kind === 'exported' && (
          <>
            <p className="success">
              {t('export.done', { folder: outcome.summary.folderName, rows: outcome.summary.rowCount, columns: outcome.summary.columns.length })}
            </p>
            <p className="small">{t('export.files')}</p>
            <ul className="small">
              {outcome.summary.files.map((file) => (
                <li key={file}><code>{file}</code></li>
              ))}
            </ul>
            <p className="small muted">
              {t('export.sha', { sha: outcome.summary.sha256, size: Math.ceil(outcome.summary.size / 1024) })}
            </p>
          </>
        )}
      </div>
      {draft.preflight && <PreflightReportView report={draft.preflight} />}
    </section>
  );
}
