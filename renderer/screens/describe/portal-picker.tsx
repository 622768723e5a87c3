import type { PortalKind } from '../../../shared/metadata/portal-metadata-rules.js';
import { PORTAL_KINDS } from '../../../shared/metadata/portal-metadata-rules.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { engineCatalogue } from '../publish/engine-catalogue.js';
import { rememberProfileId } from '../publish/remembered-profile.js';
import { describeCatalogue } from './describe-catalogue.js';

/** What the description is checked for: every portal's common rules, a saved profile, or an engine. */
export type PortalTarget = { kind: 'all' } | { kind: 'profile'; profile: PortalProfile } | { kind: 'engine'; engine: PortalKind };

/** The engine whose extra rules apply, or null for the common rules only. */
export function targetPortal(target: PortalTarget): PortalKind | null {
  if (target.kind === 'profile') return target.profile.engine;
  return target.kind === 'engine' ? target.engine : null;
}

function valueOf(target: PortalTarget): string {
  if (target.kind === 'profile') return `profile:${target.profile.profileId}`;
  return target.kind === 'engine' ? `engine:${target.engine}` : '';
}

/** The name of the target in a sentence, or `all`. */
export function useTargetName(): (target: PortalTarget) => string {
  const engine = useCatalogue(engineCatalogue);
  return (target) => {
    if (target.kind === 'profile') return target.profile.label;
    return target.kind === 'engine' ? engine(target.engine) : 'all';
  };
}

/**
 * « Vérifier pour le portail »: the portal profiles first (a choice remembered for the publishing
 * step), then the three engines, so that the form says what a given portal would refuse.
 */
export function PortalPicker({ profiles, target, onChange }: { profiles: readonly PortalProfile[]; target: PortalTarget; onChange: (target: PortalTarget) => void }) {
  const t = useCatalogue(describeCatalogue);
  const engine = useCatalogue(engineCatalogue);
  const choose = (value: string) => {
    const [kind, id] = value.split(':');
    const profile = profiles.find((each) => kind === 'profile' && String(each.profileId) === id);
    const kindOfEngine = PORTAL_KINDS.find((each) => kind === 'engine' && each === id);
    if (profile) rememberProfileId(profile.profileId);
    onChange(profile ? { kind: 'profile', profile } : kindOfEngine ? { kind: 'engine', engine: kindOfEngine } : { kind: 'all' });
  };
  return (
    <div className="portal-picker">
      <label htmlFor="describe-portal">{t('portal.label')}</label>
      <select id="describe-portal" value={valueOf(target)} onChange={(event) => choose(event.target.value)}>
        <option value="">{t('portal.all')}</option>
        {profiles.length > 0 && (
          <optgroup label={t('portal.profiles')}>
            {profiles.map((profile) => (
              <option key={profile.profileId} value={`profile:${profile.profileId}`}>
                {t('portal.profile', { label: profile.label, engine: engine(profile.engine) })}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('portal.engines')}>
          {PORTAL_KINDS.map((kind) => <option key={kind} value={`engine:${kind}`}>{engine(kind)}</option>)}
        </optgroup>
      </select>
    </div>
  );
}
