import { useCallback, useState } from 'react';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { journalCatalogue } from './journal-catalogue.js';
import type { JournalPosition } from './journal-list.js';
import { JournalList } from './journal-list.js';
import { DEFAULT_SORT, NO_FILTERS } from './journal-query.js';
import './journal.css';
import { PublicationDetailView } from './publication-detail.js';
import { useHistoryRevision } from './use-history-call.js';
import { VersionComparisonView } from './version-comparison.js';

interface JournalScreenProps {
  onHome: () => void;
  /** « Publier une nouvelle version » of the publication shown; the button is absent without it. */
  onPublishNewVersion?: (publicationId: number) => void;
}

type JournalView =
  | { name: 'list' }
  | { name: 'detail'; publicationId: number }
  | { name: 'compare'; publicationId: number; otherId: number };

/**
 * The publishing history as the clerk and the DPO use it: the journal searched and filtered, a
 * publication's whole story, two versions compared, the CSV journal and the printable report for
 * an audit, and the start of a new version. Follows the history as it changes.
 */
export function JournalScreen({ onHome, onPublishNewVersion }: JournalScreenProps) {
  const t = useCatalogue(journalCatalogue);
  const [view, setView] = useState<JournalView>({ name: 'list' });
  const [position, setPosition] = useState<JournalPosition>({ filters: NO_FILTERS, sort: DEFAULT_SORT, offset: 0 });
  const [lastOpened, setLastOpened] = useState<number | null>(null);
  const [restores, setRestores] = useState(0);
  const revision = useHistoryRevision() + restores;
  const restored = useCallback(() => setRestores((n) => n + 1), []);

  const open = useCallback((publicationId: number) => {
    setLastOpened(publicationId);
    setView({ name: 'detail', publicationId });
  }, []);

  return (
    <main className="journal-screen">
      <header className="screen-header">
        <button type="button" onClick={onHome}>← {t('back')}</button>
        <h1>{t('title')}</h1>
      </header>
      {view.name === 'list' && (
        <>
          <p className="muted journal-intro">{t('intro')}</p>
          <JournalList
            position={position}
            onPosition={setPosition}
            revision={revision}
            onOpen={open}
            returnFocusTo={lastOpened}
            onRestored={restored}
          />
        </>
      )}
      {view.name === 'detail' && (
        <PublicationDetailView
          publicationId={view.publicationId}
          revision={revision}
          onBack={() => setView({ name: 'list' })}
          onOpen={open}
          onCompare={(otherId) => setView({ name: 'compare', publicationId: view.publicationId, otherId })}
          onRestored={restored}
          {...(onPublishNewVersion ? { onPublishNewVersion } : {})}
        />
      )}
      {view.name === 'compare' && (
        <VersionComparisonView
          firstId={view.publicationId}
          secondId={view.otherId}
          revision={revision}
          onBack={() => setView({ name: 'detail', publicationId: view.publicationId })}
          onRestored={restored}
        />
      )}
    </main>
  );
}
