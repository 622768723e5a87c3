import { useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { ConnectionReport, PortalProfile } from '../../../shared/publish/portal-profile.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { engineCatalogue } from '../publish/engine-catalogue.js';
import { useProfiles } from '../publish/use-profiles.js';
import { ConfirmButtons } from './confirm-buttons.js';
import { ConnectionReportView } from './connection-report.js';
import { ProfileForm } from './profile-form.js';
import { SandboxCreator } from './sandbox-creator.js';
import { settingsCatalogue } from './settings-catalogue.js';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; profile: PortalProfile };

/**
 * « Portails »: the portal profiles with their engine, address, organisation and whether a key is
 * saved (never the key), « Tester la connexion », edit, delete after a confirmation; a new profile,
 * or the « Bac à sable » one in one click. Warns when keys live in an encrypted file rather than
 * the system's keychain.
 */
export function ProfilesSection() {
  const t = useCatalogue(settingsCatalogue);
  const engine = useCatalogue(engineCatalogue);
  const { profiles, error, reload } = useProfiles();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [confirming, setConfirming] = useState<number | null>(null);
  const [testing, setTesting] = useState<number | null>(null);
  const [reports, setReports] = useState<Record<number, ConnectionReport>>({});
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const encryptedFile = (profiles ?? []).some((profile) => profile.keyStorage === 'encrypted-file');

  const test = async (profile: PortalProfile) => {
    setTesting(profile.profileId);
    setFailure(null);
    const result = await api['publish:test-connection']({ profileId: profile.profileId });
    setTesting(null);
    if (result.ok) setReports((previous) => ({ ...previous, [profile.profileId]: result.value }));
    else setFailure(result.error);
  };

  const remove = async (profile: PortalProfile) => {
    const result = await api['publish:delete-profile']({ profileId: profile.profileId });
    setConfirming(null);
    if (!result.ok) return setFailure(result.error);
    // The list and the notice change together: the notice never announces what is still shown.
    await reload();
    setNotice(t('profile.deleted', { label: profile.label }));
  };

  const chooseOrganization = async (profile: PortalProfile, organization: { id: string; name: string }) => {
    const { profileId, label, engine: kind, baseUrl, autoPublic, options } = profile;
    const result = await api['publish:save-profile']({ profileId, label, engine: kind, baseUrl, organization: organization.id, autoPublic, options });
    if (!result.ok) return setFailure(result.error);
    await reload();
    setNotice(t('report.organization.used', { name: organization.name }));
  };

  const saved = async (profile: PortalProfile, message: string) => {
    setEditing({ kind: 'none' });
    setReports((previous) => Object.fromEntries(Object.entries(previous).filter(([id]) => Number(id) !== profile.profileId)));
    await reload();
    setNotice(message);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-profiles-title">
      <h2 id="settings-profiles-title">{t('profiles')}</h2>
      <p className="muted">{t('profiles.intro')}</p>
      {encryptedFile && <p className="warning" role="note">{t('profiles.encrypted-file')}</p>}
      {(failure ?? error) && <ErrorBanner error={(failure ?? error) as AppErrorPayload} onDismiss={() => setFailure(null)} />}
      <p role="status" className="success">{notice}</p>
      {profiles && profiles.length === 0 && <p className="muted">{t('profiles.empty')}</p>}
      {profiles && profiles.length > 0 && (
        <ul className="settings-list">
          {profiles.map((profile) => {
            const report = reports[profile.profileId];
            return (
              <li key={profile.profileId} className="settings-entry profile-entry">
                <div>
                  <strong>{profile.label}</strong> <span className="badge">{engine(profile.engine)}</span>
                  {profile.sandbox && <span className="badge">{t('profile.sandbox')}</span>}
                  <p className="muted small">{t('profile.url', { url: profile.baseUrl })}</p>
                  {profile.organization && <p className="muted small">{t('profile.organization', { organization: profile.organization })}</p>}
                  <p className="small">
                    {profile.hasKey ? t('profile.key.saved') : t('profile.key.missing')} · {profile.autoPublic ? t('profile.autoPublic.on') : t('profile.autoPublic.off')}
                  </p>
                </div>
                {confirming === profile.profileId ? (
                  <ConfirmButtons
                    question={t('profile.delete.confirm', { label: profile.label })}
                    yes={t('confirm.yes')}
                    no={t('confirm.no')}
                    onYes={() => void remove(profile)}
                    onNo={() => setConfirming(null)}
                  />
                ) : (
                  <div className="settings-actions">
                    <button type="button" disabled={testing !== null} aria-label={t('profile.test.label', { label: profile.label })} onClick={() => void test(profile)}>
                      {testing === profile.profileId ? t('profile.testing') : t('profile.test')}
                    </button>
                    <button type="button" aria-label={t('profile.edit.label', { label: profile.label })} onClick={() => setEditing({ kind: 'edit', profile })}>
                      {t('profile.edit')}
                    </button>
                    <button type="button" aria-label={t('profile.delete.label', { label: profile.label })} onClick={() => setConfirming(profile.profileId)}>
                      {t('profile.delete')}
                    </button>
                  </div>
                )}
                {report && <ConnectionReportView profile={profile} report={report} onUseOrganization={(organization) => void chooseOrganization(profile, organization)} />}
              </li>
            );
          })}
        </ul>
      )}
      {editing.kind === 'none' && <button type="button" onClick={() => setEditing({ kind: 'new' })}>{t('profiles.new')}</button>}
      {editing.kind !== 'none' && (
        <ProfileForm
          key={editing.kind === 'edit' ? editing.profile.profileId : 'new'}
          profile={editing.kind === 'edit' ? editing.profile : null}
          encryptedFile={encryptedFile}
          onCancel={() => setEditing({ kind: 'none' })}
          onSaved={(profile) => void saved(profile, t('profile.saved', { label: profile.label }))}
        />
      )}
      <SandboxCreator onCreated={(profile) => void saved(profile, t('sandbox.created', { label: profile.label }))} onError={setFailure} />
    </section>
  );
}
