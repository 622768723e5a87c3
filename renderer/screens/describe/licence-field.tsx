import type { Licence, LicenceWarning } from '../../../shared/licences/catalogue.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';
import { FieldIssues, describedBy } from './field-issues.js';

/** The licence catalogue as `metadata:licences` gives it. */
export interface LicenceCatalogue {
  licences: Licence[];
  defaultLicenceId: string;
}

interface LicenceFieldProps {
  id: string;
  catalogue: LicenceCatalogue;
  value: string;
  onChange: (licenceId: string) => void;
  warnings: readonly LicenceWarning[];
  issues: readonly MetadataIssue[];
}

/**
 * The licence: the catalogue with the Licence Ouverte 2.0 marked as the default, the chosen
 * licence's two lines (what a reuser may do, what they must do) and its text, and the warnings a
 * choice deserves (outside the décret n° 2017-638 list, share-alike). Warnings never block.
 */
export function LicenceField({ id, catalogue, value, onChange, warnings, issues }: LicenceFieldProps) {
  const t = useCatalogue(describeCatalogue);
  const { locale } = useI18n();
  const chosen = catalogue.licences.find((licence) => licence.id === value);
  const invalid = issues.length > 0;
  return (
    <div className="metadata-field licence-field">
      <label htmlFor={id}>{t('field.licence')}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy(id, chosen !== undefined, invalid)}
        onChange={(event) => onChange(event.target.value)}
      >
        {!chosen && <option value={value}>{value}</option>}
        {catalogue.licences.map((licence) => (
          <option key={licence.id} value={licence.id}>
            {licence.id === catalogue.defaultLicenceId ? t('field.licence.default', { title: licence.title }) : licence.title}
          </option>
        ))}
      </select>
      {chosen && (
        <div id={`${id}-hint`} className="licence-summary">
          {(locale === 'en' ? chosen.summaryEn : chosen.summaryFr).map((line) => <p key={line}>{line}</p>)}
          {chosen.url && (
            <a href={chosen.url} target="_blank" rel="noreferrer noopener">{t('field.licence.link', { title: chosen.title })}</a>
          )}
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="licence-warnings">
          {warnings.map((warning) => (
            <li key={warning.code} className={`licence-warning ${warning.severity}`}>
              <strong>{t(`warning.${warning.severity}`)}</strong> {warning.message[locale]}
            </li>
          ))}
        </ul>
      )}
      <FieldIssues fieldId={id} issues={issues} />
    </div>
  );
}
