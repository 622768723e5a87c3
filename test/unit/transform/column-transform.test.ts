import { describe, expect, it } from 'vitest';
import { EMPTY_DECISIONS, withDecision } from '../../../shared/decisions/decision-history.js';
import { planOutputColumns } from '../../../shared/decisions/output-plan.js';
import { MASK_TEXT, createRowTransform } from '../../../shared/transform/column-transform.js';
import type { TransformServices } from '../../../shared/transform/column-transform.js';

const services: TransformServices = {
  pseudonymise: (value) => `p(${value})`,
  findSpans: (text) => {
    const at = text.indexOf('@');
    if (at < 0) return [];
    const start = text.lastIndexOf(' ', at) + 1;
    const end = text.indexOf(' ', at);
    return [{ start, end: end < 0 ? text.length : end, kind: 'email' }];
  },
};

const columns = [
  { index: 0, name: 'montant', type: 'decimal' as const },
  { index: 1, name: 'nom', type: 'text' as const },
  { index: 2, name: 'tel', type: 'text' as const },
  { index: 3, name: 'note', type: 'text' as const },
  { index: 4, name: 'cp', type: 'code' as const },
  { index: 5, name: 'effectif', type: 'integer' as const },
  { index: 6, name: 'date', type: 'date' as const },
];

describe('row transform', () => {
  it('applies every decision to the whole row and normalises kept cells', () => {
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'pseudonymise', justification: 'Jointure avec le registre interne' });
    state = withDecision(state, 2, { kind: 'mask' });
    state = withDecision(state, 3, { kind: 'redact' });
    state = withDecision(state, 4, { kind: 'generalise', rule: { kind: 'postal-code-department' } });
    state = withDecision(state, 5, { kind: 'generalise', rule: { kind: 'small-count', threshold: 11 } });
    state = withDecision(state, 6, { kind: 'drop' });
    const transform = createRowTransform(planOutputColumns(columns, state), services);
    expect(transform(['1 063 850,00', ' DUPONT Jeanne ', '06 39 98 12 34', 'écrire à j.d@example.fr svp', '09000', '7', '14/03/2021']))
      .toEqual(['1063850.00', 'p(DUPONT Jeanne)', MASK_TEXT, 'écrire à [courriel] svp', '09', '< 11']);
  });

  it('keeps empty cells empty and reads missing cells of short rows as empty', () => {
    const state = withDecision(withDecision(EMPTY_DECISIONS, 1, { kind: 'pseudonymise', justification: 'Jointure avec le registre interne' }), 2, { kind: 'mask' });
    const transform = createRowTransform(planOutputColumns(columns, state), services);
    expect(transform([null, '', '  '])).toEqual(['', '', '', '', '', '', '']);
  });

  it('neutralises a formula left in redacted free text', () => {
    const state = withDecision(EMPTY_DECISIONS, 3, { kind: 'redact' });
    const transform = createRowTransform(planOutputColumns(columns, state), services);
    expect(transform([null, null, null, '=HYPERLINK("http://x")'])[3]).toBe('\'=HYPERLINK("http://x")');
  });
});
