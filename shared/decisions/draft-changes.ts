/**
 * The changes a clerk makes to a draft, as pure functions from content to content: main applies
 * them inside the save transaction, and the same functions can be used by the UI to show the
 * result at once.
 */
import type { FindingCategory, PersonalDataFinding } from '../detect/finding.js';
import type { DatasetMetadata } from '../metadata/model.js';
import type { ReadOptions } from '../table/table-info.js';
import type { ColumnDecision } from './column-decision.js';
import { commit, redo, startHistory, undo, withDecision, withRename } from './decision-history.js';
import type { DraftColumn, DraftContent, OutputOptions, PreflightReport } from './draft-content.js';
import { DEFAULT_OUTPUT_OPTIONS } from './draft-content.js';
import { clerkFlagsStillValid } from './protected-flags.js';

/** The content of a draft just started on a file, before any scan. */
export function newDraftContent(sourceName: string, readOptions: ReadOptions, metadata: Partial<DatasetMetadata> = {}): DraftContent {
  return {
    sourceName,
    readOptions,
    columns: [],
    findings: [],
    quasiIdentifiers: [],
    dismissals: [],
    decisions: startHistory(),
    metadata,
    output: DEFAULT_OUTPUT_OPTIONS,
    preflight: null,
  };
}

/** Sets (or removes, with null) the decision of a column, as one undoable step. */
export function decideColumn(content: DraftContent, columnIndex: number, decision: ColumnDecision | null): DraftContent {
  return { ...content, decisions: commit(content.decisions, withDecision(content.decisions.present, columnIndex, decision)) };
}

/** Renames a column in the published file (null or blank: back to its source name), as one undoable step. */
export function renameColumn(content: DraftContent, columnIndex: number, name: string | null): DraftContent {
  return { ...content, decisions: commit(content.decisions, withRename(content.decisions.present, columnIndex, name)) };
}

/** Undoes the last decision or renaming. */
export function undoDecision(content: DraftContent): DraftContent {
  return { ...content, decisions: undo(content.decisions) };
}

/** Redoes the last undone decision or renaming. */
export function redoDecision(content: DraftContent): DraftContent {
  return { ...content, decisions: redo(content.decisions) };
}

/** Records that a finding is a false positive, with the clerk's reason (replacing an earlier one). */
export function dismissFinding(content: DraftContent, columnIndex: number, category: FindingCategory, reason: string): DraftContent {
  const others = content.dismissals.filter((d) => !(d.columnIndex === columnIndex && d.category === category));
  return { ...content, dismissals: [...others, { columnIndex, category, reason: reason.trim() }] };
}

/** Withdraws a dismissal: the finding needs a decision again. */
export function restoreFinding(content: DraftContent, columnIndex: number, category: FindingCategory): DraftContent {
  return { ...content, dismissals: content.dismissals.filter((d) => !(d.columnIndex === columnIndex && d.category === category)) };
}

/**
 * Records a scan of the table. Decisions, renamings, dismissals and the clerk's « protected » flags are kept for the columns that
 * are still where they were under the same name, and forgotten for the others: a decision must
 * never slide onto another column.
 */
export function recordScan(
  content: DraftContent,
  columns: DraftColumn[],
  findings: PersonalDataFinding[],
  quasiIdentifiers: number[],
): DraftContent {
  const same = (index: number): boolean =>
    content.columns.find((c) => c.index === index)?.name === columns.find((c) => c.index === index)?.name;
  const present = content.decisions.present;
  const kept = {
    columns: Object.fromEntries(Object.entries(present.columns).filter(([index]) => same(Number(index)))),
    renames: Object.fromEntries(Object.entries(present.renames).filter(([index]) => same(Number(index)))),
  };
  return {
    ...content,
    columns,
    findings: [...findings, ...clerkFlagsStillValid(content, same)],
    quasiIdentifiers,
    dismissals: content.dismissals.filter((d) => same(d.columnIndex)),
    decisions: commit(content.decisions, kept),
    preflight: null,
  };
}

/**
 * New read options (sheet, header row, encoding, delimiter) make another table: columns,
 * findings, decisions and pre-flight start again.
 */
export function changeReadOptions(content: DraftContent, readOptions: ReadOptions): DraftContent {
  return { ...newDraftContent(content.sourceName, readOptions, content.metadata), output: content.output };
}

/** Replaces the dataset's metadata. */
export function setMetadata(content: DraftContent, metadata: Partial<DatasetMetadata>): DraftContent {
  return { ...content, metadata };
}

/** Replaces the output options (portal profile: separator, BOM, file name). */
export function setOutputOptions(content: DraftContent, output: OutputOptions): DraftContent {
  return { ...content, output };
}

/** Keeps the latest pre-flight report; its issues flag their columns until decided (`flaggedColumns`). */
export function recordPreflight(content: DraftContent, report: PreflightReport): DraftContent {
  return { ...content, preflight: report };
}
