/**
 * One line saying what was done to a column and why, for the publication report, the
 * datapackage and the history: « Généralisée (date → année) », « Conservée — CRPA D312-1-3 6° ».
 */
import type { ColumnDecision, GeneralisationRule } from './column-decision.js';
import { DECISION_EXPLANATIONS, GENERALISATION_EXPLANATIONS } from './decision-explanations.js';
import { legalBasisById } from './legal-bases.js';

/** The decision in a few words, French and English. */
export function decisionSummary(decision: ColumnDecision | null): { fr: string; en: string } {
  if (!decision) return { fr: 'Publiée telle quelle (non signalée)', en: 'Published as is (not flagged)' };
  switch (decision.kind) {
    case 'drop':
      return { fr: 'Supprimée', en: 'Dropped' };
    case 'mask':
      return { fr: 'Masquée', en: 'Masked' };
    case 'pseudonymise':
      return { fr: 'Pseudonymisée (HMAC-SHA-256, clé de l’organisation)', en: 'Pseudonymised (HMAC-SHA-256, organisation key)' };
    case 'redact':
      return { fr: 'Caviardée (courriels, téléphones, NIR, IBAN, noms)', en: 'Redacted (e-mails, phones, NIR, IBAN, names)' };
    case 'generalise': {
      const rule = ruleWords(decision.rule);
      return { fr: `Généralisée (${rule.fr})`, en: `Generalised (${rule.en})` };
    }
    case 'keep': {
      const basis = decision.legalBasis ? legalBasisById(decision.legalBasis) : undefined;
      return basis
        ? { fr: `Conservée — ${basis.reference}`, en: `Kept — ${basis.reference}` }
        : { fr: 'Conservée', en: 'Kept' };
    }
  }
}

/** The clerk's written reason, when the decision carries one. */
export function decisionJustification(decision: ColumnDecision | null): string | null {
  if (decision?.kind === 'keep' || decision?.kind === 'pseudonymise') return decision.justification.trim();
  return null;
}

function ruleWords(rule: GeneralisationRule): { fr: string; en: string } {
  const label = GENERALISATION_EXPLANATIONS[rule.kind].label;
  switch (rule.kind) {
    case 'age-band':
      return { fr: `${label.fr}, tranches de ${rule.width} ans au ${rule.referenceDate}`, en: `${label.en}, ${rule.width}-year bands at ${rule.referenceDate}` };
    case 'coordinates':
      return { fr: `${label.fr}, ${rule.decimals} décimales`, en: `${label.en}, ${rule.decimals} decimals` };
    case 'small-count':
      return { fr: `effectifs inférieurs à ${rule.threshold} masqués`, en: `counts below ${rule.threshold} hidden` };
    default:
      return { fr: label.fr, en: label.en };
  }
}

/** The name of a decision kind as the menu shows it. */
export function decisionLabel(decision: ColumnDecision): { fr: string; en: string } {
  return DECISION_EXPLANATIONS[decision.kind].label;
}
