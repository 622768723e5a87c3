import { useEffect, useRef, useState } from 'react';
import type { DraftSummary } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload, Result } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { draftCatalogue } from './draft-catalogue.js';
import './draft.css';

/** The id of a draft's « Abandonner » button, where focus returns when the clerk keeps the draft. */
function discardButtonId(draftId: string): string {
  return `discard-draft-${draftId}`;
}

interface DraftsListProps {
  onResume: (draftId: string) => void;
  onError: (result: Extract<Result<unknown>, { ok: false }>) => void;
}

/**
 * « Brouillons en cours » on the home screen: every autosaved draft with what is left to decide,
 * « Reprendre » to go back to it, and « Abandonner » after a confirmation in the row itself
 * (focus moves to the confirmation and back, so the keyboard never loses its place).
 */
export function DraftsList({ onResume, onError }: DraftsListProps) {
  const t = useCatalogue(draftCatalogue);
  const { date } = useI18n();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  // Said here, not app-wide: the failure belongs to this list and goes with the home screen.
  const [listFailure, setListFailure] = useState<AppErrorPayload | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [discarded, setDiscarded] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void api['drafts:list']({}).then((result) => {
      if (!current) return;
      if (result.ok) setDrafts(result.value);
      else setListFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const discard = async (entry: DraftSummary) => {
    const result = await api['drafts:discard']({ draftId: entry.draftId });
    setConfirming(null);
    if (!result.ok) return onError(result);
    setDrafts((previous) => previous?.filter((each) => each.draftId !== entry.draftId) ?? null);
    setDiscarded(entry.title ?? entry.sourceName);
    heading.current?.focus();
  };

  if (listFailure) {
    return (
      <section className="drafts" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t('drafts.title')}</h2>
        <ErrorBanner error={listFailure} />
      </section>
    );
  }
  if (!drafts || (drafts.length === 0 && !discarded)) return null;
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title" ref={heading} tabIndex={-1}>{t('drafts.title')}</h2>
      <p className="muted small">{t('drafts.intro')}</p>
      <p role="status" className="small">{discarded && t('drafts.discarded', { name: discarded })}</p>
      <ul>
        {drafts.map((entry) => {
          const name = entry.title ?? entry.sourceName;
          return (
            <li key={entry.draftId} className="draft-entry">
              <div className="draft-facts">
                <span className="name">{name}</span>
                <span className="muted small">
                  {entry.title && `${entry.sourceName} · `}
                  {t('drafts.updated', { date: date(entry.updatedAt) })} · {t('drafts.flagged', { count: entry.flagged })} · {t('drafts.undecided', { count: entry.undecided })}
                  {!entry.sourceAvailable && <> · <strong className="warning-text">{t('drafts.missing')}</strong></>}
                </span>
              </div>
              {confirming === entry.draftId ? (
                <div className="draft-confirm" role="group" aria-label={t('drafts.discard.label', { name })}>
                  <p>{t('drafts.confirm', { name })}</p>
                  <button type="button" ref={confirmButton} className="danger" onClick={() => void discard(entry)}>{t('drafts.confirm.yes')}</button>
                  <button
                    type="button"
                    onClick={() => {
                      setConfirming(null);
                      requestAnimationFrame(() => document.getElementById(discardButtonId(entry.draftId))?.focus());
                    }}
                  >
                    {t('drafts.confirm.no')}
                  </button>
                </div>
              ) : (
                <div className="draft-actions">
                  <button type="button" className="primary" aria-label={t('drafts.resume.label', { name })} onClick={() => onResume(entry.draftId)}>
                    {t('drafts.resume')}
                  </button>
                  <button
                    type="button"
                    id={discardButtonId(entry.draftId)}
                    aria-label={t('drafts.discard.label', { name })}
                    onClick={() => setConfirming(entry.draftId)}
                  >
                    {t('drafts.discard')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
