import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTable } from '../integration/export/synthetic-personal-table.js';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const ROWS = 300;
const NIR_COLUMN = 4;

/** Opens the app, uploads the file through the picker and starts the review of its personal data. */
async function startReview(app: RunningApp, browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByRole('button', { name: 'Vérifier les données personnelles' }).click();
  await page.getByRole('heading', { level: 2, name: 'Données personnelles' }).waitFor({ timeout: 60_000 });
  await page.getByRole('region', { name: /^Signalements/ }).waitFor();
  return page;
}

/** The finding buttons' column names, in the order listed. */
function listedColumns(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: /^Signalements/ }).locator('.finding-column').allInnerTexts();
}

describe.skipIf(skipReason !== null)('the review of personal data, in real Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let data: string[][];
  let file: string;

  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-review-'));
    file = path.join(folder, 'demandes-usagers.csv');
    data = writeSyntheticTable(file, ROWS, 20_251);
    app = await startApp();
    browser = await launchBrowser();
    page = await startReview(app, browser, file);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('flags the personal columns, each with its kind, and leaves the amounts and counts alone', async () => {
    const columns = await listedColumns(page);
    expect(columns).toEqual(expect.arrayContaining(['nom', 'courriel', 'telephone', 'nir', 'iban', 'date_naissance', 'adresse', 'geo', 'commentaire']));
    expect(columns).not.toContain('montant');
    expect(columns).not.toContain('effectif');
    const list = page.getByRole('region', { name: /^Signalements/ });
    await expect.poll(() => list.getByRole('button', { name: /courriel/ }).innerText()).toContain('adresse électronique');
    await expect.poll(() => list.getByRole('button', { name: /^nir/ }).innerText()).toContain('numéro de sécurité sociale (NIR)');
    const steps = page.getByRole('navigation', { name: 'Étapes de la publication' });
    await expect.poll(() => steps.getByRole('button', { name: /Données personnelles/ }).innerText()).toContain(`${columns.length} colonnes signalées`);
  });

  it('shows a finding’s evidence from the keyboard, masked, and highlights its cells in the table', async () => {
    const list = page.getByRole('region', { name: /^Signalements/ });
    const buttons = list.getByRole('button');
    await buttons.first().focus();
    const nirPosition = (await listedColumns(page)).indexOf('nir');
    for (let i = 0; i < nirPosition; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => list.getByRole('button', { name: /^nir/ }).getAttribute('aria-pressed')).toBe('true');

    const detail = page.getByRole('region', { name: 'Preuves du signalement de « nir »' });
    await detail.waitFor();
    const text = await detail.innerText();
    expect(text).toContain(`${ROWS} sur ${ROWS} cellules non vides`);
    expect(text).toMatch(/Part de la colonne\s+100\s%/);
    expect(text).toContain('élevée');
    expect(text).toContain('clé est valide');
    expect(text).toMatch(/[12] \d\d \*\* \*\* \*\*\* \*\*\* \d\d/);
    // No clear NIR reaches the evidence.
    for (const row of data) expect(text).not.toContain(row[NIR_COLUMN] ?? '');

    const rowLinks = await detail.getByRole('button', { name: /^Ligne \d+$/ }).allInnerTexts();
    expect(rowLinks.length).toBeGreaterThan(0);
    const exampleRows = rowLinks.map((label) => Number(label.replace(/\D/g, '')) - 1);
    const grid = page.getByRole('grid');
    await expect.poll(() => grid.locator('.grid-cell.hit').count()).toBeGreaterThan(0);
    const hits = await grid.locator('.grid-cell.hit').allInnerTexts();
    const expected = exampleRows.map((row) => data[row]?.[NIR_COLUMN]);
    for (const hit of hits) expect(expected).toContain(hit);

    // « Ligne N » brings that row into view, highlighted.
    const last = exampleRows.at(-1) ?? 0;
    await detail.getByRole('button', { name: `Ligne ${last + 1}` }).press('Enter');
    await expect.poll(() => grid.locator(`[role="row"][aria-rowindex="${last + 2}"] .grid-cell.hit`).innerText()).toBe(data[last]?.[NIR_COLUMN]);
  });

  it('refuses a dismissal without a written reason, then records one with its reason', async () => {
    const list = page.getByRole('region', { name: /^Signalements/ });
    const before = (await listedColumns(page)).length;
    await list.getByRole('button', { name: /^geo/ }).click();
    const form = page.getByRole('form', { name: 'Écarter le signalement de la colonne « geo »' });
    const reason = form.getByRole('textbox', { name: 'Raison' });
    await reason.fill('non');
    await form.getByRole('button', { name: 'Écarter avec cette raison' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('La raison est trop courte');
    await expect.poll(() => list.getByRole('button', { name: /^geo/ }).innerText()).not.toContain('écarté');

    const why = 'Coordonnées des bornes de collecte, pas des domiciles';
    await reason.fill(why);
    await reason.press('Tab');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('region', { name: 'Preuves du signalement de « geo »' });
    await expect.poll(() => detail.getByRole('status').innerText()).toContain(why);
    await expect.poll(() => list.getByRole('button', { name: /^geo/ }).innerText()).toContain('écarté');
    const steps = page.getByRole('navigation', { name: 'Étapes de la publication' });
    await expect.poll(() => steps.getByRole('button', { name: /Données personnelles/ }).innerText()).toContain(`${before - 1} colonnes signalées`);
  });

  it('keeps the dismissal and its reason in the draft: reopened from the home screen, the finding is still set aside', async () => {
    const again = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await again.goto(app.url);
    const drafts = again.getByRole('region', { name: 'Brouillons en cours' });
    await drafts.getByRole('button', { name: 'Reprendre le brouillon de « demandes-usagers.csv »' }).click();
    const list = again.getByRole('region', { name: /^Signalements/ });
    await list.getByRole('button', { name: /^geo/ }).click();
    const detail = again.getByRole('region', { name: 'Preuves du signalement de « geo »' });
    await expect.poll(() => detail.innerText()).toContain('Coordonnées des bornes de collecte, pas des domiciles');
    await detail.getByRole('button', { name: 'Rétablir le signalement' }).click();
    await expect.poll(() => list.getByRole('button', { name: /^geo/ }).innerText()).not.toContain('écarté');
    await again.close();
  });

  it('measures k-anonymity over the quasi-identifiers the scan proposes', async () => {
    const panel = page.getByRole('region', { name: 'Risque de ré-identification (k-anonymat)' });
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'date_naissance' }).isChecked()).toBe(true);
    await expect.poll(() => panel.getByRole('radio', { name: '5 lignes (cas général)' }).isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Calculer' }).click();
    const result = panel.getByRole('status');
    // Birth dates are all but unique among 300 people: most rows stand alone.
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/k\s=\s1\s:/);
    expect(await result.innerText()).toMatch(/dans un groupe de moins de 5 lignes/);

    await panel.getByRole('checkbox', { name: 'date_naissance' }).uncheck();
    await panel.getByRole('checkbox', { name: 'code_postal' }).check();
    await panel.getByRole('radio', { name: '11 lignes (données sociales, de santé ou fiscales)' }).check();
    await panel.getByRole('button', { name: 'Calculer' }).click();
    // Five postal codes shared by 300 rows: every group is large.
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('Aucune ligne n’est dans un groupe de moins de 11 lignes');
    expect(await result.innerText()).toContain('Tous les groupes atteignent le seuil.');
  });

  it('lets the clerk flag a column as covered by a secret, with its legal ground, and withdraw it', async () => {
    const secrets = page.getByRole('region', { name: 'Secrets protégés par la loi' });
    await secrets.getByLabel('Colonne').selectOption({ label: 'montant' });
    await secrets.getByLabel('Motif légal').selectOption({ label: 'CRPA L311-6 1° — Secret des affaires' });
    await secrets.getByRole('button', { name: 'Signaler comme protégée' }).click();
    await expect.poll(() => listedColumns(page)).toContain('montant');
    await expect.poll(() => secrets.getByRole('listitem').filter({ hasText: 'montant' }).innerText()).toContain('CRPA L311-6 1°');
    await secrets.getByRole('button', { name: 'Retirer le signalement' }).click();
    await expect.poll(() => listedColumns(page)).not.toContain('montant');
  });
});
