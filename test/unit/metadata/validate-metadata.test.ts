import { describe, expect, it } from 'vitest';
import { PORTAL_KINDS } from '../../../shared/metadata/portal-metadata-rules.js';
import { validateMetadata } from '../../../shared/metadata/validate-metadata.js';
import { subventions2024 } from './sample-metadata.js';

const fieldsAndCodes = (issues: { field: string; code: string }[]) => issues.map((issue) => [issue.field, issue.code]);

describe('base metadata rules', () => {
  it('accepts complete metadata, for every portal', () => {
    expect(validateMetadata(subventions2024())).toEqual([]);
    for (const portal of PORTAL_KINDS) expect(validateMetadata(subventions2024(), portal)).toEqual([]);
  });

  it('asks for title, description, producer and modified date, blank counting as empty', () => {
    const issues = validateMetadata(subventions2024({ title: '   ', description: '', producer: ' ', modified: '' }));
    expect(fieldsAndCodes(issues)).toEqual([
      ['title', 'metadata.required'],
      ['description', 'metadata.required'],
      ['producer', 'metadata.required'],
      ['modified', 'metadata.required'],
    ]);
    expect(issues[0]?.message).toEqual({ fr: 'À remplir.', en: 'Required.' });
  });

  it('names the missing members of an incomplete object', () => {
    const { title: _title, licence: _licence, ...rest } = subventions2024();
    expect(fieldsAndCodes(validateMetadata(rest))).toEqual([
      ['title', 'metadata.required'],
      ['licence', 'metadata.required'],
    ]);
  });

  it('refuses impossible dates, a reversed period, a bad e-mail, an unknown licence', () => {
    const issues = validateMetadata(subventions2024({
      modified: '2025-02-30',
      temporal: { start: '2024-12-31', end: '2024-01-01' },
      contact: { name: 'Mairie', email: 'mairie@' },
      licence: 'WTFPL',
      frequency: 'hourly' as never,
    }));
    expect(fieldsAndCodes(issues)).toEqual([
      ['contact.email', 'metadata.invalid-email'],
      ['licence', 'metadata.unknown-licence'],
      ['frequency', 'metadata.unknown-frequency'],
      ['modified', 'metadata.invalid-date'],
      ['temporal.end', 'metadata.period-reversed'],
    ]);
    expect(issues[3]?.message.fr).toBe('Date attendue sous la forme AAAA-MM-JJ, par exemple 2025-01-15.');
  });

  it('points at the repeated keyword and at a blank one', () => {
    const issues = validateMetadata(subventions2024({ keywords: ['budget', ' ', 'budget'] }));
    expect(fieldsAndCodes(issues)).toEqual([
      ['keywords.1', 'metadata.required'],
      ['keywords.2', 'metadata.duplicate-keyword'],
    ]);
  });

  it('reports a wrong type or an unknown member without throwing', () => {
    expect(fieldsAndCodes(validateMetadata({ ...subventions2024(), keywords: 'budget', colour: 'bleu' }))).toEqual([
      ['colour', 'metadata.unexpected-field'],
      ['keywords', 'metadata.invalid-type'],
    ]);
    expect(fieldsAndCodes(validateMetadata(null))).toEqual([['', 'metadata.invalid-type']]);
  });
});

describe('udata rules', () => {
  it('refuses a title over 350 characters and tags outside 3–96 characters, saying so in French', () => {
    const issues = validateMetadata(subventions2024({ title: 'É'.repeat(351), keywords: ['ok-tag', 'ab', 'x'.repeat(97)] }), 'udata');
    expect(fieldsAndCodes(issues)).toEqual([
      ['title', 'metadata.too-long'],
      ['keywords.1', 'metadata.too-short'],
      ['keywords.2', 'metadata.too-long'],
    ]);
    expect(issues.every((issue) => issue.portal === 'udata')).toBe(true);
    expect(issues[0]?.message.fr).toBe('350 caractères au plus (il y en a 351).');
    expect(issues[1]?.message.fr).toBe('3 caractères au moins (il y en a 2).');
  });

  it('lets other portals take what udata refuses', () => {
    const meta = subventions2024({ title: 'T'.repeat(400), keywords: ['ab'] });
    expect(validateMetadata(meta, 'opendatasoft')).toEqual([]);
    expect(validateMetadata(meta, 'ckan')).toEqual([]);
  });
});

describe('Opendatasoft rules', () => {
  it('refuses a language the portal does not offer', () => {
    const issues = validateMetadata(subventions2024({ language: 'oc' }), 'opendatasoft');
    expect(fieldsAndCodes(issues)).toEqual([['language', 'metadata.language-not-offered']]);
    expect(issues[0]?.portal).toBe('opendatasoft');
    expect(validateMetadata(subventions2024({ language: 'oc' }))).toEqual([]);
  });

  it('does not repeat a base issue on a field it also requires', () => {
    expect(fieldsAndCodes(validateMetadata(subventions2024({ title: '' }), 'opendatasoft'))).toEqual([['title', 'metadata.required']]);
  });
});

describe('CKAN rules', () => {
  it('refuses tags with an apostrophe or a comma, or of one character', () => {
    const issues = validateMetadata(subventions2024({ keywords: ['aide à l’enfance', 'vie associative', 'a', 'budget, 2024'] }), 'ckan');
    expect(fieldsAndCodes(issues)).toEqual([
      ['keywords.0', 'metadata.keyword-characters'],
      ['keywords.2', 'metadata.too-short'],
      ['keywords.3', 'metadata.keyword-characters'],
    ]);
  });
});
