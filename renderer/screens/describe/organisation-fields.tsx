import type { LicenceWarning } from '../../../shared/licences/catalogue.js';
import type { OrganisationDefaults } from '../../../shared/metadata/organisation-template.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { FrequencyField, LanguageField } from './choice-fields.js';
import { describeCatalogue } from './describe-catalogue.js';
import { issuesOf } from './field-issues.js';
import type { LicenceCatalogue } from './licence-field.js';
import { LicenceField } from './licence-field.js';
import { MetadataTextField } from './metadata-text-field.js';
import { TagListField } from './tag-list-field.js';
import { THEME_SUGGESTIONS } from './theme-suggestions.js';

/**
 * Caps of the API's request schemas (`drafts:set-metadata`, `metadata:save-template`): the inputs
 * stop there, so that no keystroke makes a save fail; the rules themselves are ajv's, in main.
 */
export const FIELD_LIMITS = {
  title: 1000,
  description: 100_000,
  keywords: { items: 100, length: 200 },
  themes: { items: 50, length: 200 },
  producer: 500,
  contactName: 500,
  contactEmail: 320,
  spatial: 500,
  source: 2000,
} as const;

interface OrganisationFieldsProps {
  /** Prefix of the inputs' ids: `describe` in the form, `template` in the settings. */
  idPrefix: string;
  values: OrganisationDefaults;
  onChange: (patch: Partial<OrganisationDefaults>) => void;
  issues: readonly MetadataIssue[];
  licences: LicenceCatalogue;
  licenceWarnings: readonly LicenceWarning[];
}

/**
 * The metadata an organisation template fills — keywords, themes, producer, contact, licence,
 * frequency, spatial coverage, language, source — each with its label, hint and errors. The
 * description form and the settings' template form show the same fields.
 */
export function OrganisationFields({ idPrefix, values, onChange, issues, licences, licenceWarnings }: OrganisationFieldsProps) {
  const t = useCatalogue(describeCatalogue);
  const id = (field: string) => `${idPrefix}-${field}`;
  const contact = values.contact ?? { name: '', email: '' };
  const setContact = (patch: Partial<typeof contact>) => {
    const next = { ...contact, ...patch };
    // An empty contact is no contact: the model says null rather than two blank texts.
    onChange({ contact: next.name.trim() === '' && next.email.trim() === '' ? null : next });
  };
  return (
    <>
      <TagListField
        id={id('keywords')}
        label={t('field.keywords')}
        newLabel={t('field.keywords.new')}
        addLabel={t('field.keywords.add')}
        values={values.keywords}
        onChange={(keywords) => onChange({ keywords })}
        issues={issuesOf(issues, 'keywords')}
        maxItems={FIELD_LIMITS.keywords.items}
        maxLength={FIELD_LIMITS.keywords.length}
      />
      <TagListField
        id={id('themes')}
        label={t('field.themes')}
        newLabel={t('field.themes.new')}
        addLabel={t('field.themes.add')}
        values={values.themes}
        onChange={(themes) => onChange({ themes })}
        issues={issuesOf(issues, 'themes')}
        maxItems={FIELD_LIMITS.themes.items}
        maxLength={FIELD_LIMITS.themes.length}
        suggestions={THEME_SUGGESTIONS}
      />
      <MetadataTextField
        id={id('producer')}
        label={t('field.producer')}
        hint={t('field.producer.hint')}
        value={values.producer}
        onChange={(producer) => onChange({ producer })}
        issues={issuesOf(issues, 'producer')}
        maxLength={FIELD_LIMITS.producer}
      />
      <fieldset className="metadata-group">
        <legend>{t('field.contact')}</legend>
        <MetadataTextField
          id={id('contact-name')}
          label={t('field.contact.name')}
          value={contact.name}
          onChange={(name) => setContact({ name })}
          issues={issues.filter((issue) => issue.field === 'contact' || issue.field === 'contact.name')}
          maxLength={FIELD_LIMITS.contactName}
        />
        <MetadataTextField
          id={id('contact-email')}
          label={t('field.contact.email')}
          type="email"
          value={contact.email}
          onChange={(email) => setContact({ email })}
          issues={issuesOf(issues, 'contact.email')}
          maxLength={FIELD_LIMITS.contactEmail}
        />
      </fieldset>
      <LicenceField
        id={id('licence')}
        catalogue={licences}
        value={values.licence}
        onChange={(licence) => onChange({ licence })}
        warnings={licenceWarnings}
        issues={issuesOf(issues, 'licence')}
      />
      <FrequencyField id={id('frequency')} value={values.frequency} onChange={(frequency) => onChange({ frequency })} issues={issuesOf(issues, 'frequency')} />
      <MetadataTextField
        id={id('spatial')}
        label={t('field.spatial')}
        hint={t('field.spatial.hint')}
        value={values.spatial}
        onChange={(spatial) => onChange({ spatial })}
        issues={issuesOf(issues, 'spatial')}
        maxLength={FIELD_LIMITS.spatial}
      />
      <LanguageField id={id('language')} value={values.language} onChange={(language) => onChange({ language })} issues={issuesOf(issues, 'language')} />
      <MetadataTextField
        id={id('source')}
        label={t('field.source')}
        hint={t('field.source.hint')}
        value={values.source}
        onChange={(source) => onChange({ source })}
        issues={issuesOf(issues, 'source')}
        maxLength={FIELD_LIMITS.source}
      />
    </>
  );
}
