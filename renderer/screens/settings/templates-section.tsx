import { useEffect, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { OrganisationTemplate } from '../../../shared/metadata/organisation-template.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import type { LicenceCatalogue } from '../describe/licence-field.js';
import { ConfirmButtons } from './confirm-buttons.js';
import { settingsCatalogue } from './settings-catalogue.js';
import { TemplateForm } from './template-form.js';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; template: OrganisationTemplate };

/**
 * « Modèles d’organisation »: the saved templates (the default one marked), each to edit or delete
 * after a confirmation, and « Nouveau modèle ».
 */
export function TemplatesSection() {
  const t = useCatalogue(settingsCatalogue);
  const [templates, setTemplates] = useState<OrganisationTemplate[] | null>(null);
  const [licences, setLicences] = useState<LicenceCatalogue | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [confirming, setConfirming] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);

  const reload = async () => {
    const result = await api['metadata:templates']({});
    if (result.ok) setTemplates(result.value);
    else setFailure(result.error);
  };

  useEffect(() => {
    void api['metadata:templates']({}).then((result) => (result.ok ? setTemplates(result.value) : setFailure(result.error)));
    void api['metadata:licences']({}).then((result) => (result.ok ? setLicences(result.value) : setFailure(result.error)));
  }, []);

  const remove = async (template: OrganisationTemplate) => {
    const result = await api['metadata:delete-template']({ templateId: template.templateId });
    setConfirming(null);
    if (!result.ok) return setFailure(result.error);
    // The list and the notice change together: the notice never announces what is still shown.
    await reload();
    setNotice(t('template.deleted', { name: template.name }));
  };

  return (
    <section className="settings-section" aria-labelledby="settings-templates-title">
      <h2 id="settings-templates-title">{t('templates')}</h2>
      <p className="muted">{t('templates.intro')}</p>
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
      <p role="status" className="success">{notice}</p>
      {templates && templates.length === 0 && <p className="muted">{t('templates.empty')}</p>}
      {templates && templates.length > 0 && (
        <ul className="settings-list">
          {templates.map((template) => (
            <li key={template.templateId} className="settings-entry">
              <div>
                <strong>{template.name}</strong>
                {template.isDefault && <span className="badge">{t('template.default')}</span>}
                <p className="muted small">{template.producer}</p>
              </div>
              {confirming === template.templateId ? (
                <ConfirmButtons
                  question={t('template.delete.confirm', { name: template.name })}
                  yes={t('confirm.yes')}
                  no={t('confirm.no')}
                  onYes={() => void remove(template)}
                  onNo={() => setConfirming(null)}
                />
              ) : (
                <div className="settings-actions">
                  <button type="button" aria-label={t('template.edit.label', { name: template.name })} onClick={() => setEditing({ kind: 'edit', template })}>
                    {t('template.edit')}
                  </button>
                  <button type="button" aria-label={t('template.delete.label', { name: template.name })} onClick={() => setConfirming(template.templateId)}>
                    {t('template.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing.kind === 'none' && (
        <button type="button" onClick={() => setEditing({ kind: 'new' })}>{t('templates.new')}</button>
      )}
      {editing.kind !== 'none' && licences && (
        <TemplateForm
          key={editing.kind === 'edit' ? editing.template.templateId : 'new'}
          template={editing.kind === 'edit' ? editing.template : null}
          licences={licences}
          onCancel={() => setEditing({ kind: 'none' })}
          onSaved={(saved) => {
            setEditing({ kind: 'none' });
            void reload().then(() => setNotice(t('template.saved', { name: saved.name })));
          }}
        />
      )}
    </section>
  );
}
