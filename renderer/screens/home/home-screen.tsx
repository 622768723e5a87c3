import { useEffect, useRef, useState } from 'react';
import type { HostKind } from '../../../shared/api/app-api.js';
import type { FileRef, RecentFile } from '../../../shared/api/files-api.js';
import type { Result } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useI18n } from '../../i18n/i18n.js';
import { DraftsList } from '../draft/drafts-list.js';

interface HomeScreenProps {
  host: HostKind;
  onOpen: (file: FileRef) => void;
  onError: (result: Extract<Result<unknown>, { ok: false }>) => void;
  /** Bumped by the « Ouvrir un fichier » menu command. */
  openRequest: number;
  /** « Reprendre » on a draft in progress. */
  onResumeDraft: (draftId: string) => void;
}

/** The home screen: « Ouvrir un fichier » (button, menu, drop), the drafts in progress and the recent files. */
export function HomeScreen({ host, onOpen, onError, openRequest, onResumeDraft }: HomeScreenProps) {
  const { t, date, number } = useI18n();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<{ name: string; percent: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void api['files:recent']({}).then((result) => result.ok && setRecent(result.value));
  }, []);

  const importFile = async (file: File) => {
    setUpload({ name: file.name, percent: 0 });
    const result = await api.importFile(file, (sent, total) => setUpload({ name: file.name, percent: total > 0 ? Math.round((sent / total) * 100) : 0 }));
    setUpload(null);
    if (result.ok) onOpen(result.value);
    else onError(result);
  };

  const choose = async () => {
    if (host === 'web') {
      input.current?.click();
      return;
    }
    const result = await api['files:pick']({});
    if (!result.ok) onError(result);
    else if (result.value) onOpen(result.value);
  };

  useEffect(() => {
    if (openRequest > 0) void choose();
    // Only a new menu command opens the picker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openRequest]);

  const reopen = async (entry: RecentFile) => {
    const result = await api['files:open-recent']({ recentId: entry.recentId });
    if (result.ok) onOpen(result.value);
    else onError(result);
  };

  return (
    <main
      className={dragging ? 'home-screen dragging' : 'home-screen'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void importFile(file);
      }}
    >
      <h1>{t('app.title')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <section className="open-zone" aria-describedby="open-hint">
        <button type="button" className="primary" onClick={() => void choose()}>
          {t('home.open')}
        </button>
        <p id="open-hint" className="muted">{dragging ? t('home.drop') : t('home.open.hint')}</p>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        {upload && <ProgressBar label={t('upload.progress', { name: upload.name, percent: upload.percent })} value={upload.percent} />}
        {host === 'web' && <p className="muted small">{t('home.browserMode')}</p>}
      </section>
      <DraftsList onResume={onResumeDraft} onError={onError} />
      <section className="recent" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('home.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('home.recent.empty')}</p>
        ) : (
          <ul>
            {recent.map((entry) => (
              <li key={entry.recentId}>
                <button type="button" disabled={!entry.available} onClick={() => void reopen(entry)}>
                  <span className="name">{entry.name}</span>
                  <span className="muted">
                    {entry.available ? t('home.recent.opened', { date: date(entry.openedAt) }) : t('home.recent.missing')} · {number(Math.ceil(entry.size / 1024))} Kio
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
