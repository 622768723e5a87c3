import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { settingsCatalogue } from './settings-catalogue.js';

/** « Paramètres » in the top bar: opens the settings; marked while they are shown. */
export function SettingsNavButton({ current, onClick }: { current: boolean; onClick: () => void }) {
  const t = useCatalogue(settingsCatalogue);
  return (
    <button type="button" className="top-bar-link" aria-current={current ? 'page' : undefined} onClick={onClick}>
      {t('nav')}
    </button>
  );
}
