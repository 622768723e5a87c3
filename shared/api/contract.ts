/**
 * The one contract between the renderer and main (DESIGN.md « One typed API »): every method,
 * its request and response types and the JSON Schema of its request, and every event main
 * sends. Each domain declares its part in its own file; this file composes them.
 */
import type { AppApi, AppEvents } from './app-api.js';
import { appRequestSchemas } from './app-api.js';
import type { JobEvents, JobsApi } from './jobs-api.js';
import { jobsRequestSchemas } from './jobs-api.js';
import type { FilesApi, FilesEvents } from './files-api.js';
import { filesRequestSchemas } from './files-api.js';
import type { HistoryApi, HistoryEvents } from './history-api.js';
import { historyRequestSchemas } from './history-api.js';
import type { ScanApi, ScanEvents } from './scan-api.js';
import { scanRequestSchemas } from './scan-api.js';
import type { DecisionsApi, DecisionsEvents } from './decisions-api.js';
import { decisionsRequestSchemas } from './decisions-api.js';
import type { MetadataApi, MetadataEvents } from './metadata-api.js';
import { metadataRequestSchemas } from './metadata-api.js';
import type { PublishApi, PublishEvents } from './publish-api.js';
import { publishRequestSchemas } from './publish-api.js';
import type { PublicationApi } from './publication-api.js';
import { publicationRequestSchemas } from './publication-api.js';
import type { RequestSchemas } from './method.js';
import type { Result } from './result.js';

/** Every method of the API, by name. */
export type ApiMethods = AppApi & JobsApi & FilesApi & ScanApi & DecisionsApi & MetadataApi & PublishApi & PublicationApi & HistoryApi;

/** Every event main sends to the renderer, by name. */
export type ApiEvents = AppEvents & JobEvents & FilesEvents & ScanEvents & DecisionsEvents & MetadataEvents & PublishEvents & HistoryEvents;

export type ApiMethodName = keyof ApiMethods & string;
export type ApiEventName = keyof ApiEvents & string;
export type ApiRequest<K extends ApiMethodName> = ApiMethods[K]['request'];
export type ApiResponse<K extends ApiMethodName> = ApiMethods[K]['response'];

/** The JSON Schema of every request; main compiles them once at start. */
export const requestSchemas: RequestSchemas<ApiMethods> = {
  ...appRequestSchemas,
  ...jobsRequestSchemas,
  ...filesRequestSchemas,
  ...scanRequestSchemas,
  ...decisionsRequestSchemas,
  ...metadataRequestSchemas,
  ...publishRequestSchemas,
  ...publicationRequestSchemas,
  ...historyRequestSchemas,
};

/** The method names, for hosts that register one handler each. */
export const apiMethodNames = Object.keys(requestSchemas) as ApiMethodName[];

/** The methods as the renderer calls them. */
export type AtelierMethods = {
  [K in ApiMethodName]: (request: ApiRequest<K>) => Promise<Result<ApiResponse<K>>>;
};

/** A file the clerk chose in the browser or dropped on the window, handed to the host. */
export interface ImportedFile {
  fileId: string;
  name: string;
  size: number;
}

/**
 * The object the renderer talks to: `window.atelier` in Electron (the preload builds it), the
 * loopback client in a browser. Both `satisfies` this type.
 */
export interface AtelierApi extends AtelierMethods {
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /**
   * Hands a `File` from a drop or a file input to main and returns its opaque id. Electron reads
   * its path through `webUtils`; the browser streams it to the loopback host.
   */
  importFile(file: File, onProgress?: (sent: number, total: number) => void): Promise<Result<ImportedFile>>;
}
