import type { NewVersionDraft } from '../../shared/api/publication-api.js';
import { defineCatalogue, useCatalogue } from '../i18n/screen-catalogue.js';

const catalogue = defineCatalogue({
  fr: {
    title: 'Nouvelle version {version} (suite de la version {basedOn})',
    carried: 'Décisions reprises, à confirmer\u00a0: {columns}.',
    undecided: 'Colonnes nouvelles, sans décision antérieure\u00a0: {columns}.',
    gone: 'Colonnes décidées la dernière fois et absentes du nouveau fichier\u00a0: {columns}.',
    none: 'aucune',
    dismiss: 'J’ai vérifié',
  },
  en: {
    title: 'New version {version} (following version {basedOn})',
    carried: 'Decisions carried over, to confirm: {columns}.',
    undecided: 'New columns, with no earlier decision: {columns}.',
    gone: 'Columns decided last time and missing from the new file: {columns}.',
    none: 'none',
    dismiss: 'I have checked',
  },
});

/** What a new version took from the previous one, shown above its draft for confirmation. */
export function CarriedDecisionsNotice({ carried, onDismiss }: { carried: NewVersionDraft; onDismiss: () => void }) {
  const t = useCatalogue(catalogue);
  const list = (columns: string[]) => (columns.length > 0 ? columns.join(', ') : t('none'));
  return (
    <section className="carried-notice" role="status" aria-labelledby="carried-title">
      <h2 id="carried-title">{t('title', { version: carried.version, basedOn: carried.basedOnVersion })}</h2>
      <p>{t('carried', { columns: list(carried.carried) })}</p>
      <p>{t('undecided', { columns: list(carried.undecided) })}</p>
      {carried.gone.length > 0 && <p>{t('gone', { columns: list(carried.gone) })}</p>}
      <button type="button" onClick={onDismiss}>{t('dismiss')}</button>
    </section>
  );
}
