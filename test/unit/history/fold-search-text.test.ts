import { describe, expect, it } from 'vitest';
import { foldSearchText, searchTerms } from '../../../shared/history/fold-search-text.js';

describe('accent-insensitive French search text', () => {
  it('folds accents, case, ligatures and typographic marks', () => {
    expect(foldSearchText('Délibérations')).toBe('deliberations');
    expect(foldSearchText('ÉLUS DU CŒUR DE VILLE')).toBe('elus du coeur de ville');
    expect(foldSearchText('Arbres d’alignement — Saint‑Jean')).toBe("arbres d'alignement - saint-jean");
    expect(foldSearchText('  Ex\u00a0aequo  Æsop\tçà  ')).toBe('ex aequo aesop ca');
  });

  it('splits a query into distinct folded words, none for a blank query', () => {
    expect(searchTerms(' Subventions  2024 subventions ')).toEqual(['subventions', '2024']);
    expect(searchTerms('   ')).toEqual([]);
  });
});
