/**
 * The clerk's decisions on a table and their undo/redo history, as pure values: every change
 * makes a new state, so the review screen can undo and redo without asking main, and the draft
 * stores the whole history.
 */
import type { ColumnDecision } from './column-decision.js';

/** The decisions and renamings in force, by source column index. */
export interface DecisionState {
  /** Source column index (as a JSON key) → decision. */
  columns: Record<string, ColumnDecision>;
  /** Source column index → name in the published file, when the clerk renamed it. */
  renames: Record<string, string>;
}

/** A decision state with what came before it and what was undone after it. */
export interface DecisionHistory {
  past: DecisionState[];
  present: DecisionState;
  future: DecisionState[];
}

/** How many steps the history keeps: enough for a session, small enough for the draft row. */
export const HISTORY_LIMIT = 200;

/** No decision yet. */
export const EMPTY_DECISIONS: DecisionState = { columns: {}, renames: {} };

/** A history with nothing to undo. */
export function startHistory(present: DecisionState = EMPTY_DECISIONS): DecisionHistory {
  return { past: [], present, future: [] };
}

/** The decision for a source column, if any. */
export function decisionFor(state: DecisionState, columnIndex: number): ColumnDecision | undefined {
  return state.columns[String(columnIndex)];
}

/** The new name of a source column, if the clerk renamed it. */
export function renameFor(state: DecisionState, columnIndex: number): string | undefined {
  return state.renames[String(columnIndex)];
}

/** Sets (or, with null, removes) the decision of one column. */
export function withDecision(state: DecisionState, columnIndex: number, decision: ColumnDecision | null): DecisionState {
  const columns = { ...state.columns };
  if (decision === null) delete columns[String(columnIndex)];
  else columns[String(columnIndex)] = decision;
  return { columns, renames: state.renames };
}

/** Sets (or, with null or a blank name, removes) the published name of one column. */
export function withRename(state: DecisionState, columnIndex: number, name: string | null): DecisionState {
  const renames = { ...state.renames };
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') delete renames[String(columnIndex)];
  else renames[String(columnIndex)] = trimmed;
  return { columns: state.columns, renames };
}

/** Records a new state; what was undone can no longer be redone. */
export function commit(history: DecisionHistory, next: DecisionState): DecisionHistory {
  if (sameState(history.present, next)) return history;
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - HISTORY_LIMIT)), present: next, future: [] };
}

/** Goes back one step; unchanged when there is nothing to undo. */
export function undo(history: DecisionHistory): DecisionHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** Goes forward one undone step; unchanged when there is nothing to redo. */
export function redo(history: DecisionHistory): DecisionHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** True when both states decide and rename alike. */
export function sameState(a: DecisionState, b: DecisionState): boolean {
  return JSON.stringify(sortedEntries(a.columns)) === JSON.stringify(sortedEntries(b.columns))
    && JSON.stringify(sortedEntries(a.renames)) === JSON.stringify(sortedEntries(b.renames));
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => Number(a) - Number(b));
}
