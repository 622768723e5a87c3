import type { ApiEventName, ApiEvents } from '../../shared/api/contract.js';
import type { HostKind } from '../../shared/api/app-api.js';
import type { MethodSpec } from '../../shared/api/method.js';

/** Sends an event to every window (Electron) or browser tab (loopback host) of the app. */
export type EmitEvent = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

/** What a handler knows of the call besides its payload. */
export interface CallContext {
  host: HostKind;
}

/**
 * The handlers of one domain: one function per method, receiving the validated request. A handler
 * returns its response or throws an `AppError`; the dispatcher turns both into a `Result`.
 */
export type DomainHandlers<Methods extends { [K in keyof Methods]: MethodSpec<unknown, unknown> }> = {
  [K in keyof Methods]: (
    request: Methods[K]['request'],
    context: CallContext,
  ) => Promise<Methods[K]['response']> | Methods[K]['response'];
};
