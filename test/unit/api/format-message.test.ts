import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/format-message.js';
import { errorMessage } from '../../../shared/i18n/error-messages.js';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('Envoi de « {name} »', { name: 'a.csv' })).toBe('Envoi de « a.csv »');
  });

  it('chooses French plural forms (0 and 1 are singular) and formats numbers in fr-FR', () => {
    const template = '{count, plural, =0 {aucune ligne} one {# ligne} other {# lignes}}';
    expect(formatMessage(template, { count: 0 })).toBe('aucune ligne');
    expect(formatMessage(template, { count: 1 })).toBe('1 ligne');
    expect(formatMessage(template, { count: 1234567 })).toBe('1\u202f234\u202f567 lignes');
  });

  it('chooses a select option, or « other »', () => {
    const template = '{host, select, electron {bureau} other {navigateur}}';
    expect(formatMessage(template, { host: 'electron' })).toBe('bureau');
    expect(formatMessage(template, { host: 'web' })).toBe('navigateur');
  });

  it('uses English rules in en-GB', () => {
    expect(formatMessage('{count, plural, one {# row} other {# rows}}', { count: 1500 }, 'en-GB')).toBe('1,500 rows');
  });
});

describe('errorMessage', () => {
  it('gives the clerk a French sentence with the details, never the raw code', () => {
    const text = errorMessage({ code: 'disk.full', details: { file: 'sortie.csv' } });
    expect(text).toContain('Le disque est plein');
    expect(text).toContain('sortie.csv');
    expect(errorMessage({ code: 'quelque.chose-inconnu' })).toContain('erreur inattendue');
  });

  it('speaks English when asked', () => {
    expect(errorMessage({ code: 'job.cancelled' }, 'en')).toBe('Operation cancelled.');
  });
});
