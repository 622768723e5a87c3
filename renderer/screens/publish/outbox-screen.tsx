import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { OutboxPanel } from './outbox-panel.js';
import { publishCatalogue } from './publish-catalogue.js';
import './publish.css';

/**
 * « Publications »: the outbox on a screen of its own, reached from the top bar, so that the clerk
 * sees what waits for the network or for them whatever they were doing.
 */
export function OutboxScreen({ onHome }: { onHome: () => void }) {
  const t = useCatalogue(publishCatalogue);
  return (
    <main className="outbox-screen">
      <header className="screen-header">
        <button type="button" onClick={onHome}>← {t('outbox.back')}</button>
        <h1>{t('outbox.title')}</h1>
      </header>
      <p className="muted">{t('outbox.intro')}</p>
      <OutboxPanel finishedShown={50} />
    </main>
  );
}
