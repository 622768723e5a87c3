import type { PreflightReport } from '../../../shared/decisions/draft-content.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { decisionsCatalogue } from './decisions-catalogue.js';
import { categoryKey, reviewCatalogue } from './review-catalogue.js';

/**
 * The latest pre-flight report, kept in the draft: passed, or what the detectors still see in
 * the published file, column by column, blocking or covered by the column's decision.
 */
export function PreflightReportView({ report }: { report: PreflightReport }) {
  const t = useCatalogue(decisionsCatalogue);
  const categories = useCatalogue(reviewCatalogue);
  const { date } = useI18n();
  const blocking = report.issues.filter((issue) => issue.blocking).length;
  return (
    <div className={report.passed ? 'preflight-report passed' : 'preflight-report failed'}>
      <p>
        {report.passed
          ? t('preflight.passed', { date: date(report.ranAt), rows: report.rowCount })
          : t('preflight.failed', { date: date(report.ranAt), count: blocking })}
      </p>
      {report.issues.length > 0 && (
        <>
          <h4>{t('preflight.issues')}</h4>
          <ul>
            {report.issues.map((issue, index) => (
              <li key={`${issue.columnIndex}-${issue.kind}-${index}`}>
                <span>
                  {t('preflight.issue', {
                    column: issue.columnName,
                    category: categories(categoryKey(issue.kind === 'formula' ? 'formula' : (issue.category ?? 'personal-data'))),
                    cells: issue.cells,
                  })}
                </span>{' '}
                <span className={issue.blocking ? 'tag tag-undecided' : 'tag tag-decided'}>
                  {issue.blocking ? t('preflight.blocking') : t('preflight.covered')}
                </span>
                {issue.examples.length > 0 && <p className="muted small">{t('preflight.examples', { examples: issue.examples.join(' · ') })}</p>}
                <p className="small">{issue.reason}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
