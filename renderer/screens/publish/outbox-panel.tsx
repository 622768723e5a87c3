import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import type { OutboxStatus } from '../../../shared/publish/outbox-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { OutboxList } from './outbox-list.js';
import { publishCatalogue } from './publish-catalogue.js';
import './publish.css';
import { useOutbox } from './use-outbox.js';
import { useProfiles } from './use-profiles.js';

/** Publications that still need the outbox or the clerk: all but the published and the cancelled. */
export function isUnderWay(status: OutboxStatus): boolean {
  return status !== 'published' && status !== 'cancelled';
}

/** The publications under way, then the latest finished ones. */
export function splitOutbox(items: readonly OutboxItemView[]): { underWay: OutboxItemView[]; finished: OutboxItemView[] } {
  return { underWay: items.filter((item) => isUnderWay(item.status)), finished: items.filter((item) => !isUnderWay(item.status)) };
}

/**
 * The outbox, usable on any screen: the publications on their way, waiting for the network or for
 * the clerk (« Rendre public », « Réessayer »), then the last `finishedShown` finished ones.
 */
export function OutboxPanel({ finishedShown = 10 }: { finishedShown?: number }) {
  const t = useCatalogue(publishCatalogue);
  const outbox = useOutbox();
  const { profiles } = useProfiles();
  const { underWay, finished } = splitOutbox(outbox.items ?? []);
  return (
    <div className="outbox-panel">
      {outbox.error && <ErrorBanner error={outbox.error} />}
      <section aria-labelledby="outbox-active-title">
        <h2 id="outbox-active-title">{t('outbox.active')}</h2>
        <OutboxList labelledBy="outbox-active-title" items={underWay} profiles={profiles ?? []} empty={t('outbox.empty')} onAct={outbox.act} />
      </section>
      {finished.length > 0 && (
        <section aria-labelledby="outbox-settled-title">
          <h2 id="outbox-settled-title">{t('outbox.settled')}</h2>
          <OutboxList labelledBy="outbox-settled-title" items={finished.slice(0, finishedShown)} profiles={profiles ?? []} empty="" onAct={outbox.act} />
          {finished.length > finishedShown && <p className="muted small">{t('outbox.settled.more', { count: finished.length - finishedShown })}</p>}
        </section>
      )}
    </div>
  );
}
