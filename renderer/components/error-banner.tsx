import type { AppErrorPayload } from '../../shared/api/result.js';
import { useI18n } from '../i18n/i18n.js';

/** A failure in the clerk's words, announced to screen readers; never a raw code or stack. */
export function ErrorBanner({ error, onDismiss }: { error: AppErrorPayload; onDismiss?: () => void }) {
  const { t, error: message } = useI18n();
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}</strong>
      <p>{message(error)}</p>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>{t('error.dismiss')}</button>
      )}
    </div>
  );
}
