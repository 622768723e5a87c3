import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { ReadOptions } from '../../../shared/api/files-api.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { DecisionsStep } from './decisions-step.js';
import { draftCatalogue } from './draft-catalogue.js';
import './draft.css';
import { ReviewStep } from './review-step.js';
import { SourceStep } from './source-step.js';
import type { DraftStep, StepEntry } from './step-bar.js';
import { StepBar } from './step-bar.js';
import { progressPercent, useDraft, useDraftProgress } from './use-draft.js';
import { useDraftScan } from './use-draft-scan.js';
import { useSourceTable } from './use-source-table.js';

/** What the lead plugs in: the description and publishing steps, each shown only when given. */
export interface DraftWorkspaceProps {
  draftId: string;
  onHome: () => void;
  /** The first step shown; « Données personnelles » by default, as a new draft is reviewed first. */
  initialStep?: DraftStep;
  renderDescribe?: (draft: DraftView, onDraftChange: (draft: DraftView) => void) => ReactNode;
  renderPublish?: (draft: DraftView) => ReactNode;
}

/**
 * The draft workspace: the steps of a publication over one draft — « Aperçu » (the source table),
 * « Données personnelles » (the findings and their evidence), « Décisions » (a decision per flagged
 * column, the gate, pre-flight and export), then « Description » and « Publication » when given.
 * Main saves the draft on every change; this screen shows what main saved.
 */
export function DraftWorkspace({ draftId, onHome, initialStep = 'review', renderDescribe, renderPublish }: DraftWorkspaceProps) {
  const t = useCatalogue(draftCatalogue);
  const { date } = useI18n();
  const session = useDraft(draftId);
  const { draft } = session;
  const scan = useDraftScan(draft, session);
  const [progress] = useDraftProgress(draftId);
  const source = useSourceTable(draft?.fileId ?? null, draft && draft.columns.length > 0 ? draft.readOptions : null);
  const [step, setStep] = useState<DraftStep>(initialStep);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Focus follows the clerk's choice of step, not the first display.
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (next: DraftStep) => {
    moved.current = true;
    setStep(next);
  };

  const changeReadOptions = async (options: ReadOptions) => {
    if (await session.change((id) => api['drafts:set-read-options']({ draftId: id, options }))) scan.rescan();
  };

  const steps: StepEntry[] = draft
    ? [
        { step: 'source' },
        { step: 'review', status: t('step.review.count', { count: draft.flagged.length }), attention: draft.flagged.length > 0 },
        { step: 'decisions', status: t('step.decisions.count', { count: draft.gate.length }), attention: draft.gate.length > 0 },
        ...(renderDescribe ? [{ step: 'describe' as const }] : []),
        ...(renderPublish ? [{ step: 'publish' as const }] : []),
      ]
    : [];
  const percent = progress?.phase === 'scanning-source' ? progressPercent(progress) : null;

  return (
    <main className="draft-workspace">
      <header className="screen-header">
        <button type="button" onClick={onHome}>← {t('back')}</button>
        <h1>{draft ? t('title', { name: draft.sourceName }) : t('loading')}</h1>
        {draft && <p className="summary">{t('saved', { date: date(draft.updatedAt) })}</p>}
      </header>
      {session.error && <ErrorBanner error={session.error} onDismiss={() => session.showError(null)} />}
      {draft && <StepBar steps={steps} current={step} onSelect={go} />}
      {scan.status === 'running' && (
        <div className="reading">
          <ProgressBar label={percent === null ? t('scan.starting') : t('scan.running', { percent })} value={percent} />
          <button type="button" onClick={scan.cancel}>{t('scan.cancel')}</button>
        </div>
      )}
      {scan.status === 'cancelled' && <p className="warning" role="status">{t('scan.cancelled')}</p>}
      {draft && draft.fileId === null && <p className="warning" role="status">{t('source.missing')}</p>}
      {draft && scan.status !== 'running' && draft.fileId !== null && (
        <p className="rescan">
          <button type="button" className="link-button" onClick={scan.rescan}>{t('scan.again')}</button>
        </p>
      )}
      {draft && scan.status !== 'running' && (
        <section className="draft-step" aria-labelledby="draft-step-title">
          <h2 id="draft-step-title" ref={heading} tabIndex={-1}>{t(`step.${step}`)}</h2>
          {step === 'source' && source.error && <ErrorBanner error={source.error} />}
          {step === 'source' && source.table && <SourceStep name={draft.sourceName} table={source.table} onReadOptions={(options) => void changeReadOptions(options)} />}
          {step === 'source' && !source.table && !source.error && draft.fileId && <p className="muted">{t('source.opening')}</p>}
          {step === 'review' && <ReviewStep draft={draft} table={source.table} session={session} />}
          {step === 'decisions' && <DecisionsStep draft={draft} table={source.table} session={session} />}
          {step === 'describe' && renderDescribe?.(draft, session.accept)}
          {step === 'publish' && renderPublish?.(draft)}
        </section>
      )}
    </main>
  );
}
