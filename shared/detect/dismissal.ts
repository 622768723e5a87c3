/**
 * A clerk's dismissal of a finding, with the reason, kept in the draft and later in the
 * publishing history (the lead stores it; this is its shape).
 */

import type { FindingCategory } from './finding.js';

/** « Ce n'est pas une donnée personnelle, parce que… », recorded with the time. */
export interface FindingDismissal {
  columnIndex: number;
  category: FindingCategory;
  /** The clerk's reason, in their words (required, non-empty). */
  reason: string;
  /** ISO 8601 timestamp of the dismissal. */
  at: string;
}

/** True when this dismissal applies to that finding (same column, same category). */
export function dismisses(dismissal: FindingDismissal, finding: { columnIndex: number; category: FindingCategory }): boolean {
  return dismissal.columnIndex === finding.columnIndex && dismissal.category === finding.category;
}
