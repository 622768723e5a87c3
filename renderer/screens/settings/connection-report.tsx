import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { ConnectionReport, PortalProfile } from '../../../shared/publish/portal-profile.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { settingsCatalogue } from './settings-catalogue.js';

interface ConnectionReportViewProps {
  profile: PortalProfile;
  report: ConnectionReport;
  /** Saves an organisation the key may publish for in the profile. */
  onUseOrganization: (organization: { id: string; name: string }) => void;
}

const MARKS = { ok: '✓', failed: '✗', unknown: '?' } as const;

/**
 * The outcome of « Tester la connexion »: one line per check (the portal answers, the key is
 * accepted, its rights, the organisation, the licences) marked ✓, ✗ or « non vérifiable », each
 * in French; the organisations the key may publish for, one click from the profile.
 */
export function ConnectionReportView({ profile, report, onUseOrganization }: ConnectionReportViewProps) {
  const t = useCatalogue(settingsCatalogue);
  const { error: sentence } = useI18n();
  return (
    <section className={report.ok ? 'connection-report ok' : 'connection-report failed'} aria-label={t('report.title', { label: profile.label })}>
      <p role="status"><strong>{report.ok ? t('report.ok') : t('report.failed')}</strong></p>
      <ul className="connection-checks">
        {report.checks.map((check) => {
          const state = check.ok === null ? 'unknown' : check.ok ? 'ok' : 'failed';
          return (
            <li key={`${check.check} ${check.code}`} className={`check-${state}`}>
              <span aria-hidden="true" className="check-mark">{MARKS[state]}</span>
              <span className="sr-only">{t(`report.check.${state}`)}</span>{' '}
              {sentence({ code: check.code as AppErrorPayload['code'], details: check.details })}
            </li>
          );
        })}
      </ul>
      {report.organizations.length > 0 && (
        <>
          <h4>{t('report.organizations')}</h4>
          <ul className="connection-organizations">
            {report.organizations.map((organization) => (
              <li key={organization.id}>
                {t('report.organization', { name: organization.name, id: organization.id })}{' '}
                {profile.organization !== organization.id && profile.organization !== organization.name && (
                  <button type="button" onClick={() => onUseOrganization(organization)}>{t('report.organization.use', { name: organization.name })}</button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
