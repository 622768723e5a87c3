import { useEffect, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { OrganisationTemplate } from '../../../shared/metadata/organisation-template.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { api } from '../../api/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { rememberedProfileId } from '../publish/remembered-profile.js';
import { describeCatalogue } from './describe-catalogue.js';
import './describe.css';
import { issuesOf } from './field-issues.js';
import { IssuesSummary } from './issues-summary.js';
import type { LicenceCatalogue } from './licence-field.js';
import { MetadataTextField } from './metadata-text-field.js';
import { FIELD_LIMITS, OrganisationFields } from './organisation-fields.js';
import type { PortalTarget } from './portal-picker.js';
import { PortalPicker, targetPortal, useTargetName } from './portal-picker.js';
import { SchemaPanel } from './schema-panel.js';
import type { CellPosition } from './schema-report.js';
import { TemplatePicker } from './template-picker.js';
import { useMetadataForm } from './use-metadata-form.js';

/** What the draft workspace gives the « Description » step. */
export interface DescribeStepProps {
  draft: DraftView;
  /** Receives the draft main saved after each change of the description. */
  onDraftChange: (draft: DraftView) => void;
  /** Shows a cell of the published file (an official-schema error chosen), when the app can. */
  onShowCell?: (cell: CellPosition) => void;
}

/**
 * « Description »: one French form for the three portals — title, description, keywords, themes,
 * producer, contact, licence (Licence Ouverte 2.0 by default), frequency, period, coverage,
 * language, source, last modification — filled from the organisation's template, saved in the
 * draft as the clerk types, checked by main's JSON Schema rules with each error next to its field,
 * and for a chosen portal what it would refuse; then the official schema the file follows.
 */
export function DescribeStep({ draft, onDraftChange, onShowCell }: DescribeStepProps) {
  const t = useCatalogue(describeCatalogue);
  const targetName = useTargetName();
  const [target, setTarget] = useState<PortalTarget>({ kind: 'all' });
  const form = useMetadataForm(draft, targetPortal(target), onDraftChange);
  const [licences, setLicences] = useState<LicenceCatalogue | null>(null);
  const [templates, setTemplates] = useState<OrganisationTemplate[]>([]);
  const [profiles, setProfiles] = useState<PortalProfile[]>([]);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);

  useEffect(() => {
    void api['metadata:licences']({}).then((result) => (result.ok ? setLicences(result.value) : setFailure(result.error)));
    void api['metadata:templates']({}).then((result) => (result.ok ? setTemplates(result.value) : setFailure(result.error)));
    void api['publish:profiles']({}).then((result) => {
      if (!result.ok) return setFailure(result.error);
      setProfiles(result.value);
      const remembered = result.value.find((profile) => profile.profileId === rememberedProfileId());
      if (remembered) setTarget({ kind: 'profile', profile: remembered });
    });
  }, []);

  const { metadata, change, issues } = form;
  if (!metadata || !licences) {
    return (
      <>
        {(form.error ?? failure) && <ErrorBanner error={(form.error ?? failure) as AppErrorPayload} />}
        <p className="muted">{t('loading')}</p>
      </>
    );
  }

  return (
    <div className="describe-step">
      <p className="step-intro">{t('intro')}</p>
      <div className="describe-tools">
        <TemplatePicker templates={templates} onApply={change} onError={setFailure} />
        <PortalPicker profiles={profiles} target={target} onChange={setTarget} />
        <p className="save-state small muted" role="status">{form.saving ? t('saving') : form.saved ? t('saved') : ''}</p>
      </div>
      {form.error && <ErrorBanner error={form.error} />}
      {failure && <ErrorBanner error={failure} onDismiss={() => setFailure(null)} />}
      <IssuesSummary issues={issues} target={targetName(target)} lists={{ keywords: metadata.keywords, themes: metadata.themes }} />
      <form className="metadata-form" aria-label={t('form.label')} onSubmit={(event) => event.preventDefault()} noValidate>
        <MetadataTextField
          id="describe-title"
          label={t('field.title')}
          hint={t('field.title.hint')}
          value={metadata.title}
          onChange={(title) => change({ title })}
          issues={issuesOf(issues, 'title')}
          maxLength={FIELD_LIMITS.title}
          required
        />
        <MetadataTextField
          id="describe-description"
          label={t('field.description')}
          hint={t('field.description.hint')}
          value={metadata.description}
          onChange={(description) => change({ description })}
          issues={issuesOf(issues, 'description')}
          maxLength={FIELD_LIMITS.description}
          multiline
          required
        />
        <OrganisationFields idPrefix="describe" values={metadata} onChange={change} issues={issues} licences={licences} licenceWarnings={form.licenceWarnings} />
        <fieldset className="metadata-group period">
          <legend>{t('field.temporal')}</legend>
          <MetadataTextField
            id="describe-temporal-start"
            label={t('field.temporal.start')}
            type="date"
            value={metadata.temporal.start ?? ''}
            onChange={(start) => change({ temporal: { ...metadata.temporal, start: start === '' ? null : start } })}
            issues={issuesOf(issues, 'temporal.start')}
            maxLength={10}
          />
          <MetadataTextField
            id="describe-temporal-end"
            label={t('field.temporal.end')}
            type="date"
            value={metadata.temporal.end ?? ''}
            onChange={(end) => change({ temporal: { ...metadata.temporal, end: end === '' ? null : end } })}
            issues={issuesOf(issues, 'temporal.end')}
            maxLength={10}
          />
        </fieldset>
        <MetadataTextField
          id="describe-modified"
          label={t('field.modified')}
          type="date"
          value={metadata.modified}
          onChange={(modified) => change({ modified })}
          issues={issuesOf(issues, 'modified')}
          maxLength={10}
        />
      </form>
      <SchemaPanel draft={draft} chosen={metadata.schema} onChoose={(schema) => change({ schema })} {...(onShowCell ? { onShowCell } : {})} />
    </div>
  );
}
