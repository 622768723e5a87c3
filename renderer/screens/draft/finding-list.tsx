import type { KeyboardEvent } from 'react';
import type { FindingDismissal } from '../../../shared/decisions/draft-content.js';
import type { PersonalDataFinding } from '../../../shared/detect/finding.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { categoryKey, reviewCatalogue } from './review-catalogue.js';

/** The key of a finding: one category on one column. */
export function findingKey(finding: Pick<PersonalDataFinding, 'columnIndex' | 'category'>): string {
  return `${finding.columnIndex}:${finding.category}`;
}

/** The clerk's dismissal of this finding, if any. */
export function dismissalOf(dismissals: readonly FindingDismissal[], finding: PersonalDataFinding): FindingDismissal | undefined {
  return dismissals.find((d) => d.columnIndex === finding.columnIndex && d.category === finding.category);
}

interface FindingListProps {
  findings: PersonalDataFinding[];
  dismissals: FindingDismissal[];
  selected: string | null;
  onSelect: (key: string) => void;
}

/**
 * The findings, one button each (column, kind, « à examiner » or « écarté »). Tab reaches the
 * list; the arrow keys, Home and End move between findings and select them.
 */
export function FindingList({ findings, dismissals, selected, onSelect }: FindingListProps) {
  const t = useCatalogue(reviewCatalogue);

  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-finding]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown' ? buttons[Math.min(buttons.length - 1, at + 1)]
      : event.key === 'ArrowUp' ? buttons[Math.max(0, at - 1)]
      : event.key === 'Home' ? buttons[0]
      : event.key === 'End' ? buttons.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
    onSelect(target.dataset.finding ?? '');
  };

  return (
    <section className="finding-list" aria-labelledby="finding-list-title">
      <h3 id="finding-list-title">
        {t('list')} <span className="muted small">({t('list.count', { count: findings.length })})</span>
      </h3>
      <ul onKeyDown={move}>
        {findings.map((finding) => {
          const key = findingKey(finding);
          const dismissed = dismissalOf(dismissals, finding) !== undefined;
          return (
            <li key={key}>
              <button
                type="button"
                data-finding={key}
                className={`finding-button confidence-${finding.confidence}${dismissed ? ' dismissed' : ''}`}
                aria-pressed={key === selected}
                onClick={() => onSelect(key)}
              >
                <span className="finding-column">{finding.columnName}</span>
                <span className="finding-category">{t(categoryKey(finding.category))}</span>
                {dismissed ? (
                  <span className="tag tag-dismissed">{t('item.dismissed')}</span>
                ) : (
                  finding.confidence === 'low' && <span className="tag tag-review">{t('item.review')}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
