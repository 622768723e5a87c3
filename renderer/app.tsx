import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../shared/api/app-api.js';
import type { FileRef, ReadOptions, TableState } from '../shared/api/files-api.js';
import type { NewVersionDraft } from '../shared/api/publication-api.js';
import type { AppErrorPayload, Result } from '../shared/api/result.js';
import { api } from './api/api.js';
import { AboutDialog } from './components/about-dialog.js';
import { ErrorBanner } from './components/error-banner.js';
import { NewVersionDialog } from './components/new-version-dialog.js';
import { CarriedDecisionsNotice } from './components/carried-decisions-notice.js';
import { I18nProvider } from './i18n/i18n.js';
import { DraftWorkspace } from './screens/draft/draft-workspace.js';
import { StartReviewButton } from './screens/draft/start-review-button.js';
import { HomeScreen } from './screens/home/home-screen.js';
import { DescribeStep } from './screens/describe/describe-step.js';
import { JournalNavButton } from './screens/journal/journal-nav-button.js';
import { OutboxNavButton } from './screens/publish/outbox-nav-button.js';
import { OutboxScreen } from './screens/publish/outbox-screen.js';
import { PublishStep } from './screens/publish/publish-step.js';
import { SettingsNavButton } from './screens/settings/settings-nav-button.js';
import { SettingsScreen } from './screens/settings/settings-screen.js';
import { JournalScreen } from './screens/journal/journal-screen.js';
import { RestoreDatabasePanel } from './screens/journal/restore-database-panel.js';
import { PreviewScreen } from './screens/preview/preview-screen.js';

type Screen =
  | { name: 'home' }
  | { name: 'preview'; file: FileRef; table: TableState }
  | { name: 'journal' }
  | { name: 'draft'; draftId: string }
  | { name: 'settings' }
  | { name: 'outbox' };

/** The app: which screen is shown, the language, and failures in the clerk's words. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [openRequest, setOpenRequest] = useState(0);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [newVersionOf, setNewVersionOf] = useState<number | null>(null);
  const [carried, setCarried] = useState<NewVersionDraft | null>(null);

  const showJournal = useCallback(() => {
    setScreen((previous) => {
      if (previous.name === 'preview') void api['table:close']({ tableId: previous.table.tableId });
      return { name: 'journal' };
    });
  }, []);

  useEffect(() => {
    void api['app:info']({}).then((result) => (result.ok ? setInfo(result.value) : setError(result.error)));
    return api.on('app:command', ({ command }) => {
      if (command === 'open-file') {
        setScreen({ name: 'home' });
        setOpenRequest((n) => n + 1);
      } else if (command === 'show-home') setScreen({ name: 'home' });
      else if (command === 'show-history') showJournal();
      else if (command === 'about') setAboutOpen(true);
      else if (command === 'show-settings') setScreen({ name: 'settings' });
    });
  }, [showJournal]);

  const showError = useCallback((result: Extract<Result<unknown>, { ok: false }>) => setError(result.error), []);

  const open = useCallback(async (file: FileRef, options: ReadOptions = {}) => {
    setError(null);
    const result = await api['table:open']({ fileId: file.fileId, options });
    if (!result.ok) return setError(result.error);
    setScreen((previous) => {
      if (previous.name === 'preview') void api['table:close']({ tableId: previous.table.tableId });
      return { name: 'preview', file, table: result.value };
    });
  }, []);

  const goHome = useCallback(() => {
    setScreen((previous) => {
      if (previous.name === 'preview') void api['table:close']({ tableId: previous.table.tableId });
      return { name: 'home' };
    });
  }, []);

  const openDraft = useCallback((draftId: string) => {
    setError(null);
    setScreen((previous) => {
      if (previous.name === 'preview') void api['table:close']({ tableId: previous.table.tableId });
      return { name: 'draft', draftId };
    });
  }, []);

  const locale = info?.locale ?? 'fr';
  return (
    <I18nProvider locale={locale}>
      <div className="app" lang={locale}>
        <nav className="top-bar">
          <span className="brand">Atelier Open Data</span>
          <JournalNavButton current={screen.name === 'journal'} onClick={showJournal} />
          <OutboxNavButton current={screen.name === 'outbox'} onClick={() => setScreen({ name: 'outbox' })} />
          <SettingsNavButton current={screen.name === 'settings'} onClick={() => setScreen({ name: 'settings' })} />
          <label className="language">
            <span className="sr-only">Langue / Language</span>
            <select
              value={locale}
              onChange={(event) => {
                void api['app:set-locale']({ locale: event.target.value === 'en' ? 'en' : 'fr' }).then((result) => result.ok && setInfo(result.value));
              }}
            >
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
        </nav>
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
        {error?.code === 'db.corrupt' && <RestoreDatabasePanel onRestored={() => setError(null)} />}
        {screen.name === 'home' && info && (
          <HomeScreen host={info.host} onOpen={(file) => void open(file)} onError={showError} openRequest={openRequest} onResumeDraft={openDraft} />
        )}
        {screen.name === 'preview' && (
          <PreviewScreen
            key={screen.table.tableId}
            file={screen.file}
            table={screen.table}
            onReopen={(options) => void open(screen.file, options)}
            onHome={goHome}
            actions={<StartReviewButton fileId={screen.file.fileId} options={screen.table.options} onCreated={openDraft} onError={showError} />}
          />
        )}
        {screen.name === 'draft' && carried?.draft.draftId === screen.draftId && (
          <CarriedDecisionsNotice carried={carried} onDismiss={() => setCarried(null)} />
        )}
        {screen.name === 'draft' && (
          <DraftWorkspace
            key={screen.draftId}
            draftId={screen.draftId}
            onHome={goHome}
            renderDescribe={(draft, onDraftChange) => <DescribeStep draft={draft} onDraftChange={onDraftChange} />}
            renderPublish={(draft) => <PublishStep draft={draft} />}
            {...(carried?.draft.draftId === screen.draftId ? { initialStep: 'decisions' as const } : {})}
          />
        )}
        {screen.name === 'journal' && <JournalScreen onHome={goHome} onPublishNewVersion={setNewVersionOf} />}
        {newVersionOf !== null && info && (
          <NewVersionDialog
            host={info.host}
            publicationId={newVersionOf}
            onClose={() => setNewVersionOf(null)}
            onCreated={(created) => {
              setNewVersionOf(null);
              setCarried(created);
              setScreen({ name: 'draft', draftId: created.draft.draftId });
            }}
          />
        )}
        {screen.name === 'settings' && <SettingsScreen onHome={goHome} />}
        {screen.name === 'outbox' && <OutboxScreen onHome={goHome} />}
        {aboutOpen && info && <AboutDialog info={info} onClose={() => setAboutOpen(false)} />}
      </div>
    </I18nProvider>
  );
}
