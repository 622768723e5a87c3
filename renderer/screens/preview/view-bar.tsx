import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ColumnProfile } from '../../../shared/api/files-api.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useI18n } from '../../i18n/i18n.js';
import type { TableViewControl } from './use-table-view.js';

interface ViewBarProps {
  columns: ColumnProfile[];
  /** Rows of the whole table. */
  total: number;
  /** False while the file is still being read: the whole table cannot be sorted yet. */
  enabled: boolean;
  control: TableViewControl;
}

const ALL_COLUMNS = 'all';

/**
 * The filter of the preview (« Filtrer », in one column or all of them), the progress of the
 * sort-and-filter job with « Annuler », and how many rows the filter kept out of the table's.
 */
export function ViewBar({ columns, total, enabled, control }: ViewBarProps) {
  const { t } = useI18n();
  const textId = useId();
  const columnId = useId();
  const [text, setText] = useState(control.filter?.text ?? '');
  const [column, setColumn] = useState<string>(control.filter?.column === null || !control.filter ? ALL_COLUMNS : String(control.filter.column));
  const { computing, shown } = control;
  const percent = computing && computing.total > 0 ? Math.round((computing.done / computing.total) * 100) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    control.apply(control.sort, wanted === '' ? null : { column: column === ALL_COLUMNS ? null : Number(column), text: wanted });
  };
  const clear = () => {
    setText('');
    control.apply(control.sort, null);
  };

  return (
    <div className="view-bar" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.6rem', margin: '0.3rem 0' }}>
      <form role="search" onSubmit={submit} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.4rem' }}>
        <label htmlFor={textId}>{t('preview.filter')}</label>
        <input id={textId} type="search" value={text} maxLength={500} disabled={!enabled} onChange={(event) => setText(event.target.value)} />
        <label htmlFor={columnId}>{t('preview.filter.column')}</label>
        <select id={columnId} value={column} disabled={!enabled} onChange={(event) => setColumn(event.target.value)}>
          <option value={ALL_COLUMNS}>{t('preview.filter.allColumns')}</option>
          {columns.map((each) => (
            <option key={each.index} value={String(each.index)}>{each.name}</option>
          ))}
        </select>
        <button type="submit" disabled={!enabled}>{t('preview.filter.apply')}</button>
        {control.filter && (
          <button type="button" onClick={clear}>{t('preview.filter.clear')}</button>
        )}
      </form>
      {!enabled && <p className="muted">{t('preview.filter.notReady')}</p>}
      {computing && (
        <div className="reading">
          <ProgressBar label={t('preview.view.progress', { percent: percent ?? 0 })} value={percent} />
          <button type="button" onClick={control.cancel}>{t('preview.cancel')}</button>
        </div>
      )}
      {shown?.filter && shown.rowCount !== null && (
        <p className="summary" aria-live="polite">{t('preview.view.rows', { count: shown.rowCount, total })}</p>
      )}
    </div>
  );
}
