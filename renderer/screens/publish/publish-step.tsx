import { useEffect, useState } from 'react';
import type { DraftProgress, DraftView } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { engineCatalogue } from './engine-catalogue.js';
import { OutboxList } from './outbox-list.js';
import { publishCatalogue } from './publish-catalogue.js';
import './publish.css';
import { PublishReadiness, usePublishReadiness } from './publish-readiness.js';
import { rememberProfileId, rememberedProfileId } from './remembered-profile.js';
import { useOutbox } from './use-outbox.js';
import { useProfiles } from './use-profiles.js';

/** The publications of this draft's dataset: those started here, and those under its title. */
function isOfDraft(item: OutboxItemView, keys: readonly string[], title: string): boolean {
  return keys.includes(item.publicationKey) || (title !== '' && item.title.trim() === title);
}

/**
 * « Publication »: the portal profile, what stands in the way (undecided columns, a description
 * the portal would refuse), « Publier » in one click — main writes the vetted file, checks it,
 * records it and queues it — with the progress of that preparation, then the outbox: this
 * dataset's publications first, the others after, live.
 */
export function PublishStep({ draft }: { draft: DraftView }) {
  const t = useCatalogue(publishCatalogue);
  const engine = useCatalogue(engineCatalogue);
  const { profiles, error: profilesError } = useProfiles();
  const outbox = useOutbox();
  const [chosenId, setChosenId] = useState<number | null>(rememberedProfileId);
  const [starting, setStarting] = useState(false);
  const [preparation, setPreparation] = useState<DraftProgress | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [keys, setKeys] = useState<string[]>([]);
  const profile = profiles?.find((each) => each.profileId === chosenId) ?? profiles?.[0];
  const readiness = usePublishReadiness(draft, profile?.engine ?? null);

  useEffect(
    () =>
      api.on('drafts:progress', (progress) => {
        if (progress.draftId === draft.draftId) setPreparation(progress);
      }),
    [draft.draftId],
  );

  const publish = async () => {
    if (!profile) return;
    setStarting(true);
    setFailure(null);
    setPreparation(null);
    const result = await api['publish:start']({ draftId: draft.draftId, profileId: profile.profileId });
    setStarting(false);
    if (!result.ok) return setFailure(result.error);
    outbox.accept(result.value);
    setKeys((previous) => [...previous, result.value.publicationKey]);
  };

  const title = draft.metadata.title?.trim() ?? '';
  const items = outbox.items ?? [];
  const mine = items.filter((item) => isOfDraft(item, keys, title));
  const others = items.filter((item) => !isOfDraft(item, keys, title));
  const percent = preparation && preparation.total > 0 ? Math.min(100, Math.round((preparation.done / preparation.total) * 100)) : null;
  const canPublish = profile !== undefined && profile.hasKey && readiness.ready && !starting;

  return (
    <div className="publish-step">
      <p className="step-intro">{t('intro')}</p>
      {profilesError && <ErrorBanner error={profilesError} />}
      {profiles && profiles.length === 0 && <p className="warning">{t('profile.none')}</p>}
      {profiles && profile && (
        <div className="publish-choice">
          <label htmlFor="publish-profile">{t('profile')}</label>
          <select
            id="publish-profile"
            value={profile.profileId}
            onChange={(event) => {
              const id = Number(event.target.value);
              setChosenId(id);
              rememberProfileId(id);
            }}
          >
            {profiles.map((each) => (
              <option key={each.profileId} value={each.profileId}>{t('profile.option', { label: each.label, engine: engine(each.engine) })}</option>
            ))}
          </select>
          {profile.sandbox && <p className="muted small">{t('profile.sandbox')}</p>}
          {!profile.hasKey && <p className="warning">{t('profile.no-key')}</p>}
        </div>
      )}
      {profile && <PublishReadiness readiness={readiness} target={profile.label} />}
      {profile && (
        <p>
          <button type="button" className="primary" disabled={!canPublish} aria-describedby="publish-readiness" onClick={() => void publish()}>
            {t('publish')}
          </button>
        </p>
      )}
      {starting && (
        <ProgressBar
          label={percent === null ? t('publishing') : preparation?.phase === 'writing' ? t('publishing.writing', { percent }) : t('publishing.scanning', { percent })}
          value={percent}
        />
      )}
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
      {outbox.error && <ErrorBanner error={outbox.error} />}
      <section aria-labelledby="publish-mine-title">
        <h3 id="publish-mine-title">{t('mine')}</h3>
        <OutboxList labelledBy="publish-mine-title" items={mine} profiles={profiles ?? []} empty={t('mine.empty')} onAct={outbox.act} />
      </section>
      <section aria-labelledby="publish-others-title">
        <h3 id="publish-others-title">{t('others')}</h3>
        <OutboxList labelledBy="publish-others-title" items={others} profiles={profiles ?? []} empty={t('others.empty')} onAct={outbox.act} />
      </section>
    </div>
  );
}
