import { useEffect, useRef, useState } from 'react';
import type { PortalProfileForm } from '../../../shared/api/publish-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import type { PortalEngine } from '../../../shared/publish/publication-request.js';
import { PORTAL_ENGINES } from '../../../shared/publish/publication-request.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describedBy } from '../describe/field-issues.js';
import { engineCatalogue } from '../publish/engine-catalogue.js';
import { settingsCatalogue } from './settings-catalogue.js';

interface ProfileFormProps {
  /** The profile edited, or null for a new one. */
  profile: PortalProfile | null;
  /** Where keys are kept on this computer, when known: the form warns of an encrypted file. */
  encryptedFile: boolean;
  onSaved: (profile: PortalProfile) => void;
  onCancel: () => void;
}

type FieldProblem = { field: 'label' | 'baseUrl'; text: string } | null;

/**
 * A portal profile's form: name, engine, address, organisation, API key and « rendre public dès la
 * relecture ». The key is write-only: the field is always empty, a saved key is kept when left
 * empty, and main never sends it back.
 */
export function ProfileForm({ profile, encryptedFile, onSaved, onCancel }: ProfileFormProps) {
  const t = useCatalogue(settingsCatalogue);
  const engineName = useCatalogue(engineCatalogue);
  const { error: sentence } = useI18n();
  const [label, setLabel] = useState(profile?.label ?? '');
  const [engine, setEngine] = useState<PortalEngine>(profile?.engine ?? 'udata');
  const [baseUrl, setBaseUrl] = useState(profile?.baseUrl ?? '');
  const [organization, setOrganization] = useState(profile?.organization ?? '');
  const [apiKey, setApiKey] = useState('');
  const [autoPublic, setAutoPublic] = useState(profile?.autoPublic ?? false);
  const [problem, setProblem] = useState<FieldProblem>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const refuse = (next: NonNullable<FieldProblem>) => {
    setProblem(next);
    document.getElementById(`profile-${next.field}`)?.focus();
  };

  const save = async () => {
    setFailure(null);
    setProblem(null);
    if (label.trim() === '') return refuse({ field: 'label', text: t('profile.label.missing') });
    if (baseUrl.trim().length < 8) return refuse({ field: 'baseUrl', text: t('profile.baseUrl.missing') });
    const form: PortalProfileForm = {
      label: label.trim(),
      engine,
      baseUrl: baseUrl.trim(),
      organization: organization.trim(),
      autoPublic,
      ...(profile ? { profileId: profile.profileId, options: profile.options } : {}),
      ...(apiKey.trim() !== '' ? { apiKey: apiKey.trim() } : {}),
    };
    setSaving(true);
    const result = await api['publish:save-profile'](form);
    setSaving(false);
    if (result.ok) return onSaved(result.value);
    // A refusal about one field is said next to it; anything else above the form.
    if (result.error.code === 'publish.invalid-base-url') return refuse({ field: 'baseUrl', text: sentence(result.error) });
    if (result.error.code === 'publish.profile-label-missing') return refuse({ field: 'label', text: sentence(result.error) });
    setFailure(result.error);
  };

  const fieldIssue = (field: 'label' | 'baseUrl') =>
    problem?.field === field ? <ul id={`profile-${field}-issues`} className="field-issues"><li>{problem.text}</li></ul> : null;

  return (
    <form
      className="profile-form settings-form"
      aria-labelledby="profile-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="profile-form-title" ref={heading} tabIndex={-1}>{profile ? t('profile.form.edit', { label: profile.label }) : t('profile.form.new')}</h3>
      {failure && <ErrorBanner error={failure} />}
      <div className="metadata-field">
        <label htmlFor="profile-label">{t('profile.label')}</label>
        <input
          id="profile-label"
          type="text"
          value={label}
          maxLength={120}
          aria-invalid={problem?.field === 'label'}
          aria-describedby={describedBy('profile-label', true, problem?.field === 'label')}
          onChange={(event) => setLabel(event.target.value)}
        />
        <p id="profile-label-hint" className="muted small">{t('profile.label.hint')}</p>
        {fieldIssue('label')}
      </div>
      <div className="metadata-field">
        <label htmlFor="profile-engine">{t('profile.engineField')}</label>
        <select id="profile-engine" value={engine} onChange={(event) => setEngine(event.target.value as PortalEngine)}>
          {PORTAL_ENGINES.map((each) => <option key={each} value={each}>{engineName(each)}</option>)}
        </select>
      </div>
      <div className="metadata-field">
        <label htmlFor="profile-baseUrl">{t('profile.baseUrl')}</label>
        <input
          id="profile-baseUrl"
          type="url"
          value={baseUrl}
          maxLength={500}
          aria-invalid={problem?.field === 'baseUrl'}
          aria-describedby={describedBy('profile-baseUrl', true, problem?.field === 'baseUrl')}
          onChange={(event) => setBaseUrl(event.target.value)}
        />
        <p id="profile-baseUrl-hint" className="muted small">{t('profile.baseUrl.hint', { engine })}</p>
        {fieldIssue('baseUrl')}
      </div>
      <div className="metadata-field">
        <label htmlFor="profile-organization">{t('profile.organizationField')}</label>
        <input
          id="profile-organization"
          type="text"
          value={organization}
          maxLength={200}
          aria-describedby="profile-organization-hint"
          onChange={(event) => setOrganization(event.target.value)}
        />
        <p id="profile-organization-hint" className="muted small">{t('profile.organization.hint', { engine })}</p>
      </div>
      <div className="metadata-field">
        <label htmlFor="profile-apiKey">{t('profile.apiKey')}</label>
        <input
          id="profile-apiKey"
          type="password"
          value={apiKey}
          maxLength={4096}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="profile-apiKey-hint"
          onChange={(event) => setApiKey(event.target.value)}
        />
        <p id="profile-apiKey-hint" className="muted small">{profile?.hasKey ? t('profile.apiKey.keep') : t('profile.apiKey.new')}</p>
        {encryptedFile && <p className="warning small">{t('profiles.encrypted-file')}</p>}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={autoPublic} onChange={(event) => setAutoPublic(event.target.checked)} />
        {t('profile.autoPublic')}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('profile.save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
