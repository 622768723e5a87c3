import { useId, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { KAnonymityReport } from '../../../shared/detect/k-anonymity.js';
import { DEFAULT_K_THRESHOLD, SENSITIVE_K_THRESHOLD } from '../../../shared/detect/k-anonymity.js';
import { intlLocale } from '../../../shared/i18n/error-messages.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { reviewCatalogue } from './review-catalogue.js';

/** At most this many quasi-identifiers at once (the scan's k-anonymity request allows 32). */
const MAX_COLUMNS = 32;

/** Grounds and kinds that make the data social, health or tax data about individuals. */
const SENSITIVE_GROUNDS = new Set(['crpa-l311-6-1-medical', 'crpa-l311-6-1-private-life']);

/**
 * The threshold the draft calls for: 11 for social, health or tax data about individuals
 * (DGFiP / INSEE practice, reference §6.7 and §9.2), 5 otherwise.
 */
export function defaultKThreshold(draft: Pick<DraftView, 'findings'>): number {
  const sensitive = draft.findings.some(
    (finding) => finding.category === 'tax-id' || (finding.category === 'protected' && SENSITIVE_GROUNDS.has(finding.legalGround ?? '')),
  );
  return sensitive ? SENSITIVE_K_THRESHOLD : DEFAULT_K_THRESHOLD;
}

/**
 * k-anonymity over the quasi-identifiers the clerk ticks (the scan's proposals ticked first):
 * k, the rows in groups below the threshold, the rows alone with their values and the smallest
 * groups, measured by main over the whole source file.
 */
export function KAnonymityPanel({ draft }: { draft: DraftView }) {
  const t = useCatalogue(reviewCatalogue);
  const { number, locale } = useI18n();
  const id = useId();
  const [picked, setPicked] = useState<number[]>(() => draft.quasiIdentifiers.slice(0, MAX_COLUMNS));
  const [threshold, setThreshold] = useState(() => defaultKThreshold(draft));
  const [measured, setMeasured] = useState<{ report: KAnonymityReport; columns: number[] } | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const fileId = draft.fileId;

  const toggle = (index: number, on: boolean) =>
    setPicked((previous) => (on ? [...previous, index].sort((a, b) => a - b).slice(0, MAX_COLUMNS) : previous.filter((each) => each !== index)));

  const compute = async () => {
    if (!fileId || picked.length === 0) return;
    setWorking(true);
    setFailure(null);
    const result = await api['scan:k-anonymity']({ fileId, options: draft.readOptions, columnIndexes: picked, threshold });
    setWorking(false);
    if (result.ok) setMeasured({ report: result.value, columns: picked });
    else setFailure(result.error);
  };

  const report = measured?.report ?? null;
  const percent = report && report.rows > 0
    ? new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format((report.rowsBelowThreshold / report.rows) * 100)
    : '0';

  return (
    <section className="k-anonymity" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('k.title')}</h3>
      <p className="muted small">{t('k.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void compute();
        }}
      >
        <fieldset className="k-columns">
          <legend>{t('k.columns')}</legend>
          {draft.columns.map((column) => (
            <label key={column.index}>
              <input
                type="checkbox"
                checked={picked.includes(column.index)}
                disabled={!picked.includes(column.index) && picked.length >= MAX_COLUMNS}
                onChange={(event) => toggle(column.index, event.target.checked)}
              />
              {column.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="k-threshold">
          <legend>{t('k.threshold')}</legend>
          {[DEFAULT_K_THRESHOLD, SENSITIVE_K_THRESHOLD].map((value) => (
            <label key={value}>
              <input type="radio" name={`${id}-threshold`} checked={threshold === value} onChange={() => setThreshold(value)} />
              {value === DEFAULT_K_THRESHOLD ? t('k.threshold.default') : t('k.threshold.sensitive')}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={working || picked.length === 0 || !fileId}>{t('k.compute')}</button>
        {picked.length === 0 && <span className="muted small"> {t('k.pick')}</span>}
      </form>
      <div role="status" className="k-result">
        {working && <p>{t('k.computing')}</p>}
        {!working && report && (
          <>
            <p className={report.rowsBelowThreshold > 0 ? 'k-risk' : 'k-ok'}>
              <strong>{t('k.result.k', { k: report.k })}</strong>
            </p>
            <p>{t('k.result.below', { rows: report.rowsBelowThreshold, threshold: report.threshold, percent })}</p>
            <p>{t('k.result.unique', { count: report.uniqueRows })} {t('k.result.groups', { groups: report.groups, rows: report.rows })}</p>
            <p>{report.rowsBelowThreshold > 0 ? t('k.risk') : t('k.ok')}</p>
            {measured && report.smallestGroups.length > 0 && report.rowsBelowThreshold > 0 && (
              <table className="k-groups">
                <caption>{t('k.smallest')}</caption>
                <thead>
                  <tr>
                    {measured.columns.map((index) => (
                      <th key={index} scope="col">{draft.columns.find((column) => column.index === index)?.name ?? number(index + 1)}</th>
                    ))}
                    <th scope="col">{t('k.size.header')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.smallestGroups.map((group, row) => (
                    <tr key={row}>
                      {group.values.map((value, column) => (
                        <td key={column}>{value === '' ? t('k.empty') : value}</td>
                      ))}
                      <td className="number">{t('k.size', { size: group.size })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
    </section>
  );
}
