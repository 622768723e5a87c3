import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app-process.js';
import { startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();
const FILE_NAME = 'equipements-commune.csv';
const TEMPLATE = 'Mairie de Castelmaurou — services techniques';
const THEMES = ['Equipement sportif et de loisirs', 'Equipement culturel', 'Equipement administratif', 'Equipement d\'enseignement'];
const TYPES = ['Gymnase', 'Médiathèque', 'Mairie annexe', 'École élémentaire'];
/** Data rows (from 0) whose theme is outside the schema's list: the check must point at them. */
const WRONG_THEME_ROWS = [4, 11, 23];

/** A small seeded pseudo-random generator, so that the file is the same at every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A list of public facilities with no personal data (nor postal code or commune, which the scan
 * flags as quasi-identifiers to examine), under some column names of the SCDL « Équipements »
 * schema, three themes outside the schema's list.
 */
function writeFacilities(file: string, rows: number): void {
  const random = seeded(2025);
  const lines = ['COLL_NOM;EQUIP_UID;EQUIP_THEME;EQUIP_CODE;EQUIP_TYPE;EQUIP_NOM;CAPACITE'];
  for (let row = 0; row < rows; row++) {
    const kind = Math.floor(random() * THEMES.length);
    const theme = WRONG_THEME_ROWS.includes(row) ? 'Piscine' : THEMES[kind];
    const code = `0101${String(row).padStart(4, '0')}-001`;
    lines.push(['Commune de Castelmaurou', `31118-${code}`, theme, code, TYPES[kind], `${TYPES[kind]} n° ${row + 1}`, String(20 + Math.floor(random() * 400))].join(';'));
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
}

/** What the clerk reads in a part of the page, no-break spaces read as spaces. */
async function read(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

/** The text of the elements that describe an input (its hint and its errors). */
async function description(page: Page, input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id !== '');
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').replace(/\u00a0/g, ' ');
}

/** The « Avant de publier » summary of the form. */
function summary(page: Page): Locator {
  return page.getByRole('region', { name: 'Avant de publier' });
}

async function openApp(app: RunningApp, browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(app.url);
  return page;
}

async function openDescriptionStep(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Étapes de la publication' }).getByRole('button', { name: /Description/ }).click();
  await page.getByRole('textbox', { name: 'Titre' }).waitFor();
}

describe.skipIf(skipReason !== null)('describing a dataset, in real Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let file = '';

  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-describe-'));
    file = path.join(folder, FILE_NAME);
    writeFacilities(file, 30);
    app = await startApp();
    browser = await launchBrowser();
    page = await openApp(app, browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('saves an organisation template in the settings, a wrong e-mail refused next to its field', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Paramètres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    await page.getByRole('button', { name: 'Nouveau modèle' }).click();
    const form = page.getByRole('form', { name: 'Nouveau modèle d’organisation' });
    await form.getByRole('textbox', { name: 'Nom du modèle' }).fill(TEMPLATE);
    await form.getByRole('checkbox', { name: 'Modèle par défaut des nouveaux brouillons' }).check();
    await form.getByRole('textbox', { name: 'Producteur' }).fill('Commune de Castelmaurou');
    await form.getByRole('textbox', { name: 'Service ou personne à contacter' }).fill('Services techniques');
    const email = form.getByRole('textbox', { name: 'Adresse électronique de contact' });
    await email.fill('technique-castelmaurou.fr');
    for (const keyword of ['équipements', 'patrimoine communal']) {
      await form.getByRole('textbox', { name: 'Nouveau mot-clé' }).fill(keyword);
      await page.keyboard.press('Enter');
    }
    await form.getByRole('combobox', { name: 'Nouveau thème' }).fill('Sports, Loisirs');
    await form.getByRole('button', { name: 'Ajouter le thème' }).click();
    await form.getByRole('textbox', { name: 'Couverture géographique' }).fill('Castelmaurou (31118)');
    await form.getByRole('button', { name: 'Enregistrer le modèle' }).click();

    await expect.poll(() => read(form.getByRole('alert'))).toContain('1 champ est refusé : le modèle n’est pas enregistré.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, email)).toContain('Adresse électronique invalide (exemple : opendata@mairie.fr).');

    await email.fill('services.techniques@castelmaurou.fr');
    await form.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    const templates = page.getByRole('region', { name: 'Modèles d’organisation' });
    await expect.poll(() => read(templates.getByRole('status'))).toContain(`Le modèle « ${TEMPLATE} » est enregistré.`);
    expect(await read(templates.getByRole('listitem').filter({ hasText: TEMPLATE }))).toContain('par défaut');
  });

  it('fills a new draft’s description from the default template, under the Licence Ouverte 2.0 by default', async () => {
    await page.getByRole('button', { name: '← Accueil' }).click();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier les données personnelles' }).click();
    await page.getByRole('navigation', { name: 'Étapes de la publication' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => read(page.getByRole('navigation', { name: 'Étapes de la publication' })), { timeout: 60_000 }).toContain('rien à examiner');
    await openDescriptionStep(page);

    await expect.poll(() => page.getByRole('textbox', { name: 'Producteur' }).inputValue()).toBe('Commune de Castelmaurou');
    expect(await page.getByRole('textbox', { name: 'Adresse électronique de contact' }).inputValue()).toBe('services.techniques@castelmaurou.fr');
    expect(await page.getByRole('textbox', { name: 'Couverture géographique' }).inputValue()).toBe('Castelmaurou (31118)');
    expect(await read(page.getByRole('group', { name: 'Mots-clés' }))).toContain('patrimoine communal');
    const licence = page.getByRole('combobox', { name: 'Licence' });
    expect(await licence.inputValue()).toBe('etalab-2.0');
    expect(await licence.locator('option:checked').innerText()).toBe('Licence Ouverte / Open Licence 2.0 (par défaut)');
    expect(await description(page, licence)).toContain('Seule obligation : mentionner la source et la date de dernière mise à jour.');
    await expect.poll(() => read(summary(page))).toContain('2 points à corriger avant de publier :');
    expect(await read(summary(page))).toContain('Titre : À remplir.');
    const title = page.getByRole('textbox', { name: 'Titre' });
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, title)).toContain('À remplir.');
  });

  it('says next to a field what a chosen portal would refuse, and takes the fix', async () => {
    await page.getByRole('textbox', { name: 'Titre' }).fill('Équipements publics de Castelmaurou');
    await page.getByRole('textbox', { name: 'Description' }).fill('Gymnases, médiathèque, écoles et mairies annexes de la commune, avec leur capacité d’accueil.');
    await expect.poll(() => read(summary(page))).toContain('La description est complète pour tous les portails.');

    await page.getByRole('combobox', { name: 'Vérifier pour le portail' }).selectOption({ label: 'CKAN' });
    const keyword = page.getByRole('textbox', { name: 'Nouveau mot-clé' });
    await keyword.fill('voirie/réseaux');
    await keyword.press('Enter');
    await expect.poll(() => keyword.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, keyword)).toContain('CKAN : « voirie/réseaux » : CKAN n’accepte dans un mot-clé que des lettres');
    expect(await read(summary(page))).toContain('1 point à corriger avant de publier sur CKAN :');

    await page.getByRole('combobox', { name: 'Vérifier pour le portail' }).selectOption({ label: 'Tous les portails (règles communes)' });
    await expect.poll(() => keyword.getAttribute('aria-invalid')).toBe('false');

    await page.getByRole('combobox', { name: 'Vérifier pour le portail' }).selectOption({ label: 'CKAN' });
    await expect.poll(() => keyword.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Retirer « voirie/réseaux »' }).click();
    await expect.poll(() => read(summary(page))).toContain('La description est complète pour CKAN.');
    expect(await keyword.getAttribute('aria-invalid')).toBe('false');

    const end = page.getByLabel('Au', { exact: true });
    await page.getByLabel('Du', { exact: true }).fill('2025-01-01');
    await end.fill('2024-12-31');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, end)).toContain('La fin de la période précède son début.');
    await end.fill('2025-12-31');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('false');
  });

  it('explains the ODbL’s share-alike and warns of a licence outside the décret n° 2017-638 list', async () => {
    const licence = page.getByRole('combobox', { name: 'Licence' });
    await licence.selectOption('ODbL-1.0');
    const field = page.locator('.licence-field');
    await expect.poll(() => read(field)).toContain('À savoir : Partage à l’identique');
    expect(await read(field)).toContain('Une base dérivée diffusée publiquement doit l’être sous la même licence');
    await licence.selectOption('CC-BY-4.0');
    await expect.poll(() => read(field)).toContain('ne figure pas sur la liste du décret n° 2017-638');
    expect(await read(field)).toContain('Attention :');
    await licence.selectOption('etalab-2.0');
    await expect.poll(() => read(field)).not.toContain('Attention :');
  });

  it('suggests the official schema from the column names, checks the published file against it and shows the cell of an error', async () => {
    const panel = page.getByRole('region', { name: 'Schéma de données officiel' });
    await expect.poll(() => read(panel)).toContain('le fichier pourrait suivre « Équipements »');
    await panel.getByRole('button', { name: 'Choisir « Équipements »' }).click();
    expect(await panel.getByRole('combobox', { name: 'Schéma suivi' }).inputValue()).toBe('scdl/equipements@0.1.1');
    await panel.getByRole('button', { name: 'Vérifier le fichier avec ce schéma' }).click();

    await expect.poll(() => read(panel), { timeout: 60_000 }).toMatch(/\d+ erreurs pour le schéma « Équipements » sur 30 lignes vérifiées\./);
    const counts = panel.getByRole('table', { name: 'Erreurs par sorte' });
    expect(await read(counts.getByRole('row', { name: /Valeurs hors de la liste permise/ }))).toContain('3');
    expect(await read(counts)).toContain('Colonnes du schéma absentes');

    const errors = panel.getByRole('region', { name: 'Erreurs, dans l’ordre du fichier' });
    const wrongTheme = errors.getByRole('button', { name: /« Piscine » ne fait pas partie des valeurs autorisées/ }).first();
    expect(await read(wrongTheme)).toContain(`Ligne ${(WRONG_THEME_ROWS[0] ?? 0) + 1}, colonne « EQUIP_THEME »`);
    await wrongTheme.click();
    const cell = page.getByRole('region', { name: 'Cellule en erreur' });
    await expect.poll(() => cell.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await read(cell)).toContain(`Ligne ${(WRONG_THEME_ROWS[0] ?? 0) + 1} des données (ligne ${(WRONG_THEME_ROWS[0] ?? 0) + 2} du fichier publié, en-tête compris), colonne n° 3 « EQUIP_THEME ».`);
    expect(await read(cell)).toContain('« Piscine »');
  });

  it('keeps the description, the schema chosen included, when the app opens again', async () => {
    // The last change is saved after a pause in typing: wait for it before stopping the app.
    await expect.poll(() => read(page.locator('.save-state'))).toBe('Description enregistrée.');
    await page.close();
    await app.stop();
    app = await startApp({ dataDir: app.dataDir });
    page = await openApp(app, browser);
    // The home screen names the draft by the title the clerk gave it.
    const drafts = page.getByRole('region', { name: 'Brouillons en cours' });
    await drafts.getByRole('button', { name: 'Reprendre le brouillon de « Équipements publics de Castelmaurou »' }).click();
    await openDescriptionStep(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Titre' }).inputValue()).toBe('Équipements publics de Castelmaurou');
    expect(await page.getByLabel('Au', { exact: true }).inputValue()).toBe('2025-12-31');
    expect(await page.getByRole('combobox', { name: 'Licence' }).inputValue()).toBe('etalab-2.0');
    expect(await page.getByRole('combobox', { name: 'Schéma suivi' }).inputValue()).toBe('scdl/equipements@0.1.1');
  });

  it('deletes an organisation template after a confirmation, the drafts it filled unchanged', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Paramètres' }).click();
    const templates = page.getByRole('region', { name: 'Modèles d’organisation' });
    await templates.getByRole('button', { name: `Supprimer le modèle « ${TEMPLATE} »` }).click();
    const confirm = templates.getByRole('button', { name: 'Oui, supprimer' });
    await expect.poll(() => confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => read(templates.getByRole('status'))).toContain(`Le modèle « ${TEMPLATE} » a été supprimé.`);
    expect(await read(templates)).toContain('Aucun modèle pour l’instant.');

    await page.getByRole('button', { name: '← Accueil' }).click();
    await page.getByRole('region', { name: 'Brouillons en cours' }).getByRole('button', { name: /^Reprendre le brouillon/ }).click();
    await openDescriptionStep(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Producteur' }).inputValue()).toBe('Commune de Castelmaurou');
  });
});

