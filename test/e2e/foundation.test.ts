import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app-process.js';
import { CORPUS, startApp } from './support/app-process.js';
import { browserUnavailableReason, launchBrowser } from './support/browser.js';

const skipReason = browserUnavailableReason();

describe.skipIf(skipReason !== null)('the app in the loopback host, in real Chromium', () => {
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

  it('opens a Windows-1252 CSV through the picker and shows its first rows with accents right', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('button', { name: 'Ouvrir un fichier' }).isVisible()).toBe(true);
    await page.getByTestId('file-input').setInputFiles(path.join(CORPUS, 'frictionless/table-with-accents.csv'));
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await expect.poll(() => grid.getByRole('columnheader').allInnerTexts()).toContain('Année');
    await expect.poll(() => grid.getByRole('row').nth(1).innerText()).toContain('3 stars');
    await expect.poll(() => page.getByText('638 lignes').isVisible()).toBe(true);
    await page.close();
  });

  it('lists the opened file among the recent files', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('button', { name: /table-with-accents\.csv/ }).isVisible()).toBe(true);
    await page.close();
  });

  it('refuses an API call without the token', async () => {
    const response = await fetch(`${app.origin}/api/call/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atelier-Client': '1' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('refuses an API call from another origin, even with the token', async () => {
    const response = await fetch(`${app.origin}/api/call/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atelier-Client': '1', Authorization: `Bearer ${app.token}`, Origin: 'https://example.org' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a request whose Host is not the loopback address (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const call = request(`${app.origin}/`, { headers: { Host: `attacker.example:${new URL(app.origin).port}`, Authorization: `Bearer ${app.token}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(421);
  });

  it('answers a malformed payload with a validation code, and keeps serving', async () => {
    const call = (body: string) =>
      fetch(`${app.origin}/api/call/table:rows`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Atelier-Client': '1', Authorization: `Bearer ${app.token}` },
        body,
      }).then((response) => response.json());
    expect(await call('{"tableId": 12, "start": -1}')).toMatchObject({ ok: false, error: { code: 'api.invalid-request' } });
    expect(await call('pas du JSON')).toMatchObject({ ok: false, error: { code: 'api.invalid-request' } });
    const info = await fetch(`${app.origin}/api/call/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atelier-Client': '1', Authorization: `Bearer ${app.token}` },
      body: '{}',
    }).then((response) => response.json());
    expect(info).toMatchObject({ ok: true, value: { host: 'web', locale: 'fr' } });
  });
});
