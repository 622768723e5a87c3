import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app-process.js';
import { CORPUS, startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-reading-'));

/** A Windows-1252 CSV as business software exports it: a title block, a blank line, then the table. */
function windowsCsvWithTitleBlock(): string {
  const file = path.join(work, 'équipements-2024.csv');
  const lines = [
    'Extraction du 12/03/2024;;;',
    'Service des sports — Mairie;;;',
    ';;;',
    'Équipement;Commune;Capacité;Date de création',
    'Gymnase Léo Lagrange;Balma;350;14/02/1998',
    'Piscine Nakache;Toulouse;1 200;01/07/1934',
    'Stade Ernest-Wallon;Toulouse;19 500;23/09/1982',
  ];
  fs.writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
  return file;
}

/** A large CSV, so the clerk can scroll to its very last row. */
function largeCsv(rows: number): string {
  const file = path.join(work, 'grand-fichier.csv');
  const chunks: string[] = ['numero;libelle;montant\n'];
  for (let i = 1; i <= rows; i++) chunks.push(`${i};ligne numéro ${i};${(i * 1.5).toFixed(2).replace('.', ',')}\n`);
  fs.writeFileSync(file, chunks.join(''));
  return file;
}

async function openFile(page: Page, app: RunningApp, file: string): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByRole('grid').waitFor();
}

const headers = (page: Page) => page.getByRole('grid').getByRole('columnheader').allInnerTexts();

describe.skipIf(skipReason !== null)('opening files in the browser', () => {
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

  it('reads a Windows-1252 CSV past its title block, with accents and French numbers right', async () => {
    const page = await browser.newPage();
    await openFile(page, app, windowsCsvWithTitleBlock());
    await expect.poll(() => headers(page)).toEqual(['#', 'Équipement', 'Commune', 'Capacité', 'Date de création']);
    await expect.poll(() => page.getByRole('grid').getByRole('row').nth(1).innerText()).toContain('Gymnase Léo Lagrange');
    await expect.poll(() => page.getByText('3 lignes').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('Encodage').inputValue()).toBe('windows-1252');
    await expect.poll(() => page.getByLabel('Ligne d’en-tête').inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Capacité' }).click();
    await expect.poll(() => page.getByRole('complementary').innerText()).toContain('entier');
    await page.close();
  });

  it('opens an XLS, shows its headers with accents, and switches sheet', async () => {
    const page = await browser.newPage();
    await openFile(page, app, path.join(CORPUS, 'montpellier/VilleMTP_MTP_MarchesConclus_2013.xls'));
    await expect.poll(() => headers(page)).toContain('N° Marché');
    await page.goto(app.url);
    await page.getByTestId('file-input').setInputFiles(path.join(CORPUS, 'montpellier/VilleMTP_MTP_BudgetPri_2014.xls'));
    await page.getByRole('grid').waitFor();
    await page.getByLabel('Feuille').selectOption('OpenDataBP');
    await expect.poll(() => headers(page)).toContain('Exercice');
    await expect.poll(() => page.getByText('1 448 lignes').isVisible()).toBe(true);
    await page.close();
  });

  it('scrolls to the last row of a large file', async () => {
    const rows = 200_000;
    const page = await browser.newPage();
    await openFile(page, app, largeCsv(rows));
    await expect.poll(() => page.getByText('200 000 lignes').isVisible(), { timeout: 60_000 }).toBe(true);
    await page.getByRole('grid').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
    await expect.poll(() => page.getByRole('grid').innerText(), { timeout: 20_000 }).toContain(`ligne numéro ${rows}`);
    await page.close();
  });

  it('says in French why a file cannot be read, and stays usable', async () => {
    const page = await browser.newPage();
    const binary = path.join(work, 'pas-un-tableur.csv');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    await page.goto(app.url);
    await page.getByTestId('file-input').setInputFiles(binary);
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 }).toContain('pas-un-tableur.csv');
    await page.getByRole('button', { name: /Accueil/ }).click();
    await page.getByTestId('file-input').setInputFiles(windowsCsvWithTitleBlock());
    await expect.poll(() => headers(page)).toContain('Équipement');
    await page.close();
  });
});
