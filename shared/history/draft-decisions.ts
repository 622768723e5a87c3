/**
 * Between the draft's decisions (`shared/decisions/`, by column index) and the history's
 * (by column name): what is recorded when a draft is published, and how a recorded decision
 * becomes a draft decision again for the next version of the dataset.
 */
import type { ColumnDecision, DecisionKind, GeneralisationRule } from '../decisions/column-decision.js';
import { GENERALISATION_KINDS } from '../decisions/column-decision.js';
import type { DecisionState } from '../decisions/decision-history.js';
import type { DraftColumn, FindingDismissal } from '../decisions/draft-content.js';
import type { LegalBasisId } from '../decisions/legal-bases.js';
import { LEGAL_BASIS_IDS } from '../decisions/legal-bases.js';
import type { JsonValue, RecordedDecision, RecordedDismissal } from './publication-record.js';

/** The draft's decisions as the history records them, in column order, named by column. */
export function recordedDecisions(columns: readonly DraftColumn[], state: DecisionState): RecordedDecision[] {
  const recorded: RecordedDecision[] = [];
  for (const column of columns) {
    const decision = state.columns[String(column.index)];
    if (!decision) continue;
    const entry: RecordedDecision = { columnName: column.name, action: decision.kind };
    if (decision.kind === 'generalise') entry.parameter = decision.rule as unknown as JsonValue;
    if (decision.kind === 'keep' || decision.kind === 'pseudonymise') entry.justification = decision.justification;
    if (decision.kind === 'keep' && decision.legalBasis !== null) entry.legalBasis = decision.legalBasis;
    recorded.push(entry);
  }
  return recorded;
}

/** The draft's dismissals as the history records them, named by column. */
export function recordedDismissals(columns: readonly DraftColumn[], dismissals: readonly FindingDismissal[]): RecordedDismissal[] {
  const names = new Map(columns.map((column) => [column.index, column.name]));
  return dismissals.map((dismissal) => ({
    columnName: names.get(dismissal.columnIndex) ?? `#${dismissal.columnIndex + 1}`,
    category: dismissal.category,
    reason: dismissal.reason,
  }));
}

/**
 * A recorded decision as a draft decision again, or null when the record cannot be one any more
 * (an action or rule this version no longer knows): the column is then left to the clerk.
 */
export function draftDecisionOf(recorded: RecordedDecision): ColumnDecision | null {
  const justification = recorded.justification ?? '';
  switch (recorded.action as DecisionKind) {
    case 'drop':
      return { kind: 'drop' };
    case 'mask':
      return { kind: 'mask' };
    case 'redact':
      return { kind: 'redact' };
    case 'pseudonymise':
      return { kind: 'pseudonymise', justification };
    case 'keep': {
      const basis = recorded.legalBasis;
      const legalBasis = basis !== undefined && (LEGAL_BASIS_IDS as readonly string[]).includes(basis) ? (basis as LegalBasisId) : null;
      return { kind: 'keep', justification, legalBasis };
    }
    case 'generalise': {
      const rule = recorded.parameter;
      const known = rule !== null && typeof rule === 'object' && !Array.isArray(rule)
        && (GENERALISATION_KINDS as readonly string[]).includes(String(rule.kind));
      return known ? { kind: 'generalise', rule: rule as unknown as GeneralisationRule } : null;
    }
    default:
      return null;
  }
}
