import { useEffect, useRef, useState } from 'react';
import type { HostKind } from '../../shared/api/app-api.js';
import type { FileRef } from '../../shared/api/files-api.js';
import type { NewVersionDraft } from '../../shared/api/publication-api.js';
import type { AppErrorPayload } from '../../shared/api/result.js';
import { api } from '../api/api.js';
import { defineCatalogue, useCatalogue } from '../i18n/screen-catalogue.js';
import { ErrorBanner } from './error-banner.js';

const catalogue = defineCatalogue({
  fr: {
    title: 'Publier une nouvelle version',
    intro: 'Choisissez le fichier de la nouvelle version. Les décisions de la version précédente seront appliquées de nouveau aux colonnes de même nom, et la description reprise\u00a0; vous les confirmerez avant de publier.',
    choose: 'Choisir le fichier…',
    working: 'Lecture et analyse de «\u00a0{name}\u00a0»…',
    cancel: 'Annuler',
  },
  en: {
    title: 'Publish a new version',
    intro: 'Choose the file of the new version. The previous version’s decisions will be applied again to columns of the same name and its description carried over; you will confirm them before publishing.',
    choose: 'Choose the file…',
    working: 'Reading and scanning “{name}”…',
    cancel: 'Cancel',
  },
});

interface NewVersionDialogProps {
  host: HostKind;
  publicationId: number;
  onCreated: (created: NewVersionDraft) => void;
  onClose: () => void;
}

/** Picks the new file of a published dataset and starts its draft with the previous decisions. */
export function NewVersionDialog({ host, publicationId, onCreated, onClose }: NewVersionDialogProps) {
  const t = useCatalogue(catalogue);
  const input = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  useEffect(() => first.current?.focus(), []);

  const start = async (file: FileRef) => {
    setWorking(file.name);
    const result = await api['publication:new-version']({ publicationId, fileId: file.fileId, options: {} });
    setWorking(null);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };
  const choose = async () => {
    setError(null);
    if (host === 'web') return input.current?.click();
    const picked = await api['files:pick']({});
    if (!picked.ok) setError(picked.error);
    else if (picked.value) await start(picked.value);
  };

  return (
    <div className="about-backdrop">
      <section className="about-dialog" role="dialog" aria-modal="true" aria-labelledby="new-version-title">
        <h2 id="new-version-title">{t('title')}</h2>
        <p>{t('intro')}</p>
        {error && <ErrorBanner error={error} />}
        {working ? (
          <p aria-live="polite">{t('working', { name: working })}</p>
        ) : (
          <p>
            <button ref={first} type="button" className="primary" onClick={() => void choose()}>{t('choose')}</button>{' '}
            <button type="button" onClick={onClose}>{t('cancel')}</button>
          </p>
        )}
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods"
          data-testid="new-version-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setWorking(file.name);
            void api.importFile(file).then((imported) => (imported.ok ? start(imported.value) : (setWorking(null), setError(imported.error))));
          }}
        />
      </section>
    </div>
  );
}
