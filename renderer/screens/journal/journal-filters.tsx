import { useEffect, useId, useState } from 'react';
import type { PublicationStatus } from '../../../shared/history/publication-events.js';
import { PUBLICATION_STATUSES } from '../../../shared/history/publication-events.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { journalCatalogue } from './journal-catalogue.js';
import { useJournalLabel } from './journal-labels.js';
import type { JournalFilters } from './journal-query.js';
import { datesReversed, filtersNarrow, NO_FILTERS } from './journal-query.js';

/** How long typing may pause before the search runs: one query per word, not per key. */
const SEARCH_PAUSE_MS = 250;

interface JournalFiltersBarProps {
  filters: JournalFilters;
  /** Every portal profile found in the history. */
  portals: string[];
  onChange: (filters: JournalFilters) => void;
}

/** The search field and the filters by portal, status and dates above the journal. */
export function JournalFiltersBar({ filters, portals, onChange }: JournalFiltersBarProps) {
  const t = useCatalogue(journalCatalogue);
  const label = useJournalLabel();
  const hintId = useId();
  const [text, setText] = useState(filters.text);

  useEffect(() => {
    if (text === filters.text) return;
    const timer = window.setTimeout(() => onChange({ ...filters, text }), SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters, onChange]);

  const toggleStatus = (status: PublicationStatus, on: boolean) => {
    const statuses = on ? [...filters.statuses, status] : filters.statuses.filter((each) => each !== status);
    onChange({ ...filters, statuses: PUBLICATION_STATUSES.filter((each) => statuses.includes(each)) });
  };

  return (
    <form
      className="journal-filters"
      role="search"
      aria-label={t('filters')}
      onSubmit={(event) => {
        event.preventDefault();
        if (text !== filters.text) onChange({ ...filters, text });
      }}
    >
      <label className="journal-search">
        <span>{t('search')}</span>
        <input type="search" value={text} maxLength={200} aria-describedby={hintId} onChange={(event) => setText(event.target.value)} />
        <span id={hintId} className="muted small">{t('search.hint')}</span>
      </label>
      <label>
        <span>{t('portal')}</span>
        <select value={filters.portal} onChange={(event) => onChange({ ...filters, portal: event.target.value })}>
          <option value="">{t('portal.all')}</option>
          {portals.map((portal) => (
            <option key={portal} value={portal}>{portal}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('from')}</span>
        <input type="date" value={filters.from} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
      </label>
      <label>
        <span>{t('to')}</span>
        <input type="date" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      </label>
      <fieldset className="journal-statuses">
        <legend>{t('status')}</legend>
        {PUBLICATION_STATUSES.map((status) => (
          <label key={status}>
            <input type="checkbox" checked={filters.statuses.includes(status)} onChange={(event) => toggleStatus(status, event.target.checked)} />
            {label('status', status)}
          </label>
        ))}
      </fieldset>
      {datesReversed(filters) && <p className="journal-warning" role="status">{t('dates.reversed')}</p>}
      <button
        type="button"
        disabled={!filtersNarrow(filters) && text === ''}
        onClick={() => {
          setText('');
          onChange(NO_FILTERS);
        }}
      >
        {t('clear')}
      </button>
    </form>
  );
}
