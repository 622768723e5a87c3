import { useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';
import type { OrganisationDefaults, OrganisationTemplate } from '../../../shared/metadata/organisation-template.js';
import { TEMPLATE_FIELDS } from '../../../shared/metadata/organisation-template.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';

interface TemplatePickerProps {
  templates: readonly OrganisationTemplate[];
  /** Receives the template's members, to lay over the description. */
  onApply: (patch: Partial<DatasetMetadata>) => void;
  onError: (error: AppErrorPayload) => void;
}

/** Only the members a template fills: the title, description, period and dates stay the clerk's. */
function templatePart(metadata: DatasetMetadata): Partial<DatasetMetadata> {
  const patch: Partial<Record<keyof OrganisationDefaults, unknown>> = {};
  for (const field of TEMPLATE_FIELDS) patch[field] = metadata[field];
  return patch as Partial<DatasetMetadata>;
}

/**
 * « Appliquer le modèle »: lays an organisation template (producer, contact, licence, themes,
 * keywords, frequency, coverage, language, source) over the description, as main fills a new draft.
 */
export function TemplatePicker({ templates, onApply, onError }: TemplatePickerProps) {
  const t = useCatalogue(describeCatalogue);
  const [chosen, setChosen] = useState<number | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  if (templates.length === 0) return <p className="muted small template-picker">{t('template.empty')}</p>;

  const apply = async () => {
    const template = templates.find((each) => each.templateId === chosen);
    if (!template) return;
    const result = await api['metadata:new-draft']({ templateId: template.templateId });
    if (!result.ok) return onError(result.error);
    onApply(templatePart(result.value));
    setApplied(template.name);
  };

  return (
    <div className="template-picker">
      <label htmlFor="describe-template">{t('template.label')}</label>
      <select
        id="describe-template"
        value={chosen ?? ''}
        onChange={(event) => {
          setChosen(event.target.value === '' ? null : Number(event.target.value));
          setApplied(null);
        }}
      >
        <option value="">{t('template.none')}</option>
        {templates.map((template) => (
          <option key={template.templateId} value={template.templateId}>
            {template.isDefault ? t('template.default', { name: template.name }) : template.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={chosen === null} onClick={() => void apply()}>{t('template.apply')}</button>
      <p role="status" className="small">{applied && t('template.applied', { name: applied })}</p>
    </div>
  );
}
