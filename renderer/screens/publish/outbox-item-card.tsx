import { useState } from 'react';
import { intlLocale } from '../../../shared/i18n/error-messages.js';
import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import { isCancellable } from '../../../shared/publish/outbox-state.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { formatByteSize } from './byte-size.js';
import { publishCatalogue } from './publish-catalogue.js';
import type { OutboxAction } from './use-outbox.js';

interface OutboxItemCardProps {
  item: OutboxItemView;
  profile: PortalProfile | undefined;
  onAct: (action: OutboxAction, outboxId: number) => Promise<void>;
}

/** Where a publication stands, in one sentence: « En attente de réseau — nouvel essai à 14:05 ». */
function useStatusText(): (item: OutboxItemView) => string {
  const t = useCatalogue(publishCatalogue);
  const { locale } = useI18n();
  const clock = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' });
  return (item) => {
    const time = item.nextAttemptAt ? clock.format(new Date(item.nextAttemptAt)) : '—';
    switch (item.status) {
      case 'running':
        return t('status.running', { step: t(`step.${item.step}`) });
      case 'retry-wait':
        return t('status.retry-wait', { time });
      case 'waiting-network':
        return t('status.waiting-network', { time });
      default:
        return t(`status.${item.status}`);
    }
  };
}

/**
 * One publication of the outbox: its dataset and portal, its status in French (« publié » only
 * when main read it back), the bytes sent while uploading, the reason of a failure or of a wait,
 * the portal page once published, and what the clerk can do now — « Annuler », « Rendre public »,
 * « Réessayer », or « Réessayer maintenant » when the network is back before the next attempt.
 */
export function OutboxItemCard({ item, profile, onAct }: OutboxItemCardProps) {
  const t = useCatalogue(publishCatalogue);
  const { locale, error: sentence, date } = useI18n();
  const statusText = useStatusText();
  const [busy, setBusy] = useState(false);
  const title = item.title;
  const headingId = `outbox-item-${item.outboxId}`;
  const uploading = item.status === 'running' && item.progress !== null && item.progress.total > 0;
  const percent = uploading && item.progress ? Math.min(100, Math.round((item.progress.sent / item.progress.total) * 100)) : 0;

  const act = async (action: OutboxAction) => {
    setBusy(true);
    await onAct(action, item.outboxId);
    setBusy(false);
  };

  const button = (action: OutboxAction, label: string, accessibleName: string, primary = false) => (
    <button type="button" className={primary ? 'primary' : undefined} disabled={busy} aria-label={accessibleName} onClick={() => void act(action)}>
      {label}
    </button>
  );

  return (
    <article className={`outbox-item status-${item.status}`} aria-labelledby={headingId}>
      <header>
        <h4 id={headingId}>{t('item.label', { title, version: item.version })}</h4>
        <span className="muted small">{profile ? t('item.portal', { portal: profile.label }) : t('item.portal.unknown')}</span>
      </header>
      <p className="outbox-status" role="status">
        <strong>{statusText(item)}</strong>
        {item.attempt > 0 && (item.status === 'running' || item.status === 'retry-wait' || item.status === 'waiting-network' || item.status === 'failed') && <span className="muted small"> {t('attempt', { count: item.attempt })}</span>}
      </p>
      {uploading && item.progress && (
        <ProgressBar
          label={t('upload', { percent, sent: formatByteSize(item.progress.sent, intlLocale(locale)), total: formatByteSize(item.progress.total, intlLocale(locale)) })}
          value={percent}
        />
      )}
      {item.error && item.status !== 'published' && item.status !== 'cancelled' && (
        <p className={item.status === 'failed' ? 'field-error' : 'muted'}>{sentence(item.error)}</p>
      )}
      {item.status === 'published' && item.pageUrl && (
        <p>
          <a href={item.pageUrl} target="_blank" rel="noreferrer noopener">{t('page')}</a>
        </p>
      )}
      <p className="muted small">{t('item.created', { date: date(item.createdAt) })}</p>
      <div className="outbox-actions">
        {item.status === 'private-ready' && button('make-public', t('action.make-public'), t('action.make-public.label', { title }), true)}
        {item.status === 'failed' && button('retry', t('action.retry'), t('action.retry.label', { title }), true)}
        {item.status === 'waiting-network' && button('network-back', t('action.network'), t('action.network.label', { title }))}
        {isCancellable(item.status) && button('cancel', t('action.cancel'), t('action.cancel.label', { title }))}
      </div>
    </article>
  );
}
