// The only bridge between the sandboxed renderer and main (STYLE.md): one object, `window.atelier`,
// with one explicit method per API method — never a generic `invoke(channel)`. Sandboxed preloads
// cannot load our modules, so the method list is written out here; `satisfies AtelierApi` makes
// the compiler refuse a missing, extra or mistyped method.
import electron = require('electron');
import type { ApiEventName, ApiEvents, ApiMethodName, AtelierApi, AtelierMethods } from '../../shared/api/contract.js';

const { contextBridge, ipcRenderer, webUtils } = electron;

const EVENT_CHANNEL = 'atelier:event';
const DROP_CHANNEL = 'atelier:register-dropped-file';

function call<K extends ApiMethodName>(method: K): AtelierMethods[K] {
  return ((request: unknown) => ipcRenderer.invoke(method, request)) as AtelierMethods[K];
}

const methods: AtelierMethods = {
  'app:info': call('app:info'),
  'app:set-locale': call('app:set-locale'),
  'jobs:cancel': call('jobs:cancel'),
  'files:pick': call('files:pick'),
  'files:recent': call('files:recent'),
  'files:open-recent': call('files:open-recent'),
  'table:open': call('table:open'),
  'table:state': call('table:state'),
  'table:rows': call('table:rows'),
  'table:set-view': call('table:set-view'),
  'table:view-state': call('table:view-state'),
  'table:close': call('table:close'),
  'scan:start': call('scan:start'),
  'scan:state': call('scan:state'),
  'scan:cancel': call('scan:cancel'),
  'scan:k-anonymity': call('scan:k-anonymity'),
  'scan:legal-grounds': call('scan:legal-grounds'),
  'decisions:decide': call('decisions:decide'),
  'decisions:preview': call('decisions:preview'),
  'decisions:redo': call('decisions:redo'),
  'decisions:rename': call('decisions:rename'),
  'decisions:undo': call('decisions:undo'),
  'drafts:create': call('drafts:create'),
  'drafts:discard': call('drafts:discard'),
  'drafts:dismiss': call('drafts:dismiss'),
  'drafts:get': call('drafts:get'),
  'drafts:list': call('drafts:list'),
  'drafts:restore-finding': call('drafts:restore-finding'),
  'drafts:flag-protected': call('drafts:flag-protected'),
  'drafts:unflag-protected': call('drafts:unflag-protected'),
  'drafts:scan': call('drafts:scan'),
  'drafts:set-metadata': call('drafts:set-metadata'),
  'drafts:set-output': call('drafts:set-output'),
  'drafts:set-read-options': call('drafts:set-read-options'),
  'export:cancel': call('export:cancel'),
  'export:preflight': call('export:preflight'),
  'export:to-folder': call('export:to-folder'),
  'metadata:check-schema': call('metadata:check-schema'),
  'metadata:delete-template': call('metadata:delete-template'),
  'metadata:licence-warnings': call('metadata:licence-warnings'),
  'metadata:licences': call('metadata:licences'),
  'metadata:new-draft': call('metadata:new-draft'),
  'metadata:save-template': call('metadata:save-template'),
  'metadata:schema-report': call('metadata:schema-report'),
  'metadata:schemas': call('metadata:schemas'),
  'metadata:suggest-schemas': call('metadata:suggest-schemas'),
  'metadata:templates': call('metadata:templates'),
  'metadata:validate': call('metadata:validate'),
  'publish:cancel': call('publish:cancel'),
  'publish:create-sandbox-profile': call('publish:create-sandbox-profile'),
  'publish:delete-profile': call('publish:delete-profile'),
  'publish:list': call('publish:list'),
  'publish:make-public': call('publish:make-public'),
  'publish:network-back': call('publish:network-back'),
  'publish:profiles': call('publish:profiles'),
  'publish:retry': call('publish:retry'),
  'publish:save-profile': call('publish:save-profile'),
  'publish:start': call('publish:start'),
  'publish:test-connection': call('publish:test-connection'),
  'publication:new-version': call('publication:new-version'),
  'history:list': call('history:list'),
  'history:detail': call('history:detail'),
  'history:compare': call('history:compare'),
  'history:previous-version': call('history:previous-version'),
  'history:export-journal': call('history:export-journal'),
  'history:export-report': call('history:export-report'),
  'history:backups': call('history:backups'),
  'history:restore-backup': call('history:restore-backup'),
};

const atelier = {
  ...methods,
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    const handler = (_event: unknown, message: { event: string; payload: ApiEvents[E] }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  importFile(file: File) {
    return ipcRenderer.invoke(DROP_CHANNEL, { path: webUtils.getPathForFile(file) });
  },
} satisfies AtelierApi;

contextBridge.exposeInMainWorld('atelier', atelier);
