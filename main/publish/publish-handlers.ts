import type { PublishApi } from '../../shared/api/publish-api.js';
import type { OutboxItemView } from '../../shared/publish/outbox-item.js';
import type { DomainHandlers } from '../api/handler-types.js';
import { sandboxAccount } from './emulator/sandbox-accounts.js';
import type { Outbox } from './outbox/outbox.js';
import { createPortalAdapter } from './portals/create-adapter.js';
import type { AdapterTimings } from './portals/portal-adapter.js';
import { DEFAULT_ADAPTER_TIMINGS } from './portals/portal-adapter.js';
import type { PortalProfiles } from './profiles/portal-profiles.js';

/** What the publish handlers need; the lead builds the outbox with `onTransition` and `onItemChanged` wired. */
export interface PublishHandlerDeps {
  profiles: PortalProfiles;
  outbox: Outbox;
  /**
   * Publishes a draft (main/publication/): gate, pre-flight, vetted export and history record,
   * then the outbox. Returns the outbox item.
   */
  startPublication: (draftId: string, profileId: number) => Promise<OutboxItemView>;
  /** Origin of `npm run portal:sandbox`, `http://127.0.0.1:8765` by default. */
  sandboxOrigin?: string;
  /** « Tester la connexion » timings; production defaults. */
  timings?: Partial<AdapterTimings>;
}

/** The handlers of the `publish` domain. */
export function createPublishHandlers(deps: PublishHandlerDeps): DomainHandlers<PublishApi> {
  const { profiles, outbox } = deps;
  return {
    'publish:profiles': () => profiles.list(),
    'publish:save-profile': async ({ profileId, ...form }) =>
      profileId === undefined ? profiles.create(form) : profiles.update(profileId, form),
    'publish:delete-profile': async ({ profileId }) => {
      await profiles.remove(profileId);
      return { deleted: true };
    },
    'publish:create-sandbox-profile': async ({ engine }) => {
      const account = sandboxAccount(engine, deps.sandboxOrigin);
      return profiles.create({ label: `Bac à sable (${engine})`, engine, autoPublic: false, sandbox: true, ...account });
    },
    'publish:test-connection': async ({ profileId }) => {
      const profile = await profiles.get(profileId);
      const apiKey = await profiles.apiKey(profileId);
      const timings = { ...DEFAULT_ADAPTER_TIMINGS, timeoutMs: 20_000, ...deps.timings };
      return createPortalAdapter({ profile, apiKey, timings, signal: new AbortController().signal }).checkConnection();
    },
    'publish:start': ({ draftId, profileId }) => deps.startPublication(draftId, profileId),
    'publish:list': () => outbox.list(),
    'publish:cancel': ({ outboxId }) => outbox.cancel(outboxId),
    'publish:make-public': ({ outboxId }) => outbox.makePublic(outboxId),
    'publish:retry': ({ outboxId }) => outbox.retry(outboxId),
    'publish:network-back': () => {
      outbox.networkMayBeBack();
      return { probing: true };
    },
  };
}
