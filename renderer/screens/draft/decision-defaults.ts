import type { ColumnDecision, DecisionKind, GeneralisationKind, GeneralisationRule } from '../../../shared/decisions/column-decision.js';
import { DEFAULT_COORDINATE_DECIMALS, DEFAULT_SMALL_COUNT_THRESHOLD } from '../../../shared/decisions/column-decision.js';

/** Today as `YYYY-MM-DD` in the clerk's time zone: the reference date of a new age band. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A generalisation rule of that kind with its usual parameter (10-year bands, 3 decimals, « < 11 »). */
export function ruleOfKind(kind: GeneralisationKind, today: string = localToday()): GeneralisationRule {
  switch (kind) {
    case 'age-band':
      return { kind, width: 10, referenceDate: today };
    case 'coordinates':
      return { kind, decimals: DEFAULT_COORDINATE_DECIMALS };
    case 'small-count':
      return { kind, threshold: DEFAULT_SMALL_COUNT_THRESHOLD };
    default:
      return { kind };
  }
}

/**
 * The generalisation that fits what the column was flagged for: a birth date becomes an age
 * band (as the CNIL/CADA guide recommends), a postal code its département, an address its
 * commune, coordinates are rounded; anything else a date's year.
 */
export function suggestedRule(categories: readonly string[]): GeneralisationRule {
  if (categories.includes('birth-date')) return ruleOfKind('age-band');
  if (categories.includes('postal-address')) return ruleOfKind('address-commune');
  if (categories.includes('precise-coordinates')) return ruleOfKind('coordinates');
  if (categories.includes('quasi-identifier')) return ruleOfKind('postal-code-department');
  return ruleOfKind('date-year');
}

/** The justification already written for this column, carried over when the clerk changes the kind. */
function writtenSoFar(previous: ColumnDecision | undefined): string {
  return previous?.kind === 'keep' || previous?.kind === 'pseudonymise' ? previous.justification : '';
}

/**
 * The decision recorded when the clerk picks a kind: the parameters they set before are kept
 * (the justification moves between « conserver » and « pseudonymiser », a rule stays a rule).
 */
export function decisionOfKind(kind: DecisionKind, categories: readonly string[], previous: ColumnDecision | undefined): ColumnDecision {
  switch (kind) {
    case 'pseudonymise':
      return { kind, justification: writtenSoFar(previous) };
    case 'keep':
      return { kind, justification: writtenSoFar(previous), legalBasis: previous?.kind === 'keep' ? previous.legalBasis : null };
    case 'generalise':
      return { kind, rule: previous?.kind === 'generalise' ? previous.rule : suggestedRule(categories) };
    default:
      return { kind };
  }
}
