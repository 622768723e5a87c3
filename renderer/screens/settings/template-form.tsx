import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { LicenceWarning } from '../../../shared/licences/catalogue.js';
import type { OrganisationTemplate, OrganisationTemplateInput } from '../../../shared/metadata/organisation-template.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describedBy } from '../describe/field-issues.js';
import type { LicenceCatalogue } from '../describe/licence-field.js';
import { OrganisationFields } from '../describe/organisation-fields.js';
import { settingsCatalogue } from './settings-catalogue.js';

interface TemplateFormProps {
  /** The template edited, or null for a new one. */
  template: OrganisationTemplate | null;
  licences: LicenceCatalogue;
  onSaved: (template: OrganisationTemplate) => void;
  onCancel: () => void;
}

function inputOf(template: OrganisationTemplate | null, defaultLicenceId: string): OrganisationTemplateInput {
  if (!template) {
    return {
      name: '', isDefault: false, producer: '', contact: null, licence: defaultLicenceId, themes: [], keywords: [],
      frequency: 'unknown', spatial: '', language: 'fr', source: '',
    };
  }
  const { templateId, name, isDefault, producer, contact, licence, themes, keywords, frequency, spatial, language, source } = template;
  return { templateId, name, isDefault, producer, contact, licence, themes, keywords, frequency, spatial, language, source };
}

/**
 * A template's form: its name, whether new drafts get it, and the metadata it fills, with the same
 * fields as the description. Main checks the values by the description's rules and refuses to save
 * a template whose values a description could not keep; each refusal shows next to its field.
 */
export function TemplateForm({ template, licences, onSaved, onCancel }: TemplateFormProps) {
  const t = useCatalogue(settingsCatalogue);
  const [values, setValues] = useState<OrganisationTemplateInput>(() => inputOf(template, licences.defaultLicenceId));
  const [issues, setIssues] = useState<MetadataIssue[]>([]);
  const [warnings, setWarnings] = useState<LicenceWarning[]>([]);
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let current = true;
    void api['metadata:licence-warnings']({ licenceId: values.licence }).then((result) => current && result.ok && setWarnings(result.value));
    return () => {
      current = false;
    };
  }, [values.licence]);

  const save = async () => {
    const blank = values.name.trim() === '';
    setNameMissing(blank);
    setFailure(null);
    if (blank) return document.getElementById('template-name')?.focus();
    setSaving(true);
    const result = await api['metadata:save-template']({ template: { ...values, name: values.name.trim() } });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setIssues(result.value.issues);
    if (result.value.template) onSaved(result.value.template);
  };

  return (
    <form
      className="template-form settings-form"
      aria-labelledby="template-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="template-form-title" ref={heading} tabIndex={-1}>
        {template ? t('template.form.edit', { name: template.name }) : t('template.form.new')}
      </h3>
      {failure && <ErrorBanner error={failure} />}
      {issues.length > 0 && <p className="field-error" role="alert">{t('template.refused', { count: issues.length })}</p>}
      <div className="metadata-field">
        <label htmlFor="template-name">{t('template.name')}</label>
        <input
          id="template-name"
          type="text"
          value={values.name}
          maxLength={200}
          required
          aria-invalid={nameMissing}
          aria-describedby={describedBy('template-name', true, nameMissing)}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
        />
        <p id="template-name-hint" className="muted small">{t('template.name.hint')}</p>
        {nameMissing && <ul id="template-name-issues" className="field-issues"><li>{t('template.name.missing')}</li></ul>}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={values.isDefault} onChange={(event) => setValues({ ...values, isDefault: event.target.checked })} />
        {t('template.isDefault')}
      </label>
      <OrganisationFields
        idPrefix="template"
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        issues={issues}
        licences={licences}
        licenceWarnings={warnings}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('template.save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
