import { describe, expect, it } from 'vitest';
import { startHistory } from '../../../shared/decisions/decision-history.js';
import { draftDecisionOf, recordedDecisions, recordedDismissals } from '../../../shared/history/draft-decisions.js';
import type { PreviousVersionContext } from '../../../shared/history/previous-version.js';
import { carryOverDecisions } from '../../../shared/history/previous-version.js';
import { statusAfterEvent } from '../../../shared/history/publication-events.js';

const context = {
  decisions: [
    { columnName: 'Nom', action: 'drop' },
    { columnName: 'Adresse', action: 'generalise', parameter: { kind: 'address-commune' } },
    { columnName: 'Téléphone', action: 'mask' },
  ],
  dismissals: [
    { columnName: 'Rapporteur', category: 'person-name', reason: 'Élus dans leurs fonctions.' },
    { columnName: 'Ancien', category: 'email', reason: 'Adresses de services.' },
  ],
} as unknown as PreviousVersionContext;

describe('carrying decisions over to a new file', () => {
  it('re-applies decisions to columns of the same name and lists what needs a look', () => {
    const carried = carryOverDecisions(context, ['Adresse', 'Nom', 'Courriel', 'Rapporteur', 'constructor']);
    expect(carried.carried.map((decision) => decision.columnName)).toEqual(['Adresse', 'Nom']);
    expect(carried.undecided).toEqual(['Courriel', 'Rapporteur', 'constructor']);
    expect(carried.gone).toEqual(['Téléphone']);
    expect(carried.dismissals.map((dismissal) => dismissal.columnName)).toEqual(['Rapporteur']);
  });
});

describe('draft decisions and history decisions', () => {
  it('records a draft by column name and reads it back as the same draft decisions', () => {
    const columns = [
      { index: 0, name: 'Nom', type: 'text' as const },
      { index: 1, name: 'Naissance', type: 'date' as const },
      { index: 2, name: 'Élu', type: 'text' as const },
    ];
    const state = startHistory({
      columns: {
        0: { kind: 'drop' },
        1: { kind: 'generalise', rule: { kind: 'age-band', width: 10, referenceDate: '2025-01-01' } },
        2: { kind: 'keep', justification: 'Élus agissant dans leurs fonctions', legalBasis: 'crpa-d312-1-3-6-elected-officials' },
      },
      renames: {},
    }).present;
    const recorded = recordedDecisions(columns, state);
    expect(recorded).toEqual([
      { columnName: 'Nom', action: 'drop' },
      { columnName: 'Naissance', action: 'generalise', parameter: { kind: 'age-band', width: 10, referenceDate: '2025-01-01' } },
      { columnName: 'Élu', action: 'keep', justification: 'Élus agissant dans leurs fonctions', legalBasis: 'crpa-d312-1-3-6-elected-officials' },
    ]);
    expect(recorded.map(draftDecisionOf)).toEqual([state.columns[0], state.columns[1], state.columns[2]]);
    expect(recordedDismissals(columns, [{ columnIndex: 2, category: 'person-name', reason: 'Élus.' }]))
      .toEqual([{ columnName: 'Élu', category: 'person-name', reason: 'Élus.' }]);
  });

  it('leaves to the clerk a recorded decision this version cannot apply', () => {
    expect(draftDecisionOf({ columnName: 'X', action: 'encrypt' })).toBeNull();
    expect(draftDecisionOf({ columnName: 'X', action: 'generalise', parameter: { kind: 'to-the-moon' } })).toBeNull();
    expect(draftDecisionOf({ columnName: 'X', action: 'keep', justification: 'Raison écrite ici', legalBasis: 'inconnue' }))
      .toEqual({ kind: 'keep', justification: 'Raison écrite ici', legalBasis: null });
  });
});

describe('status after each event', () => {
  it('moves on for steps of the publication and stays for facts', () => {
    expect(statusAfterEvent('made-public')).toBe('public');
    expect(statusAfterEvent('failed')).toBe('failed');
    expect(statusAfterEvent('scanned')).toBeNull();
    expect(statusAfterEvent('remote-linked')).toBeNull();
  });
});
