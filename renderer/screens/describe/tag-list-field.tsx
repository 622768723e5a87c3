import { useState } from 'react';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';
import { FieldIssues, describedBy, itemIndexOf } from './field-issues.js';

interface TagListFieldProps {
  /** Id of the text input that adds an item; the summary of issues moves focus to it. */
  id: string;
  label: string;
  newLabel: string;
  addLabel: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  issues: readonly MetadataIssue[];
  maxItems: number;
  maxLength: number;
  /** Values offered as the clerk types (a `datalist`). */
  suggestions?: readonly string[];
}

/**
 * A list of short texts (keywords, themes): each item with its « Retirer » button, a text field
 * that adds one on Enter or with « Ajouter ». Errors on an item (a keyword CKAN refuses) name it.
 */
export function TagListField({ id, label, newLabel, addLabel, values, onChange, issues, maxItems, maxLength, suggestions }: TagListFieldProps) {
  const t = useCatalogue(describeCatalogue);
  const [text, setText] = useState('');
  const full = values.length >= maxItems;
  const invalidItems = new Set(issues.map(itemIndexOf).filter((index): index is number => index !== null));
  const invalid = issues.length > 0;

  const add = () => {
    const value = text.trim();
    if (value === '' || full) return;
    onChange([...values, value]);
    setText('');
  };

  return (
    <fieldset className="metadata-field tag-list" aria-describedby={invalid ? `${id}-issues` : undefined}>
      <legend>{label}</legend>
      {values.length === 0 ? (
        <p className="muted small">{t('field.list.empty')}</p>
      ) : (
        <ul className="tags">
          {values.map((value, index) => (
            <li key={`${index} ${value}`} className={invalidItems.has(index) ? 'tag-item invalid' : 'tag-item'}>
              <span>{value}</span>
              <button type="button" aria-label={t('field.list.remove', { value })} onClick={() => onChange(values.filter((_, at) => at !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-add">
        <label htmlFor={id} className="sr-only">{newLabel}</label>
        <input
          id={id}
          type="text"
          value={text}
          maxLength={maxLength}
          placeholder={newLabel}
          disabled={full}
          list={suggestions ? `${id}-suggestions` : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, full, invalid)}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add} disabled={full || text.trim() === ''}>{addLabel}</button>
      </div>
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => <option key={suggestion} value={suggestion} />)}
        </datalist>
      )}
      {full && <p id={`${id}-hint`} className="muted small">{t('field.list.full', { count: maxItems })}</p>}
      <FieldIssues fieldId={id} issues={issues} items={values} />
    </fieldset>
  );
}
