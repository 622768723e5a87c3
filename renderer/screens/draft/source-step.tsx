import { useState } from 'react';
import type { ReadOptions, TableState } from '../../../shared/api/files-api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { ColumnProfilePanel } from '../preview/column-profile-panel.js';
import { DataGrid } from '../preview/data-grid.js';
import { ReadOptionsBar } from '../preview/read-options-bar.js';
import { useTable } from '../preview/use-table.js';
import { draftCatalogue } from './draft-catalogue.js';

interface SourceStepProps {
  name: string;
  table: TableState;
  /** New reading choices: the draft is scanned again and its decisions start over. */
  onReadOptions: (options: ReadOptions) => void;
}

/** « Aperçu »: the source table as the draft reads it, with its reading choices and column profiles. */
export function SourceStep({ name, table, onReadOptions }: SourceStepProps) {
  const t = useCatalogue(draftCatalogue);
  const { t: common } = useI18n();
  const view = useTable(table);
  const [selected, setSelected] = useState<number | null>(null);
  const info = view.info;
  const column = info?.columns.find((each) => each.index === selected) ?? null;
  const percent = view.progress && view.progress.total > 0 ? Math.round((view.progress.done / view.progress.total) * 100) : null;

  return (
    <div className="source-step">
      <p className="muted step-intro">{t('source.intro')}</p>
      {view.error && <ErrorBanner error={view.error} />}
      {view.status === 'reading' && (
        <ProgressBar label={percent === null ? common('preview.reading') : common('preview.progress', { percent })} value={percent} />
      )}
      {info && (
        <>
          <p className="summary" aria-live="polite">
            {common('preview.rows', { count: info.rowCount })} · {common('preview.columns', { count: info.columns.length })}
          </p>
          <ReadOptionsBar key={table.tableId} info={info} onChange={onReadOptions} />
          <div className="preview-body">
            <DataGrid
              name={name}
              columns={info.columns}
              rowCount={info.rowCount}
              view={view}
              selectedColumn={selected}
              onSelectColumn={setSelected}
            />
            <ColumnProfilePanel column={column} rowCount={info.rowCount} />
          </div>
        </>
      )}
    </div>
  );
}
