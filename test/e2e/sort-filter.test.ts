import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-sort-'));

/** A list of grants as a town hall exports it: French numbers, French dates, accented names. */
function grantsCsv(): string {
  const file = path.join(work, 'subventions-2023.csv');
  const lines = [
    'Bénéficiaire;Montant;Date de vote',
    'Zoé Martin;1 234,5;14/02/2023',
    'École Jules Ferry;999;03/11/2022',
    'Émile Durand;;01/01/2024',
    'Eric Petit;12,75;15/06/2023',
    'Chorale des élèves;-3;28/02/2023',
  ];
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** A large CSV whose labels are all distinct, so that sorting them in French order takes long enough to be cancelled. */
function largeCsv(rows: number): string {
  const file = path.join(work, 'grand-fichier.csv');
  const chunks: string[] = ['numero;libelle;montant\n'];
  for (let i = 1; i <= rows; i++) chunks.push(`${i};ligne numéro ${i};${((i * 7919) % rows).toString()},5\n`);
  fs.writeFileSync(file, chunks.join(''));
  return file;
}

async function openFile(page: Page, app: RunningApp, file: string): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByRole('grid').waitFor();
}

/** The header of the column named `name`. */
const headerOf = (page: Page, name: string) => page.getByRole('columnheader').filter({ has: page.getByRole('button', { name, exact: true }) });

/** The sort toggle in the header of the column named `name`. */
const sortToggle = (page: Page, name: string) => headerOf(page, name).getByRole('button', { name: 'Trier', exact: true });

/** The text of each data row shown, cells separated by tabs or new lines as the grid renders them. */
const shownRows = (page: Page) => page.getByRole('grid').getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

describe.skipIf(skipReason !== null)('sorting and filtering the whole table in the preview', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sorts amounts as numbers with the keyboard, keeps each row’s number in the file, and filters ignoring accents', async () => {
    const page = await browser.newPage();
    await openFile(page, app, grantsCsv());
    await expect.poll(() => page.getByText('5 lignes').first().isVisible()).toBe(true);
    const sortAmount = sortToggle(page, 'Montant');
    await expect.poll(() => sortAmount.isEnabled()).toBe(true);
    await sortAmount.focus();
    await page.keyboard.press('Enter');
    const amountHeader = headerOf(page, 'Montant');
    await expect.poll(() => amountHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => shownRows(page)).toEqual([
      '5 Chorale des élèves -3 28/02/2023',
      '4 Eric Petit 12,75 15/06/2023',
      '2 École Jules Ferry 999 03/11/2022',
      '1 Zoé Martin 1 234,5 14/02/2023',
      '3 Émile Durand 01/01/2024',
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => amountHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await shownRows(page))[0]).toBe('1 Zoé Martin 1 234,5 14/02/2023');

    await sortToggle(page, 'Date de vote').click();
    await expect.poll(async () => (await shownRows(page)).map((row) => row.split(' ')[0])).toEqual(['2', '1', '5', '4', '3']);

    await page.getByLabel('Filtrer', { exact: true }).fill('ELEVE');
    await page.getByLabel('Dans la colonne').selectOption({ label: 'toutes les colonnes' });
    await page.getByLabel('Filtrer', { exact: true }).press('Enter');
    await expect.poll(() => page.getByText('1 ligne sur 5').isVisible()).toBe(true);
    await expect.poll(() => shownRows(page)).toEqual(['5 Chorale des élèves -3 28/02/2023']);
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect.poll(async () => (await shownRows(page)).length).toBe(5);
    await page.close();
  });

  it('shows the progress of a long sort and cancels it, leaving the file order', async () => {
    const rows = 1_000_000;
    const page = await browser.newPage();
    await openFile(page, app, largeCsv(rows));
    const sortLabel = sortToggle(page, 'libelle');
    await expect.poll(() => sortLabel.isVisible(), { timeout: 120_000 }).toBe(true);
    await sortLabel.click();
    const cancel = page.getByRole('button', { name: 'Annuler' });
    await cancel.waitFor({ timeout: 20_000 });
    await cancel.click();
    await expect.poll(() => cancel.isVisible(), { timeout: 20_000 }).toBe(false);
    await expect.poll(() => headerOf(page, 'libelle').getAttribute('aria-sort')).toBe('none');
    await expect.poll(async () => (await shownRows(page))[0]).toBe('1 1 ligne numéro 1 7919,5');
    await page.close();
  });
});
