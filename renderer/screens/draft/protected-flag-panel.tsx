import { useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import { flagProtected, isClerkFlag, unflagProtected } from '../../../shared/decisions/protected-flags.js';
import type { LegalGround } from '../../../shared/detect/legal-grounds.js';
import { api } from '../../api/api.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { reviewCatalogue } from './review-catalogue.js';
import type { DraftSession } from './use-draft.js';

/**
 * Secrets (CRPA L311-5, L311-6): the grounds the headers can point at, and the clerk's own
 * flags — any column can be declared covered by a secret with its legal ground; it then needs a
 * decision like a finding of the scan.
 */
export function ProtectedFlagPanel({ draft, grounds, session }: { draft: DraftView; grounds: readonly LegalGround[]; session: DraftSession }) {
  const t = useCatalogue(reviewCatalogue);
  const { locale } = useI18n();
  const [column, setColumn] = useState<number>(draft.columns[0]?.index ?? 0);
  const [ground, setGround] = useState<string>('');
  const flags = draft.findings.filter(isClerkFlag);
  const found = draft.findings.filter((finding) => finding.category === 'protected' && !isClerkFlag(finding)).length;
  const label = (each: LegalGround) => `${each.article} — ${locale === 'en' ? each.en : each.fr}`;

  const flag = () => {
    if (!ground) return;
    void session.change(
      (draftId) => api['drafts:flag-protected']({ draftId, columnIndex: column, legalGround: ground }),
      (content) => flagProtected(content, column, ground),
    );
  };

  return (
    <section className="secrets-note" aria-labelledby="secrets-title">
      <h3 id="secrets-title">{t('secrets')}</h3>
      <p className="small">{t('secrets.found', { count: found })}</p>
      <div className="flag-form">
        <label>
          {t('secrets.column')}
          <select value={column} onChange={(event) => setColumn(Number(event.target.value))}>
            {draft.columns.map((each) => (
              <option key={each.index} value={each.index}>{each.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('secrets.ground')}
          <select value={ground} onChange={(event) => setGround(event.target.value)}>
            <option value="">{t('secrets.ground.choose')}</option>
            {grounds.map((each) => (
              <option key={each.id} value={each.id}>{label(each)}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!ground} onClick={flag}>{t('secrets.flag')}</button>
      </div>
      {flags.length > 0 && (
        <ul className="clerk-flags">
          {flags.map((finding) => (
            <li key={finding.columnIndex}>
              <strong>{finding.columnName}</strong> — {grounds.find((each) => each.id === finding.legalGround)?.article ?? finding.legalGround}
              <button
                type="button"
                onClick={() =>
                  void session.change(
                    (draftId) => api['drafts:unflag-protected']({ draftId, columnIndex: finding.columnIndex }),
                    (content) => unflagProtected(content, finding.columnIndex),
                  )
                }
              >
                {t('secrets.unflag')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary className="small">{t('secrets.intro')}</summary>
        <ul className="small">
          {grounds.map((each) => (
            <li key={each.id}>{label(each)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
