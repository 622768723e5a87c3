import type { AtelierApi } from '../../shared/api/contract.js';
import { createWebClient } from './web-client.js';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser. */
    atelier?: AtelierApi;
  }
}

/** The one API object: the preload's in Electron, the loopback client in a browser. */
export const api: AtelierApi = window.atelier ?? createWebClient();
