import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { journalCatalogue } from './journal-catalogue.js';
import './journal.css';

/** « Historique » in the top bar: opens the journal of publications; marked while it is shown. */
export function JournalNavButton({ current, onClick }: { current: boolean; onClick: () => void }) {
  const t = useCatalogue(journalCatalogue);
  return (
    <button type="button" className="top-bar-link" aria-current={current ? 'page' : undefined} onClick={onClick}>
      {t('nav')}
    </button>
  );
}
