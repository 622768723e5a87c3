import type { PublicationStatus } from '../../../shared/history/publication-events.js';
import type { JournalQuery, JournalSortKey } from '../../../shared/history/publication-record.js';
import { endOfLocalDay, startOfLocalDay } from './local-day.js';

/** What the clerk typed and chose above the journal. */
export interface JournalFilters {
  text: string;
  /** A portal profile name, or '' for every portal. */
  portal: string;
  statuses: PublicationStatus[];
  /** Local days `YYYY-MM-DD` from the date fields, or ''. */
  from: string;
  to: string;
}

/** The journal's order. */
export interface JournalSort {
  key: JournalSortKey;
  direction: 'asc' | 'desc';
}

/** No search, every portal and status, every date. */
export const NO_FILTERS: JournalFilters = { text: '', portal: '', statuses: [], from: '', to: '' };

/** Most recent first, as a clerk looks for what was just published. */
export const DEFAULT_SORT: JournalSort = { key: 'recordedAt', direction: 'desc' };

/** Publications per page of the list. */
export const JOURNAL_PAGE_SIZE = 50;

/** True when any search or filter narrows the journal. */
export function filtersNarrow(filters: JournalFilters): boolean {
  return filters.text.trim() !== '' || filters.portal !== '' || filters.statuses.length > 0 || filters.from !== '' || filters.to !== '';
}

/** True when the clerk's end day comes before the start day. */
export function datesReversed(filters: JournalFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.to < filters.from;
}

/**
 * The API query of the search, filters and sort, without paging (as the CSV export takes it).
 * Only what the clerk set is sent; days become the instants that bound them.
 */
export function journalQuery(filters: JournalFilters, sort: JournalSort): JournalQuery {
  const query: JournalQuery = { sort: sort.key, direction: sort.direction };
  const text = filters.text.trim();
  if (text !== '') query.text = text.slice(0, 200);
  if (filters.portal !== '') query.portal = filters.portal;
  if (filters.statuses.length > 0) query.statuses = filters.statuses;
  const from = startOfLocalDay(filters.from);
  const before = endOfLocalDay(filters.to);
  if (from) query.recordedFrom = from;
  if (before) query.recordedBefore = before;
  return query;
}

/**
 * The order after the clerk chose a column: the same column turns the order round; another starts
 * with its natural order (names A to Z, dates most recent first).
 */
export function nextSort(current: JournalSort, key: JournalSortKey): JournalSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'recordedAt' || key === 'statusAt' ? 'desc' : 'asc' };
}
