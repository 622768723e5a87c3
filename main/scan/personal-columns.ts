/**
 * The `personal` member of each column in `atelier inspect --json`: null, or the column's
 * finding as `{ category, confidence, reason, matches, share }`.
 */

import type { PersonalDataFinding } from '../../shared/detect/finding.js';

/** The inspection JSON's view of a finding. */
export interface PersonalMember {
  category: PersonalDataFinding['category'];
  confidence: PersonalDataFinding['confidence'];
  reason: string;
  matches: number;
  share: number;
}

/** One `{ personal }` extra per column (in column order), for `inspectionJson`'s `extras.columns`. */
export function personalColumnExtras(columnCount: number, findings: readonly PersonalDataFinding[]): { personal: PersonalMember | null }[] {
  const byColumn = new Map(findings.map((finding) => [finding.columnIndex, finding]));
  return Array.from({ length: columnCount }, (_, index) => {
    const finding = byColumn.get(index);
    if (!finding) return { personal: null };
    const matches = finding.evidence.validated > 0 ? finding.evidence.validated : finding.evidence.matched;
    return {
      personal: {
        category: finding.category,
        confidence: finding.confidence,
        reason: finding.reason,
        matches,
        // Three significant digits: one NIR among 5 000 values is 0.0002, not 0.
        share: Number(finding.evidence.share.toPrecision(3)),
      },
    };
  });
}
