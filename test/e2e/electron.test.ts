import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './support/app-process.js';

/** The Electron binary, or null where it could not be downloaded (as on the team's build machines). */
function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) console.warn('Test Electron ignoré : le binaire Electron n’est pas installé sur cette machine (téléchargement impossible ici).');

describe.skipIf(binary === null)('the app in Electron', () => {
  it('opens a Windows-1252 CSV dropped on the window and shows accented headers; the window is locked down', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-electron-'));
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'], env: { ...process.env, ATELIER_DATA_DIR: dataDir } });
    try {
      const window = await app.firstWindow();
      await expect.poll(() => window.getByRole('button', { name: 'Ouvrir un fichier' }).isVisible()).toBe(true);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const [win] = BrowserWindow.getAllWindows();
        // Not in Electron's type definitions, but present at run time.
        return (win?.webContents as unknown as { getLastWebPreferences(): unknown } | undefined)?.getLastWebPreferences();
      });
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      // The menu command opens the native dialog; here the dialog is answered by the main process.
      await app.evaluate(({ dialog }, file) => {
        dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
      }, path.join(CORPUS, 'frictionless/table-with-accents.csv'));
      await window.getByRole('button', { name: 'Ouvrir un fichier' }).click();
      await expect.poll(() => window.getByRole('columnheader').allInnerTexts()).toContain('Année');
    } finally {
      await app.close();
    }
  });
});
