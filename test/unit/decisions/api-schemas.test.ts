import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decisionsRequestSchemas } from '../../../shared/api/decisions-api.js';
import { DECISION_KINDS, GENERALISATION_KINDS } from '../../../shared/decisions/column-decision.js';

const ajv = new Ajv2020({ allErrors: false, strict: true, useDefaults: false, coerceTypes: false });
const validate = (method: keyof typeof decisionsRequestSchemas, payload: unknown): boolean =>
  ajv.compile(decisionsRequestSchemas[method] as object)(payload);

describe('request schemas of decisions, export and drafts', () => {
  it('compile under ajv strict mode, as the dispatcher compiles them', () => {
    for (const schema of Object.values(decisionsRequestSchemas)) expect(() => ajv.compile(schema as object)).not.toThrow();
  });

  it('accept every decision kind and generalisation rule the model has', () => {
    const decide = (decision: unknown) => validate('decisions:decide', { draftId: 'draft-1', columnIndex: 2, decision });
    const examples: Record<string, unknown> = {
      drop: { kind: 'drop' },
      mask: { kind: 'mask' },
      redact: { kind: 'redact' },
      pseudonymise: { kind: 'pseudonymise', justification: 'Jointure avec le registre' },
      keep: { kind: 'keep', justification: 'Élus dans leurs fonctions', legalBasis: 'crpa-d312-1-3-6-elected-officials' },
      generalise: { kind: 'generalise', rule: { kind: 'date-year' } },
    };
    for (const kind of DECISION_KINDS) expect(decide(examples[kind])).toBe(true);
    const rules: Record<string, unknown> = {
      'date-year': { kind: 'date-year' },
      'date-month': { kind: 'date-month' },
      'age-band': { kind: 'age-band', width: 5, referenceDate: '2026-01-01' },
      'postal-code-department': { kind: 'postal-code-department' },
      'address-street': { kind: 'address-street' },
      'address-commune': { kind: 'address-commune' },
      coordinates: { kind: 'coordinates', decimals: 3 },
      'small-count': { kind: 'small-count', threshold: 11 },
    };
    for (const kind of GENERALISATION_KINDS) expect(decide({ kind: 'generalise', rule: rules[kind] })).toBe(true);
    expect(decide(null)).toBe(true);
  });

  it('refuse malformed decisions, unknown legal bases and extra properties', () => {
    const decide = (decision: unknown) => validate('decisions:decide', { draftId: 'draft-1', columnIndex: 2, decision });
    expect(decide({ kind: 'keep', justification: 'x' })).toBe(false);
    expect(decide({ kind: 'keep', justification: 'x', legalBasis: 'parce-que' })).toBe(false);
    expect(decide({ kind: 'drop', extra: true })).toBe(false);
    expect(decide({ kind: 'generalise', rule: { kind: 'age-band', width: 7, referenceDate: '2026-01-01' } })).toBe(false);
    expect(decide({ kind: 'generalise', rule: { kind: 'coordinates', decimals: 12 } })).toBe(false);
    expect(validate('drafts:get', { draftId: '../../etc/passwd' })).toBe(false);
    expect(validate('drafts:set-output', { draftId: 'd', output: { delimiter: '\t', bom: true, fileName: null } })).toBe(false);
  });
});
