/**
 * The gate (issue 5): nothing flagged leaves the machine undecided. These pure rules list what
 * stands in the way of an export; main's `assertReadyForExport` throws on the first of them, and
 * the review screen shows them all. CRPA L312-1-2: personal data are published only once
 * anonymised, unless a law, the persons' consent or CRPA D312-1-3 allows it.
 */
import type { FindingCategory } from '../detect/finding.js';
import type { ColumnDecision } from './column-decision.js';
import { isWrittenJustification } from './column-decision.js';
import { decisionFor } from './decision-history.js';
import type { DraftContent, PreflightIssue } from './draft-content.js';
import { planOutputColumns } from './output-plan.js';

/** One reason the export is refused, with what the clerk needs to find the column. */
export type GateProblem =
  | { code: 'gate.undecided'; columnIndex: number; columnName: string; categories: string[] }
  | { code: 'gate.keep-without-justification'; columnIndex: number; columnName: string }
  | { code: 'gate.pseudonymise-without-justification'; columnIndex: number; columnName: string }
  | { code: 'gate.duplicate-column-name'; columnIndex: number; columnName: string }
  | { code: 'gate.no-columns' };

/** A column that needs a decision, and why. */
export interface FlaggedColumn {
  columnIndex: number;
  columnName: string;
  categories: string[];
}

/**
 * The columns that need a decision: every finding the clerk did not dismiss, and every column
 * the latest pre-flight found something in.
 */
export function flaggedColumns(content: Pick<DraftContent, 'columns' | 'findings' | 'dismissals' | 'preflight'>): FlaggedColumn[] {
  const byColumn = new Map<number, Set<string>>();
  const add = (columnIndex: number, category: string): void => {
    const set = byColumn.get(columnIndex) ?? new Set<string>();
    set.add(category);
    byColumn.set(columnIndex, set);
  };
  for (const finding of content.findings) {
    const dismissed = content.dismissals.some(
      (d) => d.columnIndex === finding.columnIndex && d.category === finding.category && isWrittenJustification(d.reason),
    );
    if (!dismissed) add(finding.columnIndex, finding.category);
  }
  for (const issue of content.preflight?.issues ?? []) {
    add(issue.columnIndex, issue.kind === 'formula' ? 'formula' : (issue.category ?? 'personal-data'));
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([columnIndex, categories]) => ({
      columnIndex,
      columnName: content.columns.find((c) => c.index === columnIndex)?.name ?? `#${columnIndex + 1}`,
      categories: [...categories],
    }));
}

/** Everything that stands in the way of an export, in column order; empty when it may go. */
export function gateProblems(content: Pick<DraftContent, 'columns' | 'findings' | 'dismissals' | 'preflight' | 'decisions'>): GateProblem[] {
  const problems: GateProblem[] = [];
  const state = content.decisions.present;
  for (const flagged of flaggedColumns(content)) {
    const decision = decisionFor(state, flagged.columnIndex);
    if (!decision) problems.push({ code: 'gate.undecided', ...flagged });
  }
  for (const column of content.columns) {
    const decision = decisionFor(state, column.index);
    const where = { columnIndex: column.index, columnName: column.name };
    if (decision?.kind === 'keep' && !isWrittenJustification(decision.justification)) {
      problems.push({ code: 'gate.keep-without-justification', ...where });
    }
    if (decision?.kind === 'pseudonymise' && !isWrittenJustification(decision.justification)) {
      problems.push({ code: 'gate.pseudonymise-without-justification', ...where });
    }
  }
  const plan = planOutputColumns(content.columns, state);
  if (plan.length === 0) problems.push({ code: 'gate.no-columns' });
  const seen = new Set<string>();
  for (const column of plan) {
    const key = column.name.trim().toLowerCase();
    if (seen.has(key)) problems.push({ code: 'gate.duplicate-column-name', columnIndex: column.sourceIndex, columnName: column.name });
    seen.add(key);
  }
  return problems;
}

/**
 * Whether a pre-flight issue is already answered by the column's decision: « conserver » accepts
 * what the column holds; « généraliser » accepts the coarser form of what was flagged at the scan
 * (a year is still a date); anything else found in the output means the decision did not remove
 * it, or the column looked clean and was never decided, so the export waits for a decision.
 */
export function preflightIssueIsCovered(
  issue: Pick<PreflightIssue, 'kind' | 'category'>,
  decision: ColumnDecision | undefined,
  scannedCategories: readonly FindingCategory[],
): boolean {
  if (!decision) return false;
  if (decision.kind === 'keep') return isWrittenJustification(decision.justification);
  if (issue.kind === 'formula') return false;
  if (decision.kind === 'generalise') return issue.category !== null && scannedCategories.includes(issue.category);
  return false;
}
