import { UPDATE_FREQUENCIES } from '../../../shared/metadata/metadata-json-schema.js';
import type { UpdateFrequency } from '../../../shared/metadata/model.js';
import { OPENDATASOFT_LANGUAGES } from '../../../shared/metadata/portal-metadata-rules.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { intlLocale } from '../../../shared/i18n/error-messages.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';
import { FieldIssues, describedBy } from './field-issues.js';

interface ChoiceFieldProps<Value extends string> {
  id: string;
  value: Value;
  onChange: (value: Value) => void;
  issues: readonly MetadataIssue[];
}

/** The update frequency, from the model's vocabulary (udata's too). */
export function FrequencyField({ id, value, onChange, issues }: ChoiceFieldProps<UpdateFrequency>) {
  const t = useCatalogue(describeCatalogue);
  const invalid = issues.length > 0;
  return (
    <div className="metadata-field">
      <label htmlFor={id}>{t('field.frequency')}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy(id, false, invalid)}
        onChange={(event) => onChange(event.target.value as UpdateFrequency)}
      >
        {UPDATE_FREQUENCIES.map((frequency) => <option key={frequency} value={frequency}>{t(`frequency.${frequency}`)}</option>)}
      </select>
      <FieldIssues fieldId={id} issues={issues} />
    </div>
  );
}

/**
 * The language of the data: the languages every portal accepts (Opendatasoft's list is the
 * narrowest), named in the clerk's language, plus the current code if a template set another one.
 */
export function LanguageField({ id, value, onChange, issues }: ChoiceFieldProps<string>) {
  const t = useCatalogue(describeCatalogue);
  const { locale } = useI18n();
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' });
  const codes: string[] = [...OPENDATASOFT_LANGUAGES];
  if (!codes.includes(value)) codes.unshift(value);
  const invalid = issues.length > 0;
  return (
    <div className="metadata-field">
      <label htmlFor={id}>{t('field.language')}</label>
      <select id={id} value={value} aria-invalid={invalid} aria-describedby={describedBy(id, false, invalid)} onChange={(event) => onChange(event.target.value)}>
        {codes.map((code) => (
          <option key={code} value={code}>{code === '' ? '—' : `${languageName(names, code)} (${code})`}</option>
        ))}
      </select>
      <FieldIssues fieldId={id} issues={issues} />
    </div>
  );
}

function languageName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a language code Intl knows (a template typed by hand): show the code itself.
    return code;
  }
}
