import { useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import type { PortalEngine } from '../../../shared/publish/publication-request.js';
import { PORTAL_ENGINES } from '../../../shared/publish/publication-request.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { engineCatalogue } from '../publish/engine-catalogue.js';
import { settingsCatalogue } from './settings-catalogue.js';

/**
 * « Créer le profil Bac à sable »: a training profile of the chosen engine pointing at the portal
 * emulator of this computer, with its editor key, so that a clerk can practise publishing.
 */
export function SandboxCreator({ onCreated, onError }: { onCreated: (profile: PortalProfile) => void; onError: (error: AppErrorPayload) => void }) {
  const t = useCatalogue(settingsCatalogue);
  const engineName = useCatalogue(engineCatalogue);
  const [engine, setEngine] = useState<PortalEngine>('udata');
  const [creating, setCreating] = useState(false);

  const create = async () => {
    setCreating(true);
    const result = await api['publish:create-sandbox-profile']({ engine });
    setCreating(false);
    if (result.ok) onCreated(result.value);
    else onError(result.error);
  };

  return (
    <div className="sandbox-creator" role="group" aria-labelledby="sandbox-title">
      <h3 id="sandbox-title">{t('sandbox.title')}</h3>
      <p className="muted small">{t('sandbox.intro')}</p>
      <label htmlFor="sandbox-engine">{t('sandbox.engine')}</label>{' '}
      <select id="sandbox-engine" value={engine} onChange={(event) => setEngine(event.target.value as PortalEngine)}>
        {PORTAL_ENGINES.map((each) => <option key={each} value={each}>{engineName(each)}</option>)}
      </select>{' '}
      <button type="button" disabled={creating} onClick={() => void create()}>{t('sandbox.create')}</button>
    </div>
  );
}
