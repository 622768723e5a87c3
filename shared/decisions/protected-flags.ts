import type { PersonalDataFinding } from '../detect/finding.js';
import { legalGround } from '../detect/legal-grounds.js';
import type { DraftContent } from './draft-content.js';

/** True for a finding the clerk made (a column flagged as covered by a secret), not the scan. */
export function isClerkFlag(finding: PersonalDataFinding): boolean {
  return finding.origin === 'clerk';
}

/**
 * Flags a column as covered by a secret, with its legal ground (CRPA L311-5, L311-6): it becomes a
 * `protected` finding that needs a decision like any other, and is kept in the history. A new
 * flag on the same column replaces the earlier one.
 */
export function flagProtected(content: DraftContent, columnIndex: number, legalGroundId: string): DraftContent {
  const column = content.columns.find((each) => each.index === columnIndex);
  const ground = legalGround(legalGroundId);
  if (!column || !ground) return content;
  const finding: PersonalDataFinding = {
    columnIndex,
    columnName: column.name,
    category: 'protected',
    confidence: 'high',
    evidence: { examined: 0, matched: 0, validated: 0, share: 0, exampleRows: [], maskedExamples: [], headerHint: false },
    reason: `Signalée par l’agent comme couverte par un secret (${ground.article}\u00a0: ${ground.fr}).`,
    legalGround: ground.id,
    origin: 'clerk',
  };
  const others = content.findings.filter((each) => !(isClerkFlag(each) && each.columnIndex === columnIndex));
  return { ...content, findings: [...others, finding] };
}

/** Withdraws the clerk's flag of a column. */
export function unflagProtected(content: DraftContent, columnIndex: number): DraftContent {
  return { ...content, findings: content.findings.filter((each) => !(isClerkFlag(each) && each.columnIndex === columnIndex)) };
}

/** The clerk's flags that still apply to a rescanned table: same column, same name. */
export function clerkFlagsStillValid(content: DraftContent, sameColumn: (index: number) => boolean): PersonalDataFinding[] {
  return content.findings.filter((each) => isClerkFlag(each) && sameColumn(each.columnIndex));
}
