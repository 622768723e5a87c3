import { useId, useState } from 'react';

interface CommittedTextFieldProps {
  label: string;
  hint?: string;
  /** The value main saved; the field starts from it. */
  value: string;
  multiline?: boolean;
  invalid?: boolean;
  placeholder?: string;
  id?: string;
  /** Saves the typed text; called when the field loses focus (or on Enter in one line) and the text changed. */
  onCommit: (text: string) => void;
}

/**
 * A text field whose text is saved when the clerk leaves it, not on every key: each save is one
 * step of the undo history, so a justification typed in one go is undone in one go. Give it a
 * `key` made of the saved value, so an undo or redo shows the text it brings back.
 */
export function CommittedTextField({ label, hint, value, multiline, invalid, placeholder, id, onCommit }: CommittedTextFieldProps) {
  const [text, setText] = useState(value);
  const generated = useId();
  const fieldId = id ?? generated;
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = {
    id: fieldId,
    value: text,
    placeholder,
    'aria-invalid': invalid ?? false,
    'aria-describedby': hint ? `${fieldId}-hint` : undefined,
    onBlur: commit,
  };
  return (
    <div className="text-field">
      <label htmlFor={fieldId}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => setText(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
      )}
      {hint && <p id={`${fieldId}-hint`} className="muted small">{hint}</p>}
    </div>
  );
}
