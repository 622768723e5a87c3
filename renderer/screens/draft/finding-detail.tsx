import type { FindingDismissal } from '../../../shared/decisions/draft-content.js';
import type { PersonalDataFinding } from '../../../shared/detect/finding.js';
import type { LegalGround } from '../../../shared/detect/legal-grounds.js';
import { intlLocale } from '../../../shared/i18n/error-messages.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { DismissalForm } from './dismissal-form.js';
import type { ReviewKey } from './review-catalogue.js';
import { categoryKey, reviewCatalogue } from './review-catalogue.js';

interface FindingDetailProps {
  finding: PersonalDataFinding;
  dismissal: FindingDismissal | undefined;
  grounds: readonly LegalGround[];
  /** Brings a data row (0-based) of the finding into view in the table. */
  onShowRow: ((row: number) => void) | null;
  onDismiss: (reason: string) => Promise<boolean>;
  onRestore: () => void;
}

/**
 * The evidence of one finding in the clerk's words: kind, confidence, how many cells matched
 * and validated, their share, masked examples, example rows, whether the header said so, the
 * detector's French reason, the secret a header suggests; then its dismissal, or the form to
 * dismiss it with a reason.
 */
export function FindingDetail({ finding, dismissal, grounds, onShowRow, onDismiss, onRestore }: FindingDetailProps) {
  const t = useCatalogue(reviewCatalogue);
  const { number, locale } = useI18n();
  const percent = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(finding.evidence.share * 100);
  const evidence = finding.evidence;
  const ground = finding.legalGround ? grounds.find((each) => each.id === finding.legalGround) : undefined;
  const spans = Object.entries(evidence.spans ?? {}).filter(([, count]) => (count ?? 0) > 0);

  return (
    <section className="finding-detail" aria-labelledby="finding-detail-title">
      <h3 id="finding-detail-title">
        {t('detail.title', { column: finding.columnName })}
      </h3>
      <p className="finding-reason">{finding.reason}</p>
      <dl className="evidence">
        <dt>{t('detail.category')}</dt>
        <dd>{t(categoryKey(finding.category))}</dd>
        {finding.quasiIdentifier && (
          <>
            <dt>{t('detail.qi')}</dt>
            <dd>{finding.quasiIdentifier}</dd>
          </>
        )}
        <dt>{t('detail.confidence')}</dt>
        <dd>{t(`confidence.${finding.confidence}`)}</dd>
        <dt>{t('detail.matched')}</dt>
        <dd>{t('detail.counts', { matched: number(evidence.matched), examined: number(evidence.examined) })}</dd>
        <dt>{t('detail.validated')}</dt>
        <dd>{number(evidence.validated)}</dd>
        <dt>{t('detail.share')}</dt>
        <dd>{t('detail.share.value', { percent })}</dd>
        <dt>{t('detail.header')}</dt>
        <dd>{evidence.headerHint ? t('detail.header.yes') : t('detail.header.no')}</dd>
        {spans.length > 0 && (
          <>
            <dt>{t('detail.spans')}</dt>
            <dd>{spans.map(([kind, count]) => t(`span.${kind}` as ReviewKey, { count: count ?? 0 })).join(' · ')}</dd>
          </>
        )}
        {evidence.maskedExamples.length > 0 && (
          <>
            <dt>{t('detail.examples')}</dt>
            <dd>
              <ul className="masked-examples">
                {evidence.maskedExamples.map((example, index) => (
                  <li key={`${index}-${example}`}><code>{example}</code></li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {evidence.exampleRows.length > 0 && (
          <>
            <dt>{t('detail.rows')}</dt>
            <dd>
              <ul className="example-rows">
                {evidence.exampleRows.map((row) => (
                  <li key={row}>
                    {onShowRow ? (
                      <button type="button" className="link-button" onClick={() => onShowRow(row)}>
                        {t('detail.rows.show', { row: number(row + 1) })}
                      </button>
                    ) : (
                      t('detail.rows.show', { row: number(row + 1) })
                    )}
                  </li>
                ))}
              </ul>
              {onShowRow && <p className="muted small">{t('detail.rows.hint')}</p>}
            </dd>
          </>
        )}
      </dl>
      {finding.category === 'protected' && (
        <div className="secret-ground" role="note">
          <strong>{t('detail.ground')}</strong>
          {ground && <p>{locale === 'en' ? ground.en : ground.fr} ({ground.article})</p>}
          <p className="muted small">{t('detail.ground.hint')}</p>
        </div>
      )}
      {dismissal ? (
        <div className="dismissed-note" role="status">
          <strong>{t('dismissed.title')}</strong>
          <p>{t('dismissed', { reason: dismissal.reason })}</p>
          <button type="button" onClick={onRestore}>{t('restore')}</button>
        </div>
      ) : (
        <DismissalForm key={`${finding.columnIndex}:${finding.category}`} columnName={finding.columnName} onDismiss={onDismiss} />
      )}
    </section>
  );
}
