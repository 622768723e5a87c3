import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { apiMethodNames } from '../../shared/api/contract.js';
import { fail, ok } from '../../shared/api/result.js';
import { isAppError } from '../../shared/errors.js';
import type { AppCore } from '../app-core.js';
import { APP_ORIGIN } from './app-protocol.js';

export const EVENT_CHANNEL = 'atelier:event';
export const DROP_CHANNEL = 'atelier:register-dropped-file';

/**
 * Only the app's own window, on the app's own origin, may call main: not a sub-frame, not a
 * page that got navigated elsewhere, not a detached window (the fiddle rule).
 */
function fromAppWindow(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return event.sender === window.webContents && frame !== null && frame === window.webContents.mainFrame
    && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Registers one IPC handler per API method, and the channel that turns a dropped file into an id. */
export function registerIpc(core: AppCore, window: BrowserWindow): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(method, (event, payload: unknown) => {
      if (!fromAppWindow(event, window)) return fail('api.forbidden-sender');
      return core.dispatch(method, payload ?? {}, { host: 'electron' });
    });
  }
  ipcMain.handle(DROP_CHANNEL, (event, payload: unknown) => {
    if (!fromAppWindow(event, window)) return fail('api.forbidden-sender');
    const filePath = (payload as { path?: unknown } | null)?.path;
    if (typeof filePath !== 'string' || filePath.length === 0) return fail('api.invalid-request', { method: DROP_CHANNEL, at: '/path', rule: 'type' });
    try {
      const ref = core.files.register(filePath);
      return ok(ref);
    } catch (error) {
      return isAppError(error) ? fail(error.code, error.details) : fail('file.not-found');
    }
  });
  core.events.connect((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { event, payload });
  });
}
