import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { isUnderWay } from './outbox-panel.js';
import { publishCatalogue } from './publish-catalogue.js';
import { useOutbox } from './use-outbox.js';

/**
 * « Publications » in the top bar, with the number of publications under way, kept up to date by
 * the outbox's events: the clerk sees a publication waiting for the network from any screen.
 */
export function OutboxNavButton({ current, onClick }: { current: boolean; onClick: () => void }) {
  const t = useCatalogue(publishCatalogue);
  const { items } = useOutbox();
  const count = (items ?? []).filter((item) => isUnderWay(item.status)).length;
  return (
    <button type="button" className="top-bar-link" aria-current={current ? 'page' : undefined} onClick={onClick}>
      {count > 0 ? t('outbox.nav.waiting', { count }) : t('outbox.nav')}
    </button>
  );
}
