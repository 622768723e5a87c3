import type { ColumnProfile } from '../../../shared/api/files-api.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue-fr.js';

/** The profile of the selected column: type, empty cells, distinct values, extremes, histogram. */
export function ColumnProfilePanel({ column, rowCount }: { column: ColumnProfile | null; rowCount: number }) {
  const { t, number } = useI18n();
  if (!column) {
    return (
      <aside className="profile-panel" aria-label={t('preview.profile')}>
        <h2>{t('preview.profile')}</h2>
        <p className="muted">{t('preview.profile.none')}</p>
      </aside>
    );
  }
  const show = (value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? number(value) : value);
  const maxBar = Math.max(1, ...column.histogram.map((bar) => bar.count));
  return (
    <aside className="profile-panel" aria-label={t('preview.profile')}>
      <h2>{column.name}</h2>
      <dl>
        <dt>{t('preview.profile.type')}</dt>
        <dd>{t(`type.${column.type}` as MessageKey)}</dd>
        <dt>{t('preview.profile.empty')}</dt>
        <dd>{number(column.empty)} / {number(rowCount)}</dd>
        <dt>{t('preview.profile.distinct')}</dt>
        <dd>{column.distinctCapped ? t('preview.profile.distinctCapped', { count: column.distinct }) : number(column.distinct)}</dd>
        <dt>{t('preview.profile.min')}</dt>
        <dd>{show(column.min)}</dd>
        <dt>{t('preview.profile.max')}</dt>
        <dd>{show(column.max)}</dd>
      </dl>
      {column.top.length > 0 && (
        <>
          <h3>{t('preview.profile.top')}</h3>
          <ol className="top-values">
            {column.top.map((entry) => (
              <li key={entry.value}>
                <span className="value">{entry.value === '' ? '—' : entry.value}</span>
                <span className="count">{number(entry.count)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {column.histogram.length > 0 && (
        <>
          <h3>{t('preview.profile.histogram')}</h3>
          <ul className="histogram">
            {column.histogram.map((bar) => (
              <li key={bar.label} title={`${bar.label} : ${number(bar.count)}`}>
                <span className="bar-label">{bar.label}</span>
                <span className="bar" style={{ width: `${(bar.count / maxBar) * 100}%` }} />
                <span className="count">{number(bar.count)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
