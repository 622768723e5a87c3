import type { DraftView } from '../../../shared/api/decisions-api.js';
import { decisionFor, renameFor } from '../../../shared/decisions/decision-history.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { CommittedTextField } from './committed-text-field.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { renameFieldId } from './gate-panel.js';

interface ColumnNamesProps {
  draft: DraftView;
  /** Renames a column in the published file (null: back to its source name); one undo step. */
  onRename: (columnIndex: number, name: string | null) => void;
}

/**
 * « Noms des colonnes publiées »: every column's name in the published file, editable; a dropped
 * column says so. Each renaming is one step of the undo history, like a decision.
 */
export function ColumnNames({ draft, onRename }: ColumnNamesProps) {
  const t = useCatalogue(decisionsCatalogue);
  const state = draft.decisions.present;
  const duplicates = new Set(draft.gate.flatMap((problem) => (problem.code === 'gate.duplicate-column-name' ? [problem.columnIndex] : [])));
  return (
    <details className="column-names" open={duplicates.size > 0}>
      <summary>{t('names')}</summary>
      <p className="muted small">{t('names.intro')}</p>
      <ol>
        {draft.columns.map((column) => {
          const renamed = renameFor(state, column.index) ?? '';
          const dropped = decisionFor(state, column.index)?.kind === 'drop';
          return (
            <li key={column.index}>
              <CommittedTextField
                key={renamed}
                id={renameFieldId(column.index)}
                label={t('rename.for', { name: column.name })}
                value={renamed}
                placeholder={column.name}
                invalid={duplicates.has(column.index)}
                hint={dropped ? t('names.dropped') : t('rename.hint', { name: column.name })}
                onCommit={(text) => onRename(column.index, text.trim() === '' ? null : text)}
              />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
