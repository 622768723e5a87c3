import type { JournalEntry, JournalSortKey } from '../../../shared/history/publication-record.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { journalCatalogue } from './journal-catalogue.js';
import { useJournalLabel } from './journal-labels.js';
import type { JournalSort } from './journal-query.js';

interface JournalTableProps {
  entries: JournalEntry[];
  sort: JournalSort;
  onSort: (key: JournalSortKey) => void;
  onOpen: (publicationId: number) => void;
  /** The publication whose detail the clerk just left: its button takes the focus back. */
  returnFocusTo: number | null;
}

type ColumnKey = 'title' | 'version' | 'portal' | 'status' | 'statusAt' | 'recordedAt' | 'source' | 'rows';

const COLUMNS: { key: ColumnKey; sort: JournalSortKey | null }[] = [
  { key: 'title', sort: 'title' },
  { key: 'version', sort: null },
  { key: 'portal', sort: 'portal' },
  { key: 'status', sort: 'status' },
  { key: 'statusAt', sort: 'statusAt' },
  { key: 'recordedAt', sort: 'recordedAt' },
  { key: 'source', sort: null },
  { key: 'rows', sort: null },
];

/**
 * The journal as a table: one row per publication, sortable by the columns a clerk looks things
 * up by, each title a button that opens the publication's whole story.
 */
export function JournalTable({ entries, sort, onSort, onOpen, returnFocusTo }: JournalTableProps) {
  const t = useCatalogue(journalCatalogue);
  const label = useJournalLabel();
  const { date, number } = useI18n();
  const sortedColumn = COLUMNS.find((column) => column.sort === sort.key)?.key ?? 'recordedAt';
  return (
    <table className="journal-table">
      <caption className="sr-only">
        {t('table', { column: t(`column.${sortedColumn}`), direction: t(`direction.${sort.direction}`) })}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const sorted = column.sort !== null && column.sort === sort.key;
            const ariaSort = sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : column.sort ? 'none' : undefined;
            return (
              <th key={column.key} scope="col" aria-sort={ariaSort} className={`column-${column.key}`}>
                {column.sort === null ? (
                  t(`column.${column.key}`)
                ) : (
                  <button
                    type="button"
                    className="sort-button"
                    title={t('sort.by', { column: t(`column.${column.key}`) })}
                    onClick={() => column.sort && onSort(column.sort)}
                  >
                    {t(`column.${column.key}`)}
                    <span aria-hidden="true" className="sort-mark">{sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.publicationId}>
            <td className="column-title">
              <button
                type="button"
                className="entry-button"
                autoFocus={entry.publicationId === returnFocusTo}
                onClick={() => onOpen(entry.publicationId)}
              >
                {entry.datasetTitle}
              </button>
              <span className="muted small slug">{entry.datasetSlug}</span>
            </td>
            <td className="column-version">{number(entry.version)}</td>
            <td>{entry.portal.profileName}</td>
            <td>
              <span className={`status status-${entry.status}`}>{label('status', entry.status)}</span>
            </td>
            <td>{date(entry.statusAt)}</td>
            <td>{date(entry.recordedAt)}</td>
            <td className="column-source">{entry.sourceName}</td>
            <td className="number">{number(entry.rowCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
