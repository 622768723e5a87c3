import { useId, useState } from 'react';
import { isWrittenJustification, MIN_JUSTIFICATION_LENGTH } from '../../../shared/decisions/column-decision.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { reviewCatalogue } from './review-catalogue.js';

interface DismissalFormProps {
  columnName: string;
  /** Records the dismissal; false when main refused it (the reason stays typed). */
  onDismiss: (reason: string) => Promise<boolean>;
}

/**
 * « Écarter ce signalement »: the clerk says why it is not personal data. The reason must be
 * written (as a justification is, `isWrittenJustification`): a finding dismissed with « ok »
 * would still count as flagged, so the form refuses it before asking main.
 */
export function DismissalForm({ columnName, onDismiss }: DismissalFormProps) {
  const t = useCatalogue(reviewCatalogue);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [sending, setSending] = useState(false);
  const id = useId();

  const submit = async () => {
    if (!isWrittenJustification(reason)) {
      setTooShort(true);
      return;
    }
    setSending(true);
    await onDismiss(reason.trim());
    setSending(false);
  };

  return (
    <form
      className="dismissal-form"
      aria-label={t('dismiss.label', { column: columnName })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4>{t('dismiss')}</h4>
      <p className="muted small">{t('dismiss.intro')}</p>
      <label htmlFor={`${id}-reason`}>{t('dismiss.reason')}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={reason}
        aria-describedby={`${id}-hint${tooShort ? ` ${id}-error` : ''}`}
        aria-invalid={tooShort}
        onChange={(event) => {
          setReason(event.target.value);
          if (tooShort && isWrittenJustification(event.target.value)) setTooShort(false);
        }}
      />
      <p id={`${id}-hint`} className="muted small">{t('dismiss.hint', { min: MIN_JUSTIFICATION_LENGTH })}</p>
      {tooShort && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('dismiss.tooShort', { min: MIN_JUSTIFICATION_LENGTH })}
        </p>
      )}
      <button type="submit" disabled={sending}>{t('dismiss.submit')}</button>
    </form>
  );
}
