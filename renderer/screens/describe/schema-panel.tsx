import { useEffect, useMemo, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { OfficialSchemaSummary } from '../../../shared/api/metadata-api.js';
import { planOutputColumns } from '../../../shared/decisions/output-plan.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';
import type { SchemaSuggestion } from '../../../shared/table-schema/suggest-schemas.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { schemaCatalogue } from './schema-catalogue.js';
import type { CellPosition } from './schema-report.js';
import { SchemaReportView } from './schema-report.js';
import { useSchemaCheck } from './use-schema-check.js';

interface SchemaPanelProps {
  draft: DraftView;
  chosen: DatasetMetadata['schema'];
  onChoose: (schema: DatasetMetadata['schema']) => void;
  onShowCell?: (cell: CellPosition) => void;
}

const keyOf = (schema: { name: string; version: string }) => `${schema.name}@${schema.version}`;

/**
 * « Schéma de données officiel »: the bundled schemas, the one the column names suggest, the choice
 * recorded in the description (`schema: { name, version }`), and the check of the published file
 * against it, with its progress and its report.
 */
export function SchemaPanel({ draft, chosen, onChoose, onShowCell }: SchemaPanelProps) {
  const t = useCatalogue(schemaCatalogue);
  const [schemas, setSchemas] = useState<OfficialSchemaSummary[]>([]);
  const [suggestion, setSuggestion] = useState<SchemaSuggestion | null>(null);
  const check = useSchemaCheck(draft.draftId);
  const columns = useMemo(() => planOutputColumns(draft.columns, draft.decisions.present).map((column) => column.name), [draft.columns, draft.decisions.present]);
  const headerKey = columns.join('\u0000');

  useEffect(() => {
    void api['metadata:schemas']({}).then((result) => result.ok && setSchemas(result.value));
  }, []);

  useEffect(() => {
    const headers = headerKey === '' ? [] : headerKey.split('\u0000');
    void api['metadata:suggest-schemas']({ headers }).then((result) => result.ok && setSuggestion(result.value[0] ?? null));
  }, [headerKey]);

  const chosenSummary = chosen ? schemas.find((schema) => keyOf(schema) === keyOf(chosen)) : undefined;
  const report = check.check;
  const running = report?.status === 'running';
  const blocked = draft.gate.length > 0;
  const reportIsOther = report && chosen && keyOf(report.schema) !== keyOf(chosen);
  const titleOf = (schema: { name: string; version: string }) => schemas.find((each) => keyOf(each) === keyOf(schema))?.title ?? schema.name;

  return (
    <section className="schema-panel" aria-labelledby="schema-title">
      <h3 id="schema-title">{t('title')}</h3>
      <p className="muted small">{t('intro')}</p>
      {suggestion && (!chosen || chosen.name !== suggestion.name) && (
        <p className="schema-suggestion">
          {t('suggested', { title: suggestion.title, matched: suggestion.matched, fields: suggestion.fields })}{' '}
          <button type="button" onClick={() => onChoose({ name: suggestion.name, version: suggestion.version })}>
            {t('suggested.choose', { title: suggestion.title })}
          </button>
        </p>
      )}
      <div className="metadata-field">
        <label htmlFor="describe-schema">{t('label')}</label>
        <select
          id="describe-schema"
          value={chosen ? keyOf(chosen) : ''}
          onChange={(event) => {
            const schema = schemas.find((each) => keyOf(each) === event.target.value);
            onChoose(schema ? { name: schema.name, version: schema.version } : null);
          }}
        >
          <option value="">{t('none')}</option>
          {chosen && !chosenSummary && <option value={keyOf(chosen)}>{chosen.name}</option>}
          {schemas.map((schema) => (
            <option key={keyOf(schema)} value={keyOf(schema)}>{t('option', { title: schema.title, version: schema.version })}</option>
          ))}
        </select>
      </div>
      {chosen && !running && (
        <p>
          <button type="button" disabled={blocked} aria-describedby={blocked ? 'schema-blocked' : undefined} onClick={() => void check.start(chosen.name, chosen.version)}>
            {report && !reportIsOther ? t('check.again') : t('check')}
          </button>
        </p>
      )}
      {chosen && blocked && <p id="schema-blocked" className="muted small">{t('check.blocked')}</p>}
      {running && (
        <div className="reading">
          <ProgressBar
            label={check.progress.total > 0 ? t('running.total', { done: check.progress.done, total: check.progress.total }) : t('running', { done: check.progress.done })}
            value={check.progress.total > 0 ? Math.min(100, Math.round((check.progress.done / check.progress.total) * 100)) : null}
          />
          <button type="button" onClick={check.cancel}>{t('cancel')}</button>
        </div>
      )}
      {check.error && <ErrorBanner error={check.error} />}
      {report?.status === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {report?.status === 'failed' && !check.error && <p role="alert" className="field-error">{t('failed')}</p>}
      {report?.status === 'done' && report.report && (
        <>
          {reportIsOther && <p className="muted small">{t('other-schema', { name: titleOf(report.schema), version: report.schema.version })}</p>}
          <SchemaReportView report={report.report} title={titleOf(report.schema)} columns={columns} {...(onShowCell ? { onShowCell } : {})} />
        </>
      )}
    </section>
  );
}
