import { describe, expect, it } from 'vitest';
import { newDraftMetadata, validateOrganisationDefaults } from '../../../shared/metadata/new-draft.js';
import { validateMetadata } from '../../../shared/metadata/validate-metadata.js';

const defaults = {
  producer: 'Commune de Castelmaurou',
  contact: { name: '', email: 'mairie@castelmaurou.fr' },
  licence: 'etalab-2.0',
  themes: [],
  keywords: ['commune'],
  frequency: 'monthly' as const,
  spatial: '31118',
  language: 'fr',
  source: '',
};

describe('a new draft', () => {
  it('without a template: Licence Ouverte 2.0, French, today, and only the title and description to write', () => {
    const draft = newDraftMetadata(null, '2026-03-01');
    expect(draft.licence).toBe('etalab-2.0');
    expect(draft.language).toBe('fr');
    expect(draft.modified).toBe('2026-03-01');
    expect(validateMetadata({ ...draft, producer: 'Mairie' }).map((issue) => issue.field)).toEqual(['title', 'description']);
  });

  it('copies the template rather than sharing its arrays', () => {
    const draft = newDraftMetadata(defaults, '2026-03-01');
    draft.keywords.push('budget');
    expect(defaults.keywords).toEqual(['commune']);
  });
});

describe('template defaults validation', () => {
  it('accepts good defaults and reports only the fields a template sets', () => {
    expect(validateOrganisationDefaults(defaults)).toEqual([]);
    const issues = validateOrganisationDefaults({ ...defaults, producer: '', contact: { name: 'X', email: 'pas-une-adresse' }, licence: 'WTFPL' });
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['producer', 'metadata.required'],
      ['contact.email', 'metadata.invalid-email'],
      ['licence', 'metadata.unknown-licence'],
    ]);
  });
});
