import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_KEYS } from '../../main/publish/emulator/emulator-seed.js';
import type { PortalEmulator } from '../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../main/publish/emulator/portal-emulator.js';
import { SANDBOX_PORT } from '../../main/publish/emulator/sandbox-accounts.js';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
/** About 10 MB: more than one 8 MB upload chunk, more than the loopback's socket buffers hold. */
const ROWS = 150_000;
const TITLE = 'Équipements sportifs et culturels';
const PROFILE = 'Bac à sable (udata)';
const KINDS = ['Gymnase', 'Stade', 'Piscine', 'Médiathèque', 'Salle polyvalente', 'Court de tennis'];
const MANAGERS = ['Commune', 'Métropole', 'Syndicat intercommunal', 'Association gestionnaire'];

/** A list of public facilities with no personal data, large enough for an upload to be watched. */
function writeFacilities(file: string): void {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
  const lines = ['identifiant;equipement;categorie;capacite;gestionnaire'];
  for (let row = 0; row < ROWS; row++) {
    const kind = KINDS[Math.floor(next() * KINDS.length)] ?? 'Gymnase';
    lines.push([`EQ-${String(row + 1).padStart(6, '0')}`, `${kind} du secteur ${1 + (row % 97)}`, kind, String(10 + Math.floor(next() * 2000)), MANAGERS[row % MANAGERS.length]].join(';'));
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
}

/** What the clerk reads in a part of the page, no-break spaces read as spaces. */
async function read(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

/** The publications of this draft's dataset, on the « Publication » step. */
function mine(page: Page): Locator {
  return page.getByRole('list', { name: 'Publications de ce jeu de données' });
}

/** One publication of the list, by its version. */
function publication(page: Page, version: number): Locator {
  return mine(page).getByRole('article', { name: `« ${TITLE} », version ${version}` });
}

describe.skipIf(skipReason !== null)('publishing in one click to the « Bac à sable », offline and back, in real Chromium', () => {
  let emulator: PortalEmulator;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let file = '';

  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-publish-'));
    file = path.join(folder, 'equipements-sportifs.csv');
    writeFacilities(file);
    // The « Bac à sable » profile points at the port `npm run portal:sandbox` uses.
    emulator = await startPortalEmulator({ port: SANDBOX_PORT });
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await emulator?.stop();
  });

  it('creates the « Bac à sable » profile and tests the connection, the API key never shown back', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Paramètres' }).click();
    const portals = page.getByRole('region', { name: 'Portails' });
    await portals.getByRole('combobox', { name: 'Moteur du bac à sable' }).selectOption({ label: 'data.gouv.fr (udata)' });
    await portals.getByRole('button', { name: 'Créer le profil Bac à sable' }).click();
    await expect.poll(() => read(portals.getByRole('status').first())).toContain(`Le profil « ${PROFILE} » est créé.`);
    const entry = portals.getByRole('listitem').filter({ hasText: PROFILE });
    expect(await read(entry)).toContain('Clé d’API enregistrée');
    // The browser host has no system keychain: the clerk is told where keys are kept.
    expect(await read(portals.getByRole('note'))).toContain('les clés d’API sont gardées dans un fichier chiffré');

    await entry.getByRole('button', { name: `Tester la connexion à « ${PROFILE} »` }).click();
    const report = portals.getByRole('region', { name: `Test de « ${PROFILE} »` });
    await expect.poll(() => read(report), { timeout: 30_000 }).toContain('La connexion fonctionne.');
    expect(await read(report)).toContain('Le portail répond.');
    expect(await read(report)).toContain('La clé d’API est acceptée.');

    await entry.getByRole('button', { name: `Modifier le portail « ${PROFILE} »` }).click();
    const key = page.getByLabel('Clé d’API', { exact: true });
    expect(await key.inputValue()).toBe('');
    expect(await read(page.locator('#profile-apiKey-hint'))).toContain('Une clé est enregistrée et ne sera pas réaffichée.');
    expect(await page.content()).not.toContain(EMULATOR_KEYS.udata.editor);
    await page.getByRole('form', { name: `Portail « ${PROFILE} »` }).getByRole('button', { name: 'Annuler' }).click();
  });

  it('publishes a vetted dataset in one click and shows the bytes of the upload going out', async () => {
    await page.getByRole('button', { name: '← Accueil' }).click();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier les données personnelles' }).click();
    const steps = page.getByRole('navigation', { name: 'Étapes de la publication' });
    await steps.getByRole('button', { name: /Description/ }).click({ timeout: 60_000 });
    await page.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Description' }).fill('Les équipements sportifs et culturels du territoire, leur catégorie, leur capacité et leur gestionnaire.');
    await page.getByRole('textbox', { name: 'Producteur' }).fill('Commune de Castelmaurou');
    await expect.poll(() => read(page.locator('.save-state'))).toBe('Description enregistrée.');

    await steps.getByRole('button', { name: /Publication/ }).click();
    expect(await page.getByRole('combobox', { name: 'Portail' }).locator('option:checked').innerText()).toBe(`${PROFILE} — data.gouv.fr (udata)`);
    await expect.poll(() => read(page.locator('#publish-readiness'))).toContain(`La description est complète pour ${PROFILE}.`);

    // The portal stops reading the file after 256 kB: the upload stands still where the clerk can see it.
    emulator.faults.add({ fault: 'stall-body', engine: 'udata', method: 'POST', path: '/upload/$', stallAfterBytes: 256 * 1024 });
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const first = publication(page, 1);
    const upload = first.getByRole('progressbar', { name: /^Envoi du fichier/ });
    await upload.waitFor({ timeout: 60_000 });
    await expect.poll(async () => Number(await upload.getAttribute('value'))).toBeGreaterThan(0);
    const label = (await upload.getAttribute('aria-label'))?.replace(/\u00a0/g, ' ') ?? '';
    expect(label).toMatch(/^Envoi du fichier : \d+ % \([\d,]+\s(ko|Mo) sur [\d,]+\sMo\)$/);
    expect(Number(await upload.getAttribute('value'))).toBeLessThan(100);
    expect(await read(first)).toContain('En cours : envoi du fichier');
    await expect.poll(() => read(page.getByRole('navigation').getByRole('button', { name: /^Publications/ }))).toBe('Publications (1 en cours)');
  });

  it('waits for the network when the portal cannot be reached, and says when it tries again', async () => {
    const state = emulator.state;
    await emulator.stop();
    const first = publication(page, 1);
    await expect.poll(() => read(first), { timeout: 60_000 }).toMatch(/En attente de réseau — nouvel essai à \d\d:\d\d/);
    expect(await read(first)).toContain('est injoignable (pas de réseau) : la publication attend et partira d’elle-même au retour du réseau.');
    expect(await first.getByRole('button', { name: `Réessayer maintenant la publication de « ${TITLE} »` }).isVisible()).toBe(true);
    expect(await read(first)).not.toContain('Publié');
    // Still offline, the clerk publishes again: the new version replaces the one waiting.
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const second = publication(page, 2);
    await expect.poll(() => read(second), { timeout: 60_000 }).toMatch(/En attente de réseau — nouvel essai à \d\d:\d\d/);
    await expect.poll(() => read(first)).toContain('Annulé');

    emulator = await startPortalEmulator({ port: SANDBOX_PORT, state });
  });

  it('leaves the queue once the network is back, ready but private, then published after « Rendre public »', async () => {
    const second = publication(page, 2);
    await second.getByRole('button', { name: `Réessayer maintenant la publication de « ${TITLE} »` }).click();
    await expect.poll(() => read(second), { timeout: 60_000 }).toContain('Prêt, privé : relu sur le portail, encore invisible du public');
    expect(await read(second)).not.toContain('Publié');

    await second.getByRole('button', { name: `Rendre public « ${TITLE} »` }).click();
    await expect.poll(() => read(second), { timeout: 60_000 }).toContain('Publié : relu sur le portail');
    const link = second.getByRole('link', { name: 'Voir le jeu de données sur le portail' });
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:8765\/udata\//);
    await expect.poll(() => read(page.getByRole('navigation').getByRole('button', { name: /^Publications/ }))).toBe('Publications');

    const datasets = emulator.summary().udata.filter((dataset) => !dataset.deleted);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]?.title).toBe(TITLE);
    expect(datasets[0]?.private).toBe(false);
    expect(datasets[0]?.resources).toHaveLength(1);
  });

  it('says in French why a publication failed, and sends it again on « Réessayer » once the cause is gone', async () => {
    // The portal refuses the key once (a key revoked, then restored by its administrator).
    emulator.faults.add({ fault: 'bad-key', engine: 'udata', times: 1 });
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const third = publication(page, 3);
    await expect.poll(() => read(third), { timeout: 60_000 }).toContain('Échec');
    expect(await read(third)).toContain('Le portail refuse la clé d’API de ce profil : vérifiez-la dans Paramètres › Portails');
    expect(await read(third)).not.toContain('Publié');

    await third.getByRole('button', { name: `Réessayer la publication de « ${TITLE} »` }).click();
    // The dataset is public since version 2: the new version is published as soon as it is read back.
    await expect.poll(() => read(third), { timeout: 60_000 }).toContain('Publié : relu sur le portail');
    expect(emulator.faults.firedCounts()).toContain(1);
    expect(emulator.summary().udata.filter((dataset) => !dataset.deleted)).toHaveLength(1);
  });

  it('finds the versions in the journal, compares the last two published, and exports the journal', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Historique' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal des publications' }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('equipements sportifs');
    const entries = page.getByRole('table').getByRole('button', { name: TITLE });
    await expect.poll(() => entries.count(), { timeout: 20_000 }).toBe(3);
    await entries.first().click();
    await page.getByRole('heading', { level: 2, name: `${TITLE} — version 3` }).waitFor();
    expect(await read(page.getByRole('region', { name: 'Historique' }))).toContain('Publiée sur le portail');
    await page.getByRole('combobox', { name: 'Comparer avec la version' }).selectOption({ label: (await page.getByRole('combobox', { name: 'Comparer avec la version' }).locator('option', { hasText: /^version 2 du / }).innerText()) });
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Comparaison de la version 2 .* et de la version 3/ }).waitFor();
    await page.getByRole('button', { name: 'Retour à la publication' }).click();
    await page.getByRole('button', { name: 'Retour au journal' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le journal (CSV)' }).click()]);
    const lines = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line) => line.includes(TITLE))).toBe(true);
  });
});
