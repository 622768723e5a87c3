import type { AppErrorPayload } from '../../../shared/api/result.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { RestoreDatabasePanel } from './restore-database-panel.js';

/**
 * A failed call to the history in the clerk's words; when the database itself is damaged, the
 * way to restore a backup comes with it, since nothing else on the screen can work until then.
 */
export function HistoryFailure({ error, onRestored }: { error: AppErrorPayload; onRestored: () => void }) {
  return (
    <>
      <ErrorBanner error={error} />
      {error.code === 'db.corrupt' && <RestoreDatabasePanel onRestored={onRestored} />}
    </>
  );
}
