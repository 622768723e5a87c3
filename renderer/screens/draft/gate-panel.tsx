import type { GateProblem } from '../../../shared/decisions/gate-rules.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { decisionCardId } from './decision-card.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { categoryKey, reviewCatalogue } from './review-catalogue.js';

/** The id of a column's name field in « Noms des colonnes publiées ». */
export function renameFieldId(columnIndex: number): string {
  return `rename-column-${columnIndex}`;
}

/** Where « Aller à la colonne » takes the clerk for a problem: its decision card, or its name field. */
function targetOf(problem: GateProblem): string | null {
  if (problem.code === 'gate.no-columns') return null;
  return problem.code === 'gate.duplicate-column-name' ? renameFieldId(problem.columnIndex) : decisionCardId(problem.columnIndex);
}

/**
 * What stands in the way of an export, each problem in one plain sentence with a way to the
 * column concerned. Main checks the same rules again before writing anything (`assertReadyForExport`).
 */
export function GatePanel({ problems }: { problems: GateProblem[] }) {
  const t = useCatalogue(decisionsCatalogue);
  const categories = useCatalogue(reviewCatalogue);

  const sentence = (problem: GateProblem): string => {
    if (problem.code === 'gate.no-columns') return t('gate.no-columns');
    if (problem.code === 'gate.undecided') {
      const names = problem.categories.map((category) => categories(categoryKey(category))).join(', ');
      return t('gate.undecided', { column: problem.columnName, categories: names });
    }
    return t(problem.code, { column: problem.columnName });
  };

  return (
    <section className={problems.length === 0 ? 'gate-panel ready' : 'gate-panel blocked'} aria-labelledby="gate-title">
      <h3 id="gate-title">{t('gate')}</h3>
      <div role="status" aria-live="polite">
        {problems.length === 0 ? <p>{t('gate.ready')}</p> : <p>{t('gate.count', { count: problems.length })}</p>}
      </div>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => {
            const target = targetOf(problem);
            return (
              <li key={`${problem.code}-${'columnIndex' in problem ? problem.columnIndex : index}`}>
                <span>{sentence(problem)}</span>{' '}
                {target && (
                  <button type="button" className="link-button" onClick={() => document.getElementById(target)?.focus()}>
                    {t('gate.go')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
