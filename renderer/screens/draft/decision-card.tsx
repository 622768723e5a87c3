import { useId } from 'react';
import type { ColumnDecision } from '../../../shared/decisions/column-decision.js';
import { DECISION_KINDS, isWrittenJustification, MIN_JUSTIFICATION_LENGTH } from '../../../shared/decisions/column-decision.js';
import { DECISION_EXPLANATIONS } from '../../../shared/decisions/decision-explanations.js';
import { decisionSummary } from '../../../shared/decisions/decision-summary.js';
import type { FlaggedColumn } from '../../../shared/decisions/gate-rules.js';
import type { LegalBasisId } from '../../../shared/decisions/legal-bases.js';
import { LEGAL_BASES, legalBasisById } from '../../../shared/decisions/legal-bases.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { CommittedTextField } from './committed-text-field.js';
import { decisionOfKind } from './decision-defaults.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { GeneralisationFields } from './generalisation-fields.js';
import { categoryKey, reviewCatalogue } from './review-catalogue.js';

interface DecisionCardProps {
  column: FlaggedColumn;
  decision: ColumnDecision | undefined;
  /** Records the decision (null removes it); each call is one step of the undo history. */
  onDecide: (decision: ColumnDecision | null) => void;
}

/** The id of a column's card heading, for « Aller à la colonne ». */
export function decisionCardId(columnIndex: number): string {
  return `decision-column-${columnIndex}`;
}

/**
 * One flagged column: why it was flagged, the six choices each with its French explanation
 * beside it, and what the chosen one needs — the rule of « généraliser », the written
 * justification and legal basis of « conserver », the justification and warning of
 * « pseudonymiser » (pseudonymised data stay personal data, RGPD art. 4(5)).
 */
export function DecisionCard({ column, decision, onDecide }: DecisionCardProps) {
  const t = useCatalogue(decisionsCatalogue);
  const categories = useCatalogue(reviewCatalogue);
  const { locale } = useI18n();
  const id = useId();
  const why = column.categories.map((category) => categories(categoryKey(category))).join(', ');
  const justification = decision?.kind === 'keep' || decision?.kind === 'pseudonymise' ? decision.justification : null;
  const missing = justification !== null && !isWrittenJustification(justification);

  return (
    <section className={`decision-card${decision ? ' decided' : ' undecided'}`} aria-labelledby={decisionCardId(column.columnIndex)}>
      <header>
        <h3 id={decisionCardId(column.columnIndex)} tabIndex={-1}>{t('column', { name: column.columnName })}</h3>
        <span className={decision ? 'tag tag-decided' : 'tag tag-undecided'}>
          {decision ? decisionSummary(decision)[locale] : t('column.undecided')}
        </span>
      </header>
      <p className="muted small">{t('column.why', { categories: why })}</p>
      <fieldset className="choices">
        <legend>{t('choices', { name: column.columnName })}</legend>
        {DECISION_KINDS.map((kind) => (
          <div key={kind} className={`choice${decision?.kind === kind ? ' chosen' : ''}`}>
            <input
              type="radio"
              id={`${id}-${kind}`}
              name={`${id}-kind`}
              checked={decision?.kind === kind}
              aria-describedby={`${id}-${kind}-explanation`}
              onChange={() => onDecide(decisionOfKind(kind, column.categories, decision))}
            />
            <label htmlFor={`${id}-${kind}`} className="choice-label">{DECISION_EXPLANATIONS[kind].label[locale]}</label>
            <p id={`${id}-${kind}-explanation`} className="choice-explanation">{DECISION_EXPLANATIONS[kind].explanation[locale]}</p>
          </div>
        ))}
      </fieldset>
      {decision?.kind === 'generalise' && <GeneralisationFields rule={decision.rule} onChange={(rule) => onDecide({ kind: 'generalise', rule })} />}
      {decision?.kind === 'pseudonymise' && <p className="warning" role="note">{t('pseudonymise.warning')}</p>}
      {(decision?.kind === 'keep' || decision?.kind === 'pseudonymise') && (
        <CommittedTextField
          key={`${decision.kind}:${decision.justification}`}
          label={t('justification')}
          hint={t('justification.hint', { min: MIN_JUSTIFICATION_LENGTH })}
          value={decision.justification}
          multiline
          invalid={missing}
          onCommit={(text) => onDecide({ ...decision, justification: text })}
        />
      )}
      {missing && <p className="field-error">{t('justification.missing')}</p>}
      {decision?.kind === 'keep' && <LegalBasisField value={decision.legalBasis} onChange={(legalBasis) => onDecide({ ...decision, legalBasis })} />}
      {decision && (
        <button type="button" className="link-button" onClick={() => onDecide(null)}>
          {t('clear')}
        </button>
      )}
    </section>
  );
}

/** The legal basis of « conserver », from the closed list, with what it never covers. */
function LegalBasisField({ value, onChange }: { value: LegalBasisId | null; onChange: (basis: LegalBasisId | null) => void }) {
  const t = useCatalogue(decisionsCatalogue);
  const { locale } = useI18n();
  const id = useId();
  const limits = value ? legalBasisById(value)?.limits : null;
  return (
    <div className="legal-basis">
      <label htmlFor={id}>{t('legalBasis')}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={limits ? `${id}-limits` : undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : (legalBasisById(event.target.value)?.id ?? null))}
      >
        <option value="">{t('legalBasis.none')}</option>
        {LEGAL_BASES.map((basis) => (
          <option key={basis.id} value={basis.id}>
            {basis.reference} — {basis.label[locale]}
          </option>
        ))}
      </select>
      {limits && <p id={`${id}-limits`} className="muted small">{t('legalBasis.limits', { limits: limits[locale] })}</p>}
    </div>
  );
}
