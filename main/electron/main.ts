// Electron entry: thin glue around the same core the loopback host uses (DESIGN.md).
import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import { createAppCore } from '../app-core.js';
import type { AppCore } from '../app-core.js';
import { rendererDir } from '../renderer-dir.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { registerIpc } from './ipc.js';
import { KeychainSecretStore } from './keychain-secret-store.js';
import { installMenu } from './menu.js';
import { createMainWindow, refusePermissions } from './window.js';

if (process.env.ATELIER_DATA_DIR) app.setPath('userData', process.env.ATELIER_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let core: AppCore | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    refusePermissions();
    serveRenderer(rendererDir());
    const window = createMainWindow();
    mainWindow = window;
    core = createAppCore({
      host: 'electron',
      dataDir: app.getPath('userData'),
      pickFile: async () => {
        const choice = await dialog.showOpenDialog(window, {
          title: 'Ouvrir un fichier',
          buttonLabel: 'Ouvrir',
          properties: ['openFile'],
          filters: [
            { name: 'Tableurs et fichiers CSV', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xls', 'ods'] },
            { name: 'Tous les fichiers', extensions: ['*'] },
          ],
        });
        return choice.canceled ? null : (choice.filePaths[0] ?? null);
      },
      chooseFolder: async () => {
        const choice = await dialog.showOpenDialog(window, {
          title: 'Exporter vers un dossier',
          buttonLabel: 'Exporter ici',
          properties: ['openDirectory', 'createDirectory'],
        });
        return choice.canceled ? null : (choice.filePaths[0] ?? null);
      },
      ...(KeychainSecretStore.available() ? { secrets: new KeychainSecretStore(app.getPath('userData')) } : {}),
      reportBug: (method, error) => console.error(`[atelier] erreur interne dans ${method} :`, error),
    });
    registerIpc(core, window);
    installMenu((command) => core?.events.emit('app:command', { command }));
  }).catch((error: unknown) => {
    dialog.showErrorBox('Atelier Open Data', `Le démarrage a échoué : ${error instanceof Error ? error.message : String(error)}`);
    app.quit();
  });

  app.on('window-all-closed', () => {
    void core?.close().finally(() => app.quit());
  });
}
