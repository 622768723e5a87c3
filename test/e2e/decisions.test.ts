import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTable } from '../integration/export/synthetic-personal-table.js';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const ROWS = 240;
const FILE_NAME = 'inscriptions-centre-loisirs.csv';
const EMAIL = 2;
const NIR = 4;
const IBAN = 5;

/** What the clerk decides for each flagged column of the synthetic table (all but « nom », decided by the test). */
const DECISIONS: [column: string, choice: string][] = [
  ['courriel', 'Masquer'],
  ['telephone', 'Supprimer'],
  ['nir', 'Supprimer'],
  ['iban', 'Supprimer'],
  ['date_naissance', 'Généraliser'],
  ['code_postal', 'Généraliser'],
  ['adresse', 'Généraliser'],
  ['geo', 'Généraliser'],
  ['commentaire', 'Caviarder'],
];

/** The decision card of a column. */
function card(page: Page, column: string): Locator {
  return page.getByRole('region', { name: `Colonne « ${column} »` });
}

/** The gate's sentences, as the clerk reads them. */
function gate(page: Page): Locator {
  return page.getByRole('region', { name: 'Avant d’exporter' });
}

/** What the clerk reads in a part of the page, no-break spaces read as spaces. */
async function read(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

/** Opens the app on a fresh page. */
async function openApp(app: RunningApp, browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(app.url);
  return page;
}

describe.skipIf(skipReason !== null)('deciding for every flagged column and exporting, in real Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let data: string[][];
  let exportedFolder = '';

  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-decisions-'));
    const file = path.join(folder, FILE_NAME);
    data = writeSyntheticTable(file, ROWS, 4_2024);
    app = await startApp();
    browser = await launchBrowser();
    page = await openApp(app, browser);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier les données personnelles' }).click();
    await page.getByRole('region', { name: /^Signalements/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Étapes de la publication' }).getByRole('button', { name: /Décisions/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses the export while a flagged column has no decision, and says which', async () => {
    await expect.poll(() => read(gate(page))).toContain('10 points bloquent l’export');
    expect(await read(gate(page))).toContain('« nir » n’a pas de décision (numéro de sécurité sociale (NIR)).');
    expect(await page.getByRole('button', { name: 'Exporter vers un dossier' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Contrôler avant l’envoi' }).isDisabled()).toBe(true);
    const explanation = await card(page, 'nir').getByRole('radio', { name: 'Pseudonymiser' }).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${explanation}"]`).innerText()).toContain('restent des données personnelles');
  });

  it('asks a written justification for « Conserver », with a legal basis from the list', async () => {
    const nom = card(page, 'nom');
    await nom.getByRole('radio', { name: 'Conserver' }).check();
    await expect.poll(() => read(gate(page))).toContain('« nom » est conservée sans justification écrite.');
    const justification = nom.getByRole('textbox', { name: 'Justification écrite' });
    await justification.fill('Élus du conseil municipal dans leur mandat');
    await justification.press('Tab');
    await nom.getByRole('combobox', { name: 'Base légale' }).selectOption({ label: 'CRPA D312-1-3 6° — Élus et vie politique (répertoire national des élus)' });
    await expect.poll(() => read(nom)).toContain('Conservée — CRPA D312-1-3 6°');
    expect(await read(gate(page))).not.toContain('« nom » est conservée sans justification');
    await nom.getByRole('radio', { name: 'Supprimer' }).check();
    await expect.poll(() => read(nom)).toContain('Supprimée');
  });

  it('decides every flagged column, shows the result before and after, and can undo and redo', async () => {
    for (const [column, choice] of DECISIONS) await card(page, column).getByRole('radio', { name: choice }).check();
    await expect.poll(() => read(gate(page))).toContain('Toutes les colonnes signalées ont une décision');
    expect(await card(page, 'date_naissance').getByRole('combobox', { name: 'Règle de généralisation' }).inputValue()).toBe('age-band');

    const preview = page.getByRole('table', { name: 'Valeurs avant et après les décisions' });
    await preview.scrollIntoViewIfNeeded();
    const firstRow = preview.locator('tbody tr').first();
    await expect.poll(() => firstRow.innerText()).toContain('[masqué]');
    const cells = await firstRow.locator('td').allInnerTexts();
    expect(cells).toContain(data[0]?.[EMAIL]);
    expect(cells).toContain('(colonne supprimée)');
    expect(cells.some((cell) => /^\d+-\d+$/.test(cell))).toBe(true);

    const undo = page.getByRole('toolbar').getByRole('button', { name: /Annuler/ });
    await undo.click();
    await expect.poll(() => read(card(page, 'commentaire'))).toContain('Sans décision');
    await expect.poll(() => read(gate(page))).toContain('1 point bloque l’export');
    await undo.focus();
    await page.keyboard.press('Control+y');
    await expect.poll(() => read(card(page, 'commentaire'))).toContain('Caviardée');
    await expect.poll(() => read(gate(page))).toContain('Toutes les colonnes signalées ont une décision');
  });

  it('renames a column of the published file', async () => {
    await page.getByText('Noms des colonnes publiées').click();
    const field = page.getByRole('textbox', { name: 'Nom publié de « montant »' });
    await field.fill('montant_euros');
    await field.press('Tab');
    const preview = page.getByRole('table', { name: 'Valeurs avant et après les décisions' });
    await expect.poll(() => read(preview)).toContain('après, nommée « montant_euros »');
  });

  it('runs the pre-flight check, then exports the vetted files to a folder without the personal values', async () => {
    await page.getByRole('button', { name: 'Contrôler avant l’envoi' }).click();
    const panel = page.getByRole('region', { name: 'Contrôle et export' });
    await expect.poll(() => read(panel), { timeout: 60_000 }).toMatch(/Contrôle réussi le .*: 240 lignes relues, rien de bloquant\./);

    await page.getByRole('button', { name: 'Exporter vers un dossier' }).click();
    const outcome = panel.locator('.export-outcome');
    await expect.poll(() => read(outcome), { timeout: 60_000 }).toMatch(/Exporté dans le dossier « .+ » : 240 lignes, 9 colonnes\./);
    const text = await read(outcome);
    exportedFolder = /dossier « (.+?) »/.exec(text)?.[1] ?? '';
    const folder = path.join(app.dataDir, 'exports', exportedFolder);
    const written = fs.readdirSync(folder).sort();
    expect(written).toEqual([`${FILE_NAME.replace(/\.csv$/, '')}-publication.csv`, 'datapackage.json', 'rapport-de-publication.html'].sort());
    const csv = fs.readFileSync(path.join(folder, `${FILE_NAME.replace(/\.csv$/, '')}-publication.csv`), 'utf8');
    expect(csv.split('\n')[0]).toContain('montant_euros');
    for (const row of data) {
      expect(csv).not.toContain(row[EMAIL]);
      expect(csv).not.toContain(row[NIR]);
      expect(csv).not.toContain(row[IBAN]);
    }
  });

  it('finds the draft again when the app reopens, decisions and pre-flight report kept, and discards it after a confirmation', async () => {
    await page.close();
    await app.stop();
    app = await startApp({ dataDir: app.dataDir });
    page = await openApp(app, browser);
    const drafts = page.getByRole('region', { name: 'Brouillons en cours' });
    await expect.poll(() => read(drafts)).toContain(FILE_NAME);
    expect(await read(drafts)).toContain('tout est décidé');
    await drafts.getByRole('button', { name: `Reprendre le brouillon de « ${FILE_NAME} »` }).click();
    await page.getByRole('navigation', { name: 'Étapes de la publication' }).getByRole('button', { name: /Décisions/ }).click();
    await expect.poll(() => read(card(page, 'commentaire'))).toContain('Caviardée');
    expect(await read(card(page, 'nom'))).toContain('Supprimée');
    expect(await read(gate(page))).toContain('Toutes les colonnes signalées ont une décision');
    expect(await read(page.getByRole('region', { name: 'Contrôle et export' }))).toContain('rien de bloquant');

    await page.getByRole('button', { name: '← Accueil' }).click();
    const list = page.getByRole('region', { name: 'Brouillons en cours' });
    await list.getByRole('button', { name: `Abandonner le brouillon de « ${FILE_NAME} »` }).click();
    const confirm = list.getByRole('button', { name: 'Oui, abandonner' });
    await expect.poll(() => confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => read(list.getByRole('status'))).toContain(`Le brouillon de « ${FILE_NAME} » a été abandonné.`);
    expect(await list.getByRole('button', { name: /Reprendre/ }).count()).toBe(0);
    expect(fs.existsSync(path.join(app.dataDir, 'exports', exportedFolder))).toBe(true);
  });
});
