/**
 * Pre-flight (issue 5): the output is scanned again with the same detectors, and every cell a
 * spreadsheet would run as a formula is listed. What the column's decision does not already
 * answer blocks the export until the clerk decides (`preflightIssueIsCovered`).
 */
import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import type { DraftContent, PreflightIssue, PreflightReport } from '../../shared/decisions/draft-content.js';
import { decisionFor } from '../../shared/decisions/decision-history.js';
import { isWrittenJustification } from '../../shared/decisions/column-decision.js';
import { preflightIssueIsCovered } from '../../shared/decisions/gate-rules.js';
import type { OutputColumn } from '../../shared/decisions/output-plan.js';
import type { WrittenCsv } from './vetted-csv-writer.js';

const FORMULA_REASON =
  'Des cellules commencent par «\u00a0=\u00a0», «\u00a0+\u00a0», «\u00a0-\u00a0» ou «\u00a0@\u00a0» suivi d’une formule\u00a0: un tableur les exécuterait à l’ouverture du fichier publié.';

/** Builds the pre-flight report of a written output from the scan of that output. */
export function preflightReport(
  content: Pick<DraftContent, 'findings' | 'dismissals' | 'decisions'>,
  plan: readonly OutputColumn[],
  written: Pick<WrittenCsv, 'sha256' | 'rowCount' | 'formulas'>,
  outputFindings: readonly PersonalDataFinding[],
  ranAt: Date,
): PreflightReport {
  const issues: PreflightIssue[] = [];
  for (const finding of outputFindings) {
    const column = plan[finding.columnIndex];
    // Statistical secrecy is judged on the source table: once its identifiers are dropped, a
    // table of persons reads like an aggregate, and its small numbers are no longer counts of people.
    if (!column || finding.category === 'small-count') continue;
    const issue = {
      columnIndex: column.sourceIndex,
      columnName: column.name,
      kind: 'personal-data' as const,
      category: finding.category,
      cells: finding.evidence.matched,
      exampleRows: finding.evidence.exampleRows.slice(0, 5),
      examples: finding.evidence.maskedExamples.slice(0, 5),
      reason: finding.reason,
    };
    const dismissed = content.dismissals.some(
      (d) => d.columnIndex === column.sourceIndex && d.category === finding.category && isWrittenJustification(d.reason),
    );
    const scanned = content.findings.filter((f) => f.columnIndex === column.sourceIndex).map((f) => f.category);
    const covered = dismissed || preflightIssueIsCovered(issue, decisionFor(content.decisions.present, column.sourceIndex), scanned);
    issues.push({ ...issue, blocking: !covered });
  }
  for (const formulas of written.formulas) {
    const column = plan[formulas.outputIndex];
    if (!column) continue;
    const issue = {
      columnIndex: column.sourceIndex,
      columnName: column.name,
      kind: 'formula' as const,
      category: null,
      cells: formulas.cells,
      exampleRows: formulas.exampleRows,
      examples: formulas.examples,
      reason: FORMULA_REASON,
    };
    issues.push({ ...issue, blocking: !preflightIssueIsCovered(issue, decisionFor(content.decisions.present, column.sourceIndex), []) });
  }
  issues.sort((a, b) => a.columnIndex - b.columnIndex || a.kind.localeCompare(b.kind));
  return {
    ranAt: ranAt.toISOString(),
    rowCount: written.rowCount,
    outputSha256: written.sha256,
    issues,
    passed: issues.every((issue) => !issue.blocking),
  };
}
