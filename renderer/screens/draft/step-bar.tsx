import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { draftCatalogue } from './draft-catalogue.js';

/** The steps of a draft, in the order the clerk goes through them. */
export type DraftStep = 'source' | 'review' | 'decisions' | 'describe' | 'publish';

/** One step as the bar shows it: its name and, where useful, what is left to do there. */
export interface StepEntry {
  step: DraftStep;
  status?: string;
  /** Draws the clerk's eye: something there still needs them. */
  attention?: boolean;
}

interface StepBarProps {
  steps: StepEntry[];
  current: DraftStep;
  onSelect: (step: DraftStep) => void;
}

/**
 * The step bar of the draft workspace: an ordered list of buttons, the current one marked with
 * `aria-current="step"`; Tab and Enter or Space move between steps, as any button.
 */
export function StepBar({ steps, current, onSelect }: StepBarProps) {
  const t = useCatalogue(draftCatalogue);
  return (
    <nav className="step-bar" aria-label={t('steps')}>
      <ol>
        {steps.map((entry, index) => (
          <li key={entry.step}>
            <button
              type="button"
              className={`step-button${entry.step === current ? ' current' : ''}${entry.attention ? ' attention' : ''}`}
              aria-current={entry.step === current ? 'step' : undefined}
              onClick={() => onSelect(entry.step)}
            >
              <span className="step-number" aria-hidden="true">{index + 1}</span>
              <span className="step-name">{t(`step.${entry.step}`)}</span>
              {entry.status && <span className="step-status">{entry.status}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
