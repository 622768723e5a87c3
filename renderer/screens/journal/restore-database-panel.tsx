import { useEffect, useId, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { DatabaseBackup, RestoreOutcome } from '../../../shared/history/database-backup.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import './journal.css';
import { restoreCatalogue } from './restore-catalogue.js';
import { useHistoryCall } from './use-history-call.js';

interface RestoreDatabasePanelProps {
  /** Called once a backup is back in place and the database reopened. */
  onRestored: () => void;
}

/**
 * Shown when the database is damaged (`db.corrupt`): the backups kept on this computer, newest
 * first, and the way to put one back after a confirmation. The damaged database is set aside by
 * main, never erased, so a wrong choice can still be undone by the IT department.
 */
export function RestoreDatabasePanel({ onRestored }: RestoreDatabasePanelProps) {
  const t = useCatalogue(restoreCatalogue);
  const { date, number } = useI18n();
  const titleId = useId();
  const backups = useHistoryCall('backups', () => api['history:backups']({}));
  const [chosen, setChosen] = useState<DatabaseBackup | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [restored, setRestored] = useState<{ backup: DatabaseBackup; outcome: RestoreOutcome } | null>(null);

  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? t('size.mib', { size: number(Math.round(bytes / 1024 / 102.4) / 10) }) : t('size.kib', { size: number(Math.ceil(bytes / 1024)) });

  const restore = async (backup: DatabaseBackup) => {
    setWorking(true);
    setFailure(null);
    const result = await api['history:restore-backup']({ fileName: backup.fileName });
    setWorking(false);
    setChosen(null);
    if (!result.ok) return setFailure(result.error);
    setRestored({ backup, outcome: result.value });
    onRestored();
  };

  return (
    <section className="restore-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('title')}</h2>
      <p>{t('intro')}</p>
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
      {backups.error && <ErrorBanner error={backups.error} />}
      {restored && (
        <p className="restore-done" role="status">
          {restored.outcome.setAside
            ? t('done.aside', { date: date(restored.backup.createdAt), aside: restored.outcome.setAside })
            : t('done', { date: date(restored.backup.createdAt) })}
        </p>
      )}
      {backups.loading && <p className="muted">{t('loading')}</p>}
      {backups.value && backups.value.length === 0 && <p>{t('none')}</p>}
      {backups.value && backups.value.length > 0 && !restored && (
        <table className="restore-table">
          <caption className="sr-only">{t('table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.value.map((backup) => (
              <tr key={backup.fileName}>
                <td>{date(backup.createdAt)}</td>
                <td className="number">{size(backup.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    disabled={working}
                    aria-label={t('restore.label', { date: date(backup.createdAt) })}
                    onClick={() => setChosen(backup)}
                  >
                    {t('restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <RestoreConfirmation
          text={t('confirm.text', { date: date(chosen.createdAt) })}
          working={working}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        />
      )}
    </section>
  );
}

interface RestoreConfirmationProps {
  text: string;
  working: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question before a restore; the focus lands on « Annuler », the harmless answer. */
function RestoreConfirmation({ text, working, onConfirm, onCancel }: RestoreConfirmationProps) {
  const t = useCatalogue(restoreCatalogue);
  const titleId = useId();
  const textId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="restore-confirmation"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => event.key === 'Escape' && !working && onCancel()}
    >
      <h3 id={titleId}>{t('confirm.title')}</h3>
      <p id={textId}>{text}</p>
      {working && <p role="status">{t('working')}</p>}
      <div className="button-row">
        <button type="button" className="danger" disabled={working} onClick={onConfirm}>
          {t('confirm.yes')}
        </button>
        <button ref={cancel} type="button" disabled={working} onClick={onCancel}>
          {t('confirm.no')}
        </button>
      </div>
    </div>
  );
}
