import { describe, expect, it } from 'vitest';
import type { PersonalDataFinding } from '../../../shared/detect/finding.js';
import { EMPTY_DECISIONS, startHistory, withDecision, withRename } from '../../../shared/decisions/decision-history.js';
import type { DecisionState } from '../../../shared/decisions/decision-history.js';
import type { DraftContent, PreflightIssue } from '../../../shared/decisions/draft-content.js';
import { flaggedColumns, gateProblems, preflightIssueIsCovered } from '../../../shared/decisions/gate-rules.js';
import { planOutputColumns } from '../../../shared/decisions/output-plan.js';

function finding(columnIndex: number, columnName: string, category: PersonalDataFinding['category']): PersonalDataFinding {
  return {
    columnIndex,
    columnName,
    category,
    confidence: 'high',
    evidence: { examined: 10, matched: 10, validated: 10, share: 1, exampleRows: [0], maskedExamples: ['***'], headerHint: true },
    reason: 'Colonne de courriels.',
  };
}

const columns: DraftContent['columns'] = [
  { index: 0, name: 'id', type: 'integer' },
  { index: 1, name: 'courriel', type: 'text' },
  { index: 2, name: 'naissance', type: 'date' },
  { index: 3, name: 'commentaire', type: 'text' },
];

function content(state: DecisionState, extra: Partial<DraftContent> = {}) {
  return {
    columns,
    findings: [finding(1, 'courriel', 'email'), finding(2, 'naissance', 'birth-date')],
    dismissals: [],
    preflight: null,
    decisions: startHistory(state),
    ...extra,
  };
}

describe('gate rules', () => {
  it('refuses every flagged column without a decision', () => {
    const problems = gateProblems(content(EMPTY_DECISIONS));
    expect(problems.map((p) => p.code)).toEqual(['gate.undecided', 'gate.undecided']);
    expect(problems[0]).toMatchObject({ columnIndex: 1, columnName: 'courriel', categories: ['email'] });
  });

  it('lets the export go once every flagged column is decided', () => {
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'drop' });
    state = withDecision(state, 2, { kind: 'generalise', rule: { kind: 'date-year' } });
    expect(gateProblems(content(state))).toEqual([]);
  });

  it('refuses « conserver » and « pseudonymiser » without a written justification', () => {
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'keep', justification: 'ok', legalBasis: null });
    state = withDecision(state, 2, { kind: 'pseudonymise', justification: '   ' });
    expect(gateProblems(content(state)).map((p) => p.code)).toEqual([
      'gate.keep-without-justification',
      'gate.pseudonymise-without-justification',
    ]);
    state = withDecision(state, 1, { kind: 'keep', justification: 'Courriels fonctionnels des services', legalBasis: 'crpa-d312-1-3-1-public-agents' });
    state = withDecision(state, 2, { kind: 'pseudonymise', justification: 'Jointure avec le fichier des aides, base légale : convention' });
    expect(gateProblems(content(state))).toEqual([]);
  });

  it('does not flag a finding dismissed with a reason, but does with an empty one', () => {
    const state = withDecision(EMPTY_DECISIONS, 2, { kind: 'drop' });
    const dismissed = content(state, { dismissals: [{ columnIndex: 1, category: 'email', reason: 'Adresses de services (accueil@, contact@)' }] });
    expect(gateProblems(dismissed)).toEqual([]);
    const lazy = content(state, { dismissals: [{ columnIndex: 1, category: 'email', reason: 'non' }] });
    expect(gateProblems(lazy).map((p) => p.code)).toEqual(['gate.undecided']);
  });

  it('flags a column pre-flight found something in, even if the scan saw nothing', () => {
    const issue: PreflightIssue = {
      columnIndex: 3, columnName: 'commentaire', kind: 'formula', category: null, cells: 1,
      exampleRows: [4], examples: ['=HYPERLINK(…'], blocking: true, reason: 'Formule',
    };
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'drop' });
    state = withDecision(state, 2, { kind: 'drop' });
    const withIssue = content(state, { preflight: { ranAt: '2026-01-01T00:00:00Z', rowCount: 5, outputSha256: 'x', issues: [issue], passed: false } });
    expect(flaggedColumns(withIssue).map((c) => [c.columnIndex, c.categories])).toEqual([[1, ['email']], [2, ['birth-date']], [3, ['formula']]]);
    expect(gateProblems(withIssue)).toEqual([{ code: 'gate.undecided', columnIndex: 3, columnName: 'commentaire', categories: ['formula'] }]);
  });

  it('refuses two output columns with the same name, and an output with no column', () => {
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'drop' });
    state = withDecision(state, 2, { kind: 'drop' });
    state = withRename(state, 3, 'ID');
    expect(gateProblems(content(state))).toEqual([{ code: 'gate.duplicate-column-name', columnIndex: 3, columnName: 'ID' }]);
    for (const index of [0, 3]) state = withDecision(state, index, { kind: 'drop' });
    expect(gateProblems(content(state)).map((p) => p.code)).toEqual(['gate.no-columns']);
  });
});

describe('pre-flight coverage', () => {
  const email = { kind: 'personal-data' as const, category: 'email' as const };
  it('accepts what « conserver » keeps and the coarser form of what was generalised', () => {
    expect(preflightIssueIsCovered(email, { kind: 'keep', justification: 'Annuaire des agents', legalBasis: null }, [])).toBe(true);
    const year = { kind: 'personal-data' as const, category: 'birth-date' as const };
    expect(preflightIssueIsCovered(year, { kind: 'generalise', rule: { kind: 'date-year' } }, ['birth-date'])).toBe(true);
  });

  it('blocks what a transform left behind, an undecided column and any formula', () => {
    expect(preflightIssueIsCovered(email, undefined, [])).toBe(false);
    expect(preflightIssueIsCovered(email, { kind: 'redact' }, ['email'])).toBe(false);
    expect(preflightIssueIsCovered(email, { kind: 'generalise', rule: { kind: 'address-street' } }, ['postal-address'])).toBe(false);
    expect(preflightIssueIsCovered({ kind: 'formula', category: null }, { kind: 'mask' }, [])).toBe(false);
  });
});

describe('output plan', () => {
  it('drops, renames and retypes columns by their decision', () => {
    let state = withDecision(EMPTY_DECISIONS, 1, { kind: 'drop' });
    state = withDecision(state, 2, { kind: 'generalise', rule: { kind: 'date-year' } });
    state = withRename(state, 2, 'annee_naissance');
    const plan = planOutputColumns(columns, state);
    expect(plan.map((c) => [c.sourceIndex, c.name, c.type])).toEqual([
      [0, 'id', 'integer'],
      [2, 'annee_naissance', 'integer'],
      [3, 'commentaire', 'text'],
    ]);
  });
});
