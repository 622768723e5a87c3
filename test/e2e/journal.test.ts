import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backUpDatabase, backupDirFor } from '../../main/db/backup.js';
import { openDatabase } from '../../main/db/database.js';
import { appendPublicationEvent, recordPublication, setRemote } from '../../main/history/publication-recorder.js';
import { metadataFor, publicationInput, sha256Of } from '../integration/history/publication-fixture.js';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const DELIBERATIONS = 'Délibérations du conseil municipal';
const SUBSIDIES = 'Subventions aux associations 2024';
const DATASET_PAGE = 'https://data.toulouse-metropole.example/explore/dataset/deliberations-conseil-municipal/';

/**
 * Fills a new data folder's history as the publishing flow would: two versions of the council's
 * deliberations (the second from a file with one more column, more rows, a new decision and an
 * edited description) and a subsidies dataset whose upload failed. The app is not running yet.
 */
function seedHistory(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, 'atelier.sqlite'));
  const first = recordPublication(db, publicationInput({ publicationKey: 'deliberations-v1' }));
  appendPublicationEvent(db, first.publicationId, { type: 'uploaded', at: '2025-01-06T10:02:00.000Z' });
  appendPublicationEvent(db, first.publicationId, { type: 'published', at: '2025-01-06T10:03:00.000Z' });
  setRemote(db, first.publicationId, { datasetId: 'deliberations-conseil-municipal', datasetUrl: DATASET_PAGE }, '2025-01-06T10:03:00.000Z');

  const base = publicationInput();
  const second = recordPublication(db, publicationInput({
    publicationKey: 'deliberations-v2',
    recordedAt: '2025-03-10T10:00:00.000Z',
    scannedAt: '2025-03-10T09:40:00.000Z',
    decidedAt: '2025-03-10T09:55:00.000Z',
    source: { ...base.source, sha256: sha256Of('source v2'), columns: [...base.source.columns, 'Commission'] },
    output: { ...base.output, sha256: sha256Of('output v2'), rowCount: 230, columnCount: 6, columns: [...base.output.columns, 'Commission'] },
    decisions: [
      ...base.decisions,
      { columnName: 'Rapporteur', action: 'keep', justification: 'Élus dans l’exercice de leur mandat', legalBasis: 'CGCT L2121-25' },
    ],
    metadata: metadataFor(DELIBERATIONS, { description: 'Délibérations du conseil municipal, commissions comprises.' }),
  }));
  appendPublicationEvent(db, second.publicationId, { type: 'published', at: '2025-03-10T10:05:00.000Z' });

  const other = recordPublication(db, publicationInput({
    publicationKey: 'subventions-2024',
    datasetTitle: SUBSIDIES,
    datasetSlug: 'subventions-associations-2024',
    recordedAt: '2025-02-15T10:00:00.000Z',
    source: { ...base.source, path: 'C:\\Partage\\Finances\\subventions 2024.csv', sha256: sha256Of('subsidies'), format: 'csv' },
    output: { ...base.output, name: 'subventions-2024.csv', sha256: sha256Of('subsidies out') },
    metadata: metadataFor(SUBSIDIES, { keywords: ['associations', 'subventions'] }),
  }));
  appendPublicationEvent(db, other.publicationId, { type: 'failed', at: '2025-02-15T10:01:00.000Z', details: { code: 'publish.server-error' } });
  db.close();
}

/** Opens the app in a new page and goes to the journal through the top bar. */
async function openJournal(app: RunningApp, browser: Browser): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Historique' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journal des publications' }).waitFor();
  return page;
}

/** The texts of the journal table's title cells, in the order shown. */
function shownTitles(page: Page): Promise<string[]> {
  return page.getByRole('table').locator('tbody tr td:first-child button').allInnerTexts();
}

describe.skipIf(skipReason !== null)('the journal of publications, in real Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-journal-'));
    seedHistory(dataDir);
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds « Délibérations » by typing deliberation, shows its whole story, compares its two versions and exports the CSV', async () => {
    const page = await openJournal(app, browser);
    await expect.poll(() => page.getByText('3 publications').isVisible()).toBe(true);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('deliberation');
    await expect.poll(() => page.getByText('2 publications').isVisible()).toBe(true);
    expect(await shownTitles(page)).toEqual([DELIBERATIONS, DELIBERATIONS]);

    // Most recent first: the first row is version 2.
    await page.getByRole('table').getByRole('button', { name: DELIBERATIONS }).first().click();
    const heading = page.getByRole('heading', { level: 2, name: `${DELIBERATIONS} — version 2` });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const decisions = page.getByRole('region', { name: 'Décisions' });
    await expect.poll(() => decisions.getByRole('row', { name: /Rapporteur/ }).innerText()).toContain('Élus dans l’exercice de leur mandat');
    expect(await decisions.getByRole('row', { name: /Adresse du demandeur/ }).innerText()).toMatch(/colonne supprimée[\s\S]*CRPA L312-1-2/);
    expect(await page.getByRole('region', { name: 'Constats écartés' }).innerText()).toContain('CGCT L2121-25');
    expect(await page.getByRole('region', { name: 'Fichier source' }).innerText()).toContain(sha256Of('source v2'));
    expect(await page.getByRole('region', { name: 'Historique' }).innerText()).toContain('Publiée sur le portail');

    // The portal page is known from version 1 only; open version 1 from the list of versions.
    await page.getByRole('button', { name: /^Version 1 du / }).click();
    await page.getByRole('heading', { level: 2, name: `${DELIBERATIONS} — version 1` }).waitFor();
    const portalLink = page.getByRole('region', { name: 'En ligne' }).getByRole('link', { name: /explore\/dataset/ });
    expect(await portalLink.getAttribute('href')).toBe(DATASET_PAGE);
    expect(await portalLink.getAttribute('target')).toBe('_blank');
    expect(await portalLink.getAttribute('rel')).toBe('noreferrer');

    // Version 1 against version 2, the one other version, offered by default.
    const otherVersion = page.getByRole('combobox', { name: 'Comparer avec la version' });
    expect(await otherVersion.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toMatch(/^version 2 du /);
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Comparaison de la version 1 .* et de la version 2/ }).waitFor();
    const sizes = page.getByRole('region', { name: 'Taille du fichier publié' });
    expect(await sizes.getByRole('row', { name: /Lignes/ }).innerText()).toMatch(/212\s+230\s+\+18/);
    expect(await page.getByRole('region', { name: 'Colonnes publiées' }).innerText()).toMatch(/Colonne ajoutée\s+Commission/);
    const changedDecisions = page.getByRole('region', { name: 'Décisions modifiées' });
    expect(await changedDecisions.getByRole('row', { name: /Rapporteur/ }).innerText()).toMatch(/aucune décision[\s\S]*colonne conservée/);
    expect(await page.getByRole('region', { name: 'Description modifiée' }).innerText()).toContain('commissions comprises');

    // Back to the journal: the search is kept, and the CSV holds what it shows.
    await page.getByRole('button', { name: 'Retour à la publication' }).click();
    await page.getByRole('button', { name: 'Retour au journal' }).click();
    await expect.poll(() => page.getByText('2 publications').isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter le journal (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^journal-des-publications-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toContain('Jeu de données;');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.includes(DELIBERATIONS))).toBe(true);
    expect(csv).not.toContain(SUBSIDIES);
    await page.close();
  });

  it('is driven from the keyboard: the journal entry left takes the focus back and Enter opens it', async () => {
    const page = await openJournal(app, browser);
    await page.getByRole('table').getByRole('button', { name: SUBSIDIES }).click();
    await page.getByRole('heading', { level: 2, name: `${SUBSIDIES} — version 1` }).waitFor();
    await page.getByRole('button', { name: 'Retour au journal' }).press('Enter');
    const entry = page.getByRole('table').getByRole('button', { name: SUBSIDIES });
    await expect.poll(() => entry.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `${SUBSIDIES} — version 1` }).waitFor();
    await page.close();
  });

  it('saves the printable French report of a publication and opens it, styled, in a window to print', async () => {
    const page = await openJournal(app, browser);
    await page.getByRole('table').getByRole('button', { name: DELIBERATIONS }).first().click();
    await page.getByRole('heading', { level: 2, name: `${DELIBERATIONS} — version 2` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapport imprimable' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-deliberations-conseil-municipal-v2.html');
    const report = fs.readFileSync(await download.path(), 'utf8');
    expect(report).toContain(`Rapport de publication — ${DELIBERATIONS} (version 2)`);
    expect(report).toContain('Élus dans l’exercice de leur mandat');

    const [printed] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Ouvrir le rapport pour l’imprimer' }).click()]);
    await printed.getByRole('heading', { level: 1, name: /^Rapport de publication/ }).waitFor();
    // The report's own sheet applies despite the renderer's policy against inline styles.
    await expect.poll(() => printed.locator('th').first().evaluate((cell) => getComputedStyle(cell).borderTopStyle)).toBe('solid');
    await printed.close();
    await page.close();
  });

  it('filters by status and by the clerk’s local days, and sorts by title', async () => {
    const page = await openJournal(app, browser);
    await expect.poll(() => page.getByText('3 publications').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'en échec' }).check();
    await expect.poll(() => shownTitles(page)).toEqual([SUBSIDIES]);
    await page.getByRole('checkbox', { name: 'en échec' }).uncheck();

    await page.getByLabel('Enregistrées à partir du').fill('2025-01-06');
    await page.getByLabel('Jusqu’au (inclus)').fill('2025-02-15');
    await expect.poll(() => shownTitles(page)).toEqual([SUBSIDIES, DELIBERATIONS]);
    await page.getByRole('button', { name: 'Effacer la recherche et les filtres' }).click();
    await expect.poll(() => page.getByText('3 publications').isVisible()).toBe(true);

    await page.getByRole('columnheader', { name: /Jeu de données/ }).getByRole('button').click();
    await expect.poll(() => shownTitles(page)).toEqual([DELIBERATIONS, DELIBERATIONS, SUBSIDIES]);
    expect(await page.getByRole('columnheader', { name: /Jeu de données/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });
});

describe.skipIf(skipReason !== null)('a damaged database, restored from a backup in the journal', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-restore-'));
    seedHistory(dataDir);
    const file = path.join(dataDir, 'atelier.sqlite');
    const db = openDatabase(file);
    await backUpDatabase(db, backupDirFor(file));
    db.close();
    // Garbage over every page but the first: the schema still reads, the tables do not.
    const size = fs.statSync(file).size;
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    fs.closeSync(handle);
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says the database is damaged, restores the backup after a confirmation and shows the journal again', async () => {
    const page = await openJournal(app, browser);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('est endommagée');
    const panel = page.getByRole('region', { name: 'Restaurer la base de données' });
    await panel.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
    const confirmation = page.getByRole('alertdialog', { name: 'Confirmer la restauration' });
    expect(await confirmation.getByRole('button', { name: 'Annuler' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await confirmation.getByRole('button', { name: 'Oui, restaurer cette sauvegarde' }).click();
    await expect.poll(() => page.getByText('3 publications').isVisible()).toBe(true);
    expect(await shownTitles(page)).toContain(SUBSIDIES);
    await page.close();
  });
});

describe.skipIf(skipReason !== null)('a journal longer than one page', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-pages-'));
    const db = openDatabase(path.join(dataDir, 'atelier.sqlite'));
    for (let n = 1; n <= 60; n++) {
      const day = String(1 + (n % 28)).padStart(2, '0');
      recordPublication(db, publicationInput({
        publicationKey: `equipements-${n}`,
        datasetTitle: `Équipements sportifs, lot ${n}`,
        datasetSlug: `equipements-sportifs-${n}`,
        recordedAt: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${day}T08:00:00.000Z`,
      }));
    }
    db.close();
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows 50 publications a page and reaches the last ten with « Page suivante »', async () => {
    const page = await openJournal(app, browser);
    await expect.poll(() => page.getByText('60 publications').isVisible()).toBe(true);
    expect(await shownTitles(page)).toHaveLength(50);
    const paging = page.getByRole('navigation', { name: 'Pages du journal' });
    expect(await paging.innerText()).toContain('Page 1 sur 2');
    await paging.getByRole('button', { name: 'Page suivante' }).click();
    await expect.poll(() => paging.innerText()).toContain('Page 2 sur 2');
    await expect.poll(() => shownTitles(page).then((titles) => titles.length)).toBe(10);
    expect(await paging.getByRole('button', { name: 'Page suivante' }).isDisabled()).toBe(true);
    await page.close();
  });
});
