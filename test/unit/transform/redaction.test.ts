import { describe, expect, it } from 'vitest';
import type { PersonalSpan } from '../../../shared/detect/free-text-spans.js';
import { findPersonalSpans } from '../../../shared/detect/free-text-spans.js';
import { redactSpans, redactionLabel } from '../../../shared/transform/redaction.js';
import { looksLikeFormula, neutraliseFormula } from '../../../shared/transform/formula-cell.js';

describe('redaction spans', () => {
  const text = 'Appeler Mme Dupont au 06 39 98 12 34 ou jeanne.dupont@example.fr.';

  it('replaces each span by its label and keeps the rest', () => {
    const spans: PersonalSpan[] = [
      { start: 8, end: 18, kind: 'titled-name' },
      { start: 22, end: 36, kind: 'phone' },
      { start: 40, end: 64, kind: 'email' },
    ];
    expect(redactSpans(text, spans)).toBe('Appeler [nom] au [téléphone] ou [courriel].');
  });

  it('merges overlapping spans so that no fragment survives', () => {
    const out = redactSpans('IBAN FR7630001000640000001234559 fin', [
      { start: 5, end: 20, kind: 'iban' },
      { start: 15, end: 32, kind: 'nir' },
    ]);
    expect(out).toBe('IBAN [IBAN] fin');
  });

  it('ignores spans in any order and clips those past the end', () => {
    expect(redactSpans('abc x@y.fr', [{ start: 4, end: 99, kind: 'email' }, { start: 0, end: 0, kind: 'phone' }]))
      .toBe('abc [courriel]');
    expect(redactSpans('rien', [])).toBe('rien');
  });

  it('labels each kind of span', () => {
    expect(redactionLabel('nir')).toBe('[NIR]');
    expect(redactionLabel('iban')).toBe('[IBAN]');
  });

  it('redacts what the detectors find in real free text', () => {
    const found = findPersonalSpans(text);
    expect(redactSpans(text, found)).toBe('Appeler [nom] au [téléphone] ou [courriel].');
  });
});

describe('formula-like cells (CSV injection)', () => {
  it('recognises formulas', () => {
    expect(looksLikeFormula('=HYPERLINK("http://x","clic")')).toBe(true);
    expect(looksLikeFormula('=1+1')).toBe(true);
    expect(looksLikeFormula('+SUM(A1:A3)')).toBe(true);
    expect(looksLikeFormula('@SUM(A1)')).toBe(true);
    expect(looksLikeFormula("-2+3+cmd|' /C calc'!A0")).toBe(true);
    expect(looksLikeFormula('\t=A1')).toBe(true);
    expect(looksLikeFormula('+A1')).toBe(true);
  });

  it('leaves signed numbers, phones and plain text alone', () => {
    expect(looksLikeFormula('-12,5')).toBe(false);
    expect(looksLikeFormula('+33 5 36 49 00 11')).toBe(false);
    expect(looksLikeFormula('- voir plus bas')).toBe(false);
    expect(looksLikeFormula('@mairie')).toBe(false);
    expect(looksLikeFormula('=')).toBe(false);
    expect(looksLikeFormula('Total = 12')).toBe(false);
  });

  it('neutralises a formula with a leading apostrophe', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('texte')).toBe('texte');
  });
});
