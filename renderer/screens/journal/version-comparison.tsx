import { useEffect, useRef } from 'react';
import type { ColumnSetChange, VersionComparison } from '../../../shared/history/compare-versions.js';
import type { JsonValue, RecordedDecision } from '../../../shared/history/publication-record.js';
import { intlLocale } from '../../../shared/i18n/error-messages.js';
import { api } from '../../api/api.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { compareCatalogue } from './compare-catalogue.js';
import { parameterText } from './detail-decisions.js';
import { ColumnNames } from './detail-facts.js';
import { DetailSection, RecordTable } from './detail-parts.js';
import { HistoryFailure } from './history-failure.js';
import { useJournalLabel } from './journal-labels.js';
import { useHistoryCall } from './use-history-call.js';

interface VersionComparisonViewProps {
  firstId: number;
  secondId: number;
  revision: number;
  onBack: () => void;
  onRestored: () => void;
}

/** « Comparer »: what changed from one version of a dataset to another. */
export function VersionComparisonView({ firstId, secondId, revision, onBack, onRestored }: VersionComparisonViewProps) {
  const t = useCatalogue(compareCatalogue);
  const comparison = useHistoryCall(`${firstId}:${secondId}:${revision}`, () => api['history:compare']({ firstId, secondId }));
  return (
    <article className="version-comparison">
      <button type="button" onClick={onBack}>← {t('back')}</button>
      {comparison.error && <HistoryFailure error={comparison.error} onRestored={onRestored} />}
      {!comparison.value && !comparison.error && <p className="muted" role="status">{t('loading')}</p>}
      {comparison.value && <ComparisonBody comparison={comparison.value} />}
    </article>
  );
}

function ComparisonBody({ comparison }: { comparison: VersionComparison }) {
  const t = useCatalogue(compareCatalogue);
  const label = useJournalLabel();
  const { date, number, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const signed = new Intl.NumberFormat(intlLocale(locale), { signDisplay: 'exceptZero' });
  const { older, newer } = comparison;
  const before = t('before', { version: older.version });
  const after = t('after', { version: newer.version });

  const decisionText = (decision: RecordedDecision | null) => {
    if (decision === null) return <em>{t('decision.none')}</em>;
    const parts = [parameterText(decision.parameter), decision.justification ?? '', decision.legalBasis ?? ''].filter((part) => part !== '');
    return (
      <>
        <strong>{label('action', decision.action)}</strong>
        {parts.map((part, index) => (
          <span key={index} className="decision-part">{part}</span>
        ))}
      </>
    );
  };
  const valueText = (value: JsonValue) => (isEmptyValue(value) ? <em>{t('empty')}</em> : jsonText(value));

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('heading', { older: older.version, olderDate: date(older.recordedAt), newer: newer.version, newerDate: date(newer.recordedAt) })}
      </h2>
      {!comparison.sameDataset && <p className="journal-warning">{t('notSameDataset')}</p>}
      <p>{comparison.sourceChanged ? t('source.changed') : t('source.same')}</p>
      <DetailSection title={t('counts')}>
        <RecordTable
          caption={t('counts')}
          headers={[t('counts.what'), t('counts.before', { version: older.version }), t('counts.after', { version: newer.version }), t('counts.change')]}
          rows={[
            [t('rows'), number(comparison.rows.before), number(comparison.rows.after), signed.format(comparison.rows.change)],
            [t('columns'), number(comparison.columns.before), number(comparison.columns.after), signed.format(comparison.columns.change)],
          ]}
          empty=""
        />
      </DetailSection>
      <div className="detail-columns">
        <DetailSection title={t('sourceColumns')}>
          <ColumnSetChanges change={comparison.sourceColumns} />
        </DetailSection>
        <DetailSection title={t('publishedColumns')}>
          <ColumnSetChanges change={comparison.publishedColumns} />
        </DetailSection>
      </div>
      <DetailSection title={t('decisions')}>
        <RecordTable
          caption={t('decisions')}
          headers={[t('column'), before, after]}
          rows={comparison.decisions.map((change) => [change.columnName, decisionText(change.before), decisionText(change.after)])}
          empty={t('decisions.none')}
        />
      </DetailSection>
      <DetailSection title={t('metadata')}>
        <RecordTable
          caption={t('metadata')}
          headers={[t('field'), before, after]}
          rows={comparison.metadata.map((change) => [label('field', change.field), valueText(change.before), valueText(change.after)])}
          empty={t('metadata.none')}
        />
      </DetailSection>
    </>
  );
}

/** Columns that appeared and went away, or a sentence when the set is the same. */
function ColumnSetChanges({ change }: { change: ColumnSetChange }) {
  const t = useCatalogue(compareCatalogue);
  if (change.added.length === 0 && change.removed.length === 0) return <p className="muted">{t('columns.unchanged')}</p>;
  return (
    <>
      {change.added.length > 0 && (
        <div className="columns-added">
          <h4>{t('columns.added', { count: change.added.length })}</h4>
          <ColumnNames names={change.added} />
        </div>
      )}
      {change.removed.length > 0 && (
        <div className="columns-removed">
          <h4>{t('columns.removed', { count: change.removed.length })}</h4>
          <ColumnNames names={change.removed} />
        </div>
      )}
    </>
  );
}

function isEmptyValue(value: JsonValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A metadata value as the clerk typed it: lists joined, objects as their filled parts. */
function jsonText(value: JsonValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(jsonText).join(', ');
  if (typeof value === 'object') return Object.values(value).filter((part) => !isEmptyValue(part)).map(jsonText).join(' — ');
  return String(value);
}
