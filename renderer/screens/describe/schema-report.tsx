import { useEffect, useRef, useState } from 'react';
import type { SchemaError, SchemaErrorCode, TableSchemaReport } from '../../../shared/table-schema/validate-table.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { schemaCatalogue } from './schema-catalogue.js';

/** A cell of the published file: data row from 0, column index. */
export interface CellPosition {
  row: number;
  column: number;
}

interface SchemaReportViewProps {
  report: TableSchemaReport;
  title: string;
  /** The names of the published file's columns, by index. */
  columns: readonly string[];
  /** Shows the cell in a table view, when the app has one at hand. */
  onShowCell?: (cell: CellPosition) => void;
}

function errorKey(error: SchemaError, index: number): string {
  return `${index} ${error.row ?? '-'} ${error.column ?? '-'} ${error.code}`;
}

/**
 * The report of a check against an official schema: a sentence, the count of each kind of error
 * over the whole file, then the errors in file order; choosing one shows where its cell is (row,
 * column, value in the sentence) and hands the cell to `onShowCell`.
 */
export function SchemaReportView({ report, title, columns, onShowCell }: SchemaReportViewProps) {
  const t = useCatalogue(schemaCatalogue);
  const { locale } = useI18n();
  const [selected, setSelected] = useState<number | null>(null);
  const detail = useRef<HTMLDivElement>(null);
  const total = Object.values(report.counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const kinds = Object.entries(report.counts).filter(([, count]) => (count ?? 0) > 0) as [SchemaErrorCode, number][];
  const chosen = selected === null ? undefined : report.errors[selected];

  useEffect(() => {
    if (selected !== null) detail.current?.focus();
  }, [selected]);

  const columnName = (error: SchemaError) => (error.column === null ? error.field : columns[error.column] ?? error.field);

  const where = (error: SchemaError) => {
    if (error.column === null) return t('cell.missing', { column: error.field });
    if (error.row === null) return t('cell.column', { column: columnName(error) });
    return t('cell.where', { row: error.row + 1, line: error.row + 2, number: error.column + 1, column: columnName(error) });
  };

  const choose = (index: number) => {
    setSelected(index);
    const error = report.errors[index];
    if (error && error.row !== null && error.column !== null) onShowCell?.({ row: error.row, column: error.column });
  };

  return (
    <div className={report.valid ? 'schema-report valid' : 'schema-report invalid'}>
      <p role="status">
        {report.valid ? t('valid', { title, rows: report.rowsChecked }) : t('invalid', { count: total, title, rows: report.rowsChecked })}
      </p>
      {kinds.length > 0 && (
        <table className="schema-counts">
          <caption>{t('counts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('counts.kind')}</th>
              <th scope="col">{t('counts.count')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(([code, count]) => (
              <tr key={code}>
                <td>{t(`kind.${code}`)}</td>
                <td className="number">{new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.errors.length > 0 && (
        <section className="schema-errors" aria-labelledby="schema-errors-title">
          <h4 id="schema-errors-title">{t('list')}</h4>
          {report.truncated && <p className="muted small">{t('truncated', { shown: report.errors.length })}</p>}
          <ol>
            {report.errors.map((error, index) => (
              <li key={errorKey(error, index)}>
                <button type="button" className="schema-error" aria-pressed={selected === index} onClick={() => choose(index)}>
                  <span className="where">
                    {error.row === null ? t('error.column', { column: columnName(error) }) : t('error.cell', { row: error.row + 1, column: columnName(error) })}
                  </span>
                  <span>{error.message[locale]}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      {chosen && (
        <div ref={detail} tabIndex={-1} className="schema-cell" role="region" aria-label={t('cell.title')}>
          <h4>{t('cell.title')}</h4>
          <p>{where(chosen)}</p>
          <p className="field-error">{chosen.message[locale]}</p>
        </div>
      )}
    </div>
  );
}
