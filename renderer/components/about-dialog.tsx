import { useEffect, useRef } from 'react';
import type { AppInfo } from '../../shared/api/app-api.js';
import { defineCatalogue, useCatalogue } from '../i18n/screen-catalogue.js';

const catalogue = defineCatalogue({
  fr: {
    title: 'À propos d’Atelier Open Data',
    version: 'Version {version}',
    purpose: 'Publier les données de la commune en open data (CRPA L312-1-2), sans données personnelles non anonymisées ni informations couvertes par un secret (CRPA L311-5, L311-6).',
    host: '{host, select, electron {Application de bureau} other {Mode navigateur (hôte local)}}',
    firstNames: 'Liste de prénoms dérivée du Fichier des prénoms de l’Insee (Licence Ouverte 2.0).',
    schemas: 'Schémas de données officiels de schema.data.gouv.fr (SCDL, IRVE, arbres), embarqués.',
    close: 'Fermer',
  },
  en: {
    title: 'About Atelier Open Data',
    version: 'Version {version}',
    purpose: 'Publish the municipality’s data as open data without personal data that has not been anonymised, nor information covered by a secret.',
    host: '{host, select, electron {Desktop application} other {Browser mode (local host)}}',
    firstNames: 'First-name list derived from INSEE’s Fichier des prénoms (Licence Ouverte 2.0).',
    schemas: 'Official data schemas from schema.data.gouv.fr (SCDL, IRVE, trees), bundled.',
    close: 'Close',
  },
});

/** « À propos »: version, purpose, and the sources the app ships with their licences. */
export function AboutDialog({ info, onClose }: { info: AppInfo; onClose: () => void }) {
  const t = useCatalogue(catalogue);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="about-backdrop">
      <section className="about-dialog" role="dialog" aria-modal="true" aria-labelledby="about-title">
        <h2 id="about-title">{t('title')}</h2>
        <p>{t('version', { version: info.version })} · {t('host', { host: info.host })}</p>
        <p>{t('purpose')}</p>
        <ul className="small">
          <li>{t('firstNames')}</li>
          <li>{t('schemas')}</li>
        </ul>
        <button ref={close} type="button" onClick={onClose}>{t('close')}</button>
      </section>
    </div>
  );
}
