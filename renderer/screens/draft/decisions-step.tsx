import type { KeyboardEvent } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { TableState } from '../../../shared/api/files-api.js';
import type { ColumnDecision } from '../../../shared/decisions/column-decision.js';
import { decisionFor } from '../../../shared/decisions/decision-history.js';
import { decideColumn, redoDecision, renameColumn, undoDecision } from '../../../shared/decisions/draft-changes.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { ColumnNames } from './column-names.js';
import { DecisionCard } from './decision-card.js';
import { DecisionPreview } from './decision-preview.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { ExportPanel } from './export-panel.js';
import { GatePanel } from './gate-panel.js';
import type { DraftSession } from './use-draft.js';

interface DecisionsStepProps {
  draft: DraftView;
  table: TableState | null;
  session: DraftSession;
}

/** True when a key press is typing in a field, where Ctrl+Z belongs to the field. */
function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio' && (target as HTMLInputElement).type !== 'checkbox');
}

/**
 * « Décisions »: a card per flagged column, undo and redo (buttons and Ctrl+Z / Ctrl+Y), the
 * published names, the table before and after, what the gate still refuses, and the pre-flight
 * check and export to a folder.
 */
export function DecisionsStep({ draft, table, session }: DecisionsStepProps) {
  const t = useCatalogue(decisionsCatalogue);
  const decide = (columnIndex: number, decision: ColumnDecision | null) =>
    void session.change(
      (draftId) => api['decisions:decide']({ draftId, columnIndex, decision }),
      (content) => decideColumn(content, columnIndex, decision),
    );
  const undo = () => void session.change((draftId) => api['decisions:undo']({ draftId }), undoDecision);
  const redo = () => void session.change((draftId) => api['decisions:redo']({ draftId }), redoDecision);

  const shortcuts = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || typingInField(event)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey && draft.canUndo) undo();
    else if ((key === 'y' || (key === 'z' && event.shiftKey)) && draft.canRedo) redo();
    else return;
    event.preventDefault();
  };

  return (
    <div className="decisions-step" onKeyDown={shortcuts}>
      <p className="muted step-intro">{draft.flagged.length === 0 ? t('none') : t('intro')}</p>
      <div className="history-bar" role="toolbar" aria-label={t('undo.hint')}>
        <button type="button" disabled={!draft.canUndo} aria-keyshortcuts="Control+Z" onClick={undo}>↶ {t('undo')}</button>
        <button type="button" disabled={!draft.canRedo} aria-keyshortcuts="Control+Y" onClick={redo}>↷ {t('redo')}</button>
        <span className="muted small">{t('undo.hint')}</span>
      </div>
      <div className="decision-cards">
        {draft.flagged.map((column) => (
          <DecisionCard
            key={column.columnIndex}
            column={column}
            decision={decisionFor(draft.decisions.present, column.columnIndex)}
            onDecide={(decision) => decide(column.columnIndex, decision)}
          />
        ))}
      </div>
      <ColumnNames
        draft={draft}
        onRename={(columnIndex, name) =>
          void session.change(
            (draftId) => api['decisions:rename']({ draftId, columnIndex, name }),
            (content) => renameColumn(content, columnIndex, name),
          )
        }
      />
      {table ? <DecisionPreview draft={draft} table={table} /> : <p className="muted">{t('preview.unavailable')}</p>}
      <GatePanel problems={draft.gate} />
      <ExportPanel draft={draft} session={session} />
    </div>
  );
}
