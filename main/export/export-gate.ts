/**
 * The gate in main (issue 5): export and publish call this before writing anything, whatever the
 * UI shows, so that nothing flagged leaves the machine undecided and no « conserver » goes out
 * without its written justification.
 */
import { gateProblems } from '../../shared/decisions/gate-rules.js';
import { AppError } from '../../shared/errors.js';
import type { Draft } from '../drafts/draft-repository.js';

/**
 * Throws the first gate problem as an `AppError` (`gate.undecided`,
 * `gate.keep-without-justification`, `gate.pseudonymise-without-justification`,
 * `gate.duplicate-column-name`, `gate.no-columns`) with the column's name and how many problems
 * there are in all.
 */
export function assertReadyForExport(draft: Pick<Draft, 'content'>): void {
  const problems = gateProblems(draft.content);
  const first = problems[0];
  if (!first) return;
  const column = 'columnName' in first ? first.columnName : null;
  throw new AppError(first.code, { column, count: problems.length });
}
