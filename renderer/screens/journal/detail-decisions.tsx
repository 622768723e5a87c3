import type { JsonValue, PublicationDetail } from '../../../shared/history/publication-record.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { detailCatalogue } from './detail-catalogue.js';
import { DetailSection, RecordTable } from './detail-parts.js';
import { useJournalLabel } from './journal-labels.js';

/** A decision's setting as recorded (`{"precision":"year"}`), or nothing when it had none. */
export function parameterText(parameter: JsonValue | undefined): string {
  if (parameter === undefined || parameter === null) return '';
  return typeof parameter === 'string' ? parameter : JSON.stringify(parameter);
}

/**
 * What the scan found, what the clerk decided on each column and why, what was set aside as not
 * personal, and what the last check of the published file said: the part a DPO reads first.
 */
export function DecisionRecords({ detail }: { detail: PublicationDetail }) {
  const t = useCatalogue(detailCatalogue);
  const label = useJournalLabel();
  const { date, number, locale } = useI18n();
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
  const preflight = detail.preflight;
  return (
    <>
      <DetailSection title={t('findings')}>
        <RecordTable
          caption={t('findings')}
          headers={[t('column'), t('nature'), t('confidence'), t('share'), t('reason'), t('legalGround')]}
          rows={detail.findings.map((finding) => [
            finding.columnName,
            label('category', finding.category),
            label('confidence', finding.confidence),
            t('share.value', { percent: percent.format(finding.evidence.share * 100) }),
            finding.reason,
            finding.legalGround ?? '',
          ])}
          empty={t('findings.empty')}
        />
      </DetailSection>
      <DetailSection title={t('decisions')}>
        <RecordTable
          caption={t('decisions')}
          headers={[t('column'), t('decision'), t('parameter'), t('justification'), t('legalBasis')]}
          rows={detail.decisions.map((decision) => [
            decision.columnName,
            label('action', decision.action),
            parameterText(decision.parameter),
            decision.justification ?? '',
            decision.legalBasis ?? '',
          ])}
          empty={t('decisions.empty')}
        />
      </DetailSection>
      <DetailSection title={t('dismissals')}>
        <RecordTable
          caption={t('dismissals')}
          headers={[t('column'), t('nature'), t('reason')]}
          rows={detail.dismissals.map((dismissal) => [dismissal.columnName, label('category', dismissal.category), dismissal.reason])}
          empty={t('dismissals.empty')}
        />
      </DetailSection>
      <DetailSection title={t('preflight')}>
        {preflight === null ? (
          <p className="muted">{t('preflight.none')}</p>
        ) : (
          <>
            <p className={preflight.passed ? 'preflight-passed' : 'preflight-failed'}>
              {t(preflight.passed ? 'preflight.passed' : 'preflight.failed', { date: date(preflight.ranAt), rows: preflight.rowCount })}
            </p>
            <RecordTable
              caption={t('preflight')}
              headers={[t('preflight.column'), t('nature'), t('preflight.cells'), t('preflight.blocking'), t('reason')]}
              rows={preflight.issues.map((issue) => [
                issue.columnName,
                issue.kind === 'formula' ? t('preflight.formula') : issue.category ? label('category', issue.category) : t('preflight.personal'),
                number(issue.cells),
                issue.blocking ? t('yes') : t('no'),
                issue.reason,
              ])}
              empty={t('preflight.clean')}
            />
          </>
        )}
      </DetailSection>
    </>
  );
}
