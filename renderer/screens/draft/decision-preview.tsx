import { useEffect, useState } from 'react';
import type { DraftView, PreviewColumn } from '../../../shared/api/decisions-api.js';
import type { TableState } from '../../../shared/api/files-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { Cell, Row } from '../../../shared/table/cell.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { useTable } from '../preview/use-table.js';
import { decisionsCatalogue } from './decisions-catalogue.js';

/** How many rows of the source the before/after table shows. */
const PREVIEW_ROWS = 10;

/** The published rows of the sample, as main's transform makes them. */
interface PreviewAnswer {
  columns: PreviewColumn[];
  rows: string[][];
}

/** The first rows of the source once its table is ready, or why they could not be read. */
function useSampleRows(table: TableState): { rows: Row[] | null; error: AppErrorPayload | null } {
  const view = useTable(table);
  const ready = view.status === 'ready';
  const [sample, setSample] = useState<{ rows: Row[] | null; error: AppErrorPayload | null }>({ rows: null, error: null });
  useEffect(() => {
    if (!ready) return;
    let current = true;
    void api['table:rows']({ tableId: table.tableId, start: 0, count: PREVIEW_ROWS }).then((result) => {
      if (current) setSample(result.ok ? { rows: result.value.rows, error: null } : { rows: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [ready, table.tableId]);
  return sample;
}

/**
 * « Avant et après »: the first rows of every flagged, decided or renamed column, as they are in
 * the source and as the export will write them. The « after » side is computed by main with
 * the same transform as the export, each time the decisions change.
 */
export function DecisionPreview({ draft, table }: { draft: DraftView; table: TableState }) {
  const t = useCatalogue(decisionsCatalogue);
  const { number } = useI18n();
  const sample = useSampleRows(table);
  const [answer, setAnswer] = useState<{ key: string; value: PreviewAnswer | null; error: AppErrorPayload | null } | null>(null);
  // The revision too: a change shown in advance is previewed again once main has saved it.
  const decisionsKey = `${draft.revision}:${JSON.stringify(draft.decisions.present)}`;
  const { draftId } = draft;
  const rows = sample.rows;

  useEffect(() => {
    if (!rows) return;
    let current = true;
    void api['decisions:preview']({ draftId, rows }).then((result) => {
      if (!current) return;
      setAnswer(result.ok ? { key: decisionsKey, value: result.value, error: null } : { key: decisionsKey, value: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [draftId, rows, decisionsKey]);

  const state = draft.decisions.present;
  const shown = draft.columns.filter(
    (column) =>
      draft.flagged.some((flagged) => flagged.columnIndex === column.index) ||
      state.columns[String(column.index)] !== undefined ||
      state.renames[String(column.index)] !== undefined,
  );
  if (shown.length === 0) return null;
  const error = sample.error ?? answer?.error ?? null;
  const preview = answer?.value ?? null;
  const before = (cell: Cell | undefined): string =>
    cell === null || cell === undefined ? '' : typeof cell === 'number' ? number(cell) : typeof cell === 'boolean' ? (cell ? 'VRAI' : 'FAUX') : cell;

  return (
    <section className="decision-preview" aria-labelledby="decision-preview-title">
      <h3 id="decision-preview-title">{t('preview')}</h3>
      <p className="muted small">{t('preview.intro', { count: rows?.length ?? PREVIEW_ROWS })}</p>
      {error && <ErrorBanner error={error} />}
      {!error && (!rows || !preview) && <p className="muted">{t('preview.loading')}</p>}
      {rows && preview && (
        <div className="preview-frame" aria-busy={answer?.key !== decisionsKey}>
          <table className="before-after">
            <caption className="sr-only">{t('preview.table')}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>#</th>
                {shown.map((column) => (
                  <th key={column.index} scope="colgroup" colSpan={2}>{column.name}</th>
                ))}
              </tr>
              <tr>
                {shown.map((column) => {
                  const output = preview.columns.find((each) => each.sourceIndex === column.index);
                  return [
                    <th key={`${column.index}-before`} scope="col" className="before">{t('preview.before')}</th>,
                    <th key={`${column.index}-after`} scope="col" className="after">
                      {output && output.name !== column.name ? t('preview.after.renamed', { name: output.name }) : t('preview.after')}
                    </th>,
                  ];
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  <th scope="row">{number(rowIndex + 1)}</th>
                  {shown.map((column) => {
                    const position = preview.columns.findIndex((each) => each.sourceIndex === column.index);
                    return [
                      <td key={`${column.index}-before`} className="before">{before(row[column.index])}</td>,
                      <td key={`${column.index}-after`} className={position < 0 ? 'after dropped' : 'after'}>
                        {position < 0 ? t('preview.dropped') : (preview.rows[rowIndex]?.[position] ?? '')}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
