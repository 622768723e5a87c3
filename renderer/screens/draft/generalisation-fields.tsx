import { useId } from 'react';
import type { GeneralisationKind, GeneralisationRule } from '../../../shared/decisions/column-decision.js';
import { GENERALISATION_KINDS } from '../../../shared/decisions/column-decision.js';
import { GENERALISATION_EXPLANATIONS } from '../../../shared/decisions/decision-explanations.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { ruleOfKind } from './decision-defaults.js';
import { decisionsCatalogue } from './decisions-catalogue.js';

interface GeneralisationFieldsProps {
  rule: GeneralisationRule;
  onChange: (rule: GeneralisationRule) => void;
}

/** Reads a whole number typed in a field, within bounds; null when it is not one. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * « Généraliser »: the rule (with its explanation beside it) and its parameter — band width and
 * reference date of an age band, decimals kept of coordinates, threshold of small counts.
 */
export function GeneralisationFields({ rule, onChange }: GeneralisationFieldsProps) {
  const t = useCatalogue(decisionsCatalogue);
  const { locale } = useI18n();
  const id = useId();
  const explanation = GENERALISATION_EXPLANATIONS[rule.kind].explanation[locale];

  return (
    <div className="generalisation">
      <label htmlFor={`${id}-rule`}>{t('rule')}</label>
      <select
        id={`${id}-rule`}
        value={rule.kind}
        aria-describedby={`${id}-explanation`}
        onChange={(event) => onChange(ruleOfKind(event.target.value as GeneralisationKind))}
      >
        {GENERALISATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>{GENERALISATION_EXPLANATIONS[kind].label[locale]}</option>
        ))}
      </select>
      <p id={`${id}-explanation`} className="choice-explanation">{explanation}</p>
      {rule.kind === 'age-band' && (
        <div className="rule-parameters">
          <label>
            {t('rule.width')}
            <select value={rule.width} onChange={(event) => onChange({ ...rule, width: event.target.value === '5' ? 5 : 10 })}>
              {[5, 10].map((width) => (
                <option key={width} value={width}>{t('rule.width.value', { width })}</option>
              ))}
            </select>
          </label>
          <label>
            {t('rule.referenceDate')}
            <input
              type="date"
              value={rule.referenceDate}
              onChange={(event) => /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) && onChange({ ...rule, referenceDate: event.target.value })}
            />
          </label>
        </div>
      )}
      {rule.kind === 'coordinates' && (
        <div className="rule-parameters">
          <label>
            {t('rule.decimals')}
            <select value={rule.decimals} onChange={(event) => onChange({ ...rule, decimals: Number(event.target.value) })}>
              {[0, 1, 2, 3, 4].map((decimals) => (
                <option key={decimals} value={decimals}>{decimals}</option>
              ))}
            </select>
          </label>
        </div>
      )}
      {rule.kind === 'small-count' && (
        <div className="rule-parameters">
          <label>
            {t('rule.threshold')}
            <input
              type="number"
              min={2}
              max={1000}
              defaultValue={rule.threshold}
              key={rule.threshold}
              onBlur={(event) => {
                const threshold = wholeNumber(event.target.value, 2, 1000);
                if (threshold !== null && threshold !== rule.threshold) onChange({ ...rule, threshold });
              }}
            />
          </label>
        </div>
      )}
    </div>
  );
}
