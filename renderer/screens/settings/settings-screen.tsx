import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { ProfilesSection } from './profiles-section.js';
import { settingsCatalogue } from './settings-catalogue.js';
import './settings.css';
import { TemplatesSection } from './templates-section.js';

/**
 * « Paramètres »: the organisation templates that fill new descriptions, and the portals the
 * commune publishes to (with the « Bac à sable » for practice and « Tester la connexion »).
 */
export function SettingsScreen({ onHome }: { onHome: () => void }) {
  const t = useCatalogue(settingsCatalogue);
  return (
    <main className="settings-screen">
      <header className="screen-header">
        <button type="button" onClick={onHome}>← {t('back')}</button>
        <h1>{t('title')}</h1>
      </header>
      <TemplatesSection />
      <ProfilesSection />
    </main>
  );
}
