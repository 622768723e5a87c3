import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { FieldIssues, describedBy } from './field-issues.js';

interface MetadataTextFieldProps {
  /** The input's id; the summary of issues moves focus to it. */
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  issues: readonly MetadataIssue[];
  /** The cap of the API's request schema, so that no keystroke can make a save fail. */
  maxLength: number;
  multiline?: boolean;
  type?: 'text' | 'email' | 'date';
  required?: boolean;
}

/**
 * A labelled metadata field with its hint and its errors: `aria-invalid` and `aria-describedby`
 * tell a screen reader what is wrong as the sighted clerk sees it in red below.
 */
export function MetadataTextField({ id, label, hint, value, onChange, issues, maxLength, multiline, type = 'text', required }: MetadataTextFieldProps) {
  const invalid = issues.length > 0;
  const common = {
    id,
    value,
    maxLength,
    required,
    'aria-invalid': invalid,
    'aria-describedby': describedBy(id, hint !== undefined, invalid),
  };
  return (
    <div className="metadata-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && <p id={`${id}-hint`} className="muted small">{hint}</p>}
      <FieldIssues fieldId={id} issues={issues} />
    </div>
  );
}
