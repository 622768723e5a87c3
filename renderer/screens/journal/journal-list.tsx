import { useEffect, useId, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { JournalSortKey } from '../../../shared/history/publication-record.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import type { SavedDocument } from './exported-document.js';
import { releaseDocument, saveDocument } from './exported-document.js';
import { HistoryFailure } from './history-failure.js';
import { journalCatalogue } from './journal-catalogue.js';
import { JournalFiltersBar } from './journal-filters.js';
import type { JournalFilters, JournalSort } from './journal-query.js';
import { filtersNarrow, JOURNAL_PAGE_SIZE, journalQuery, nextSort } from './journal-query.js';
import { JournalTable } from './journal-table.js';
import { useHistoryCall } from './use-history-call.js';

/** Where the clerk is in the journal: search, filters, order and page, kept while a detail is open. */
export interface JournalPosition {
  filters: JournalFilters;
  sort: JournalSort;
  offset: number;
}

interface JournalListProps {
  position: JournalPosition;
  onPosition: (position: JournalPosition) => void;
  /** Moves when the history changed or was restored: the page is read again. */
  revision: number;
  onOpen: (publicationId: number) => void;
  returnFocusTo: number | null;
  onRestored: () => void;
}

/** The journal's list: search and filters, the count, the CSV export, the table and its pages. */
export function JournalList({ position, onPosition, revision, onOpen, returnFocusTo, onRestored }: JournalListProps) {
  const t = useCatalogue(journalCatalogue);
  const { filters, sort, offset } = position;
  const query = journalQuery(filters, sort);
  const page = useHistoryCall(JSON.stringify([query, offset, revision]), () =>
    api['history:list']({ ...query, offset, limit: JOURNAL_PAGE_SIZE }),
  );

  const total = page.value?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / JOURNAL_PAGE_SIZE));
  const current = Math.floor(offset / JOURNAL_PAGE_SIZE) + 1;
  const changeFilters = (next: JournalFilters) => onPosition({ filters: next, sort, offset: 0 });
  const changeSort = (key: JournalSortKey) => onPosition({ filters, sort: nextSort(sort, key), offset: 0 });
  const goTo = (pageNumber: number) => onPosition({ filters, sort, offset: (pageNumber - 1) * JOURNAL_PAGE_SIZE });

  return (
    <>
      <JournalFiltersBar filters={filters} portals={page.value?.portals ?? []} onChange={changeFilters} />
      <div className="journal-toolbar">
        <p className="summary" aria-live="polite" aria-atomic="true">
          {page.value ? t('count', { count: total }) : !page.error && t('loading')}
        </p>
        <JournalExport query={query} />
      </div>
      {page.error && <HistoryFailure error={page.error} onRestored={onRestored} />}
      {page.value && page.value.items.length === 0 && (
        <p className="journal-empty">{filtersNarrow(filters) ? t('empty.search') : t('empty.none')}</p>
      )}
      {page.value && page.value.items.length > 0 && (
        <div className={page.loading ? 'journal-table-frame loading' : 'journal-table-frame'} aria-busy={page.loading}>
          <JournalTable entries={page.value.items} sort={sort} onSort={changeSort} onOpen={onOpen} returnFocusTo={returnFocusTo} />
        </div>
      )}
      {pages > 1 && (
        <nav className="journal-paging" aria-label={t('paging')}>
          <button type="button" disabled={current <= 1} onClick={() => goTo(current - 1)}>
            {t('paging.previous')}
          </button>
          <span aria-live="polite">{t('paging.position', { page: current, pages })}</span>
          <button type="button" disabled={current >= pages} onClick={() => goTo(current + 1)}>
            {t('paging.next')}
          </button>
        </nav>
      )}
    </>
  );
}

/** « Exporter le journal (CSV) »: every publication the search and filters keep, for an audit. */
function JournalExport({ query }: { query: ReturnType<typeof journalQuery> }) {
  const t = useCatalogue(journalCatalogue);
  const [working, setWorking] = useState(false);
  const [saved, setSaved] = useState<SavedDocument | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const hintId = useId();
  useEffect(() => () => releaseDocument(saved), [saved]);

  const exportJournal = async () => {
    setWorking(true);
    setFailure(null);
    const result = await api['history:export-journal']({ query });
    setWorking(false);
    if (!result.ok) return setFailure(result.error);
    setSaved(saveDocument(result.value));
  };

  return (
    <div className="journal-export">
      <button type="button" disabled={working} aria-describedby={hintId} onClick={() => void exportJournal()}>
        {t('export.journal')}
      </button>
      <span id={hintId} className="muted small">{t('export.journal.hint')}</span>
      <p className="small" role="status">
        {working && t('export.working')}
        {!working && saved && (
          <>
            {t('export.ready', { name: saved.fileName })}{' '}
            <a href={saved.url} download={saved.fileName}>{t('export.again', { name: saved.fileName })}</a>
          </>
        )}
      </p>
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
    </div>
  );
}
