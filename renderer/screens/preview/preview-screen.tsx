import type { ReactNode } from 'react';
import { useState } from 'react';
import type { FileRef, ReadOptions, TableState } from '../../../shared/api/files-api.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { ColumnProfilePanel } from './column-profile-panel.js';
import { DataGrid } from './data-grid.js';
import { ReadOptionsBar } from './read-options-bar.js';
import { useTable } from './use-table.js';
import { ViewBar } from './view-bar.js';

interface PreviewScreenProps {
  file: FileRef;
  table: TableState;
  onReopen: (options: ReadOptions) => void;
  onHome: () => void;
  /** What the app offers next for this file (« Vérifier les données personnelles »), in the header. */
  actions?: ReactNode;
}

/** The opened file: reading choices, the virtualised table and the profile of a column. */
export function PreviewScreen({ file, table, onReopen, onHome, actions }: PreviewScreenProps) {
  const { t } = useI18n();
  const view = useTable(table);
  const [selected, setSelected] = useState<number | null>(null);
  const info = view.info;
  const column = info?.columns.find((each) => each.index === selected) ?? null;
  const { sortFilter } = view;
  // A header toggle cycles its column through ascending, descending and file order; the filter stays.
  const cycleSort = (index: number) => {
    const current = sortFilter.sort?.column === index ? sortFilter.sort.direction : null;
    const next = current === null ? 'ascending' : current === 'ascending' ? 'descending' : null;
    sortFilter.apply(next === null ? null : { column: index, direction: next }, sortFilter.filter);
  };
  const percent = view.progress && view.progress.total > 0 ? Math.round((view.progress.done / view.progress.total) * 100) : null;

  return (
    <main className="preview-screen">
      <header className="screen-header">
        <button type="button" onClick={onHome}>← {t('preview.back')}</button>
        <h1>{file.name}</h1>
        {info && (
          <p className="summary" aria-live="polite">
            {t('preview.rows', { count: info.rowCount })} · {t('preview.columns', { count: info.columns.length })}
          </p>
        )}
        {actions}
      </header>
      {view.error && <ErrorBanner error={view.error} />}
      {view.status === 'reading' && (
        <div className="reading">
          <ProgressBar label={percent === null ? t('preview.reading') : t('preview.progress', { percent })} value={percent} />
          <button type="button" onClick={view.cancel}>{t('preview.cancel')}</button>
        </div>
      )}
      {info && <ReadOptionsBar key={table.tableId} info={info} onChange={onReopen} />}
      {info && (
        <ViewBar key={`view-${table.tableId}`} columns={info.columns} total={info.rowCount} enabled={view.status === 'ready'} control={sortFilter} />
      )}
      {info && (
        <div className="preview-body">
          <DataGrid
            name={file.name}
            columns={info.columns}
            rowCount={view.rowCount}
            view={view}
            selectedColumn={selected}
            onSelectColumn={setSelected}
            sort={sortFilter.sort}
            {...(view.status === 'ready' ? { onSort: cycleSort } : {})}
          />
          <ColumnProfilePanel column={column} rowCount={info.rowCount} />
        </div>
      )}
      {!info && view.status === 'reading' && <p className="muted">{t('preview.reading')}</p>}
    </main>
  );
}
