import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.ATELIER_BROWSER,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** A Chromium-family browser found on this machine, or null. */
export function findBrowser(): string | null {
  for (const candidate of CANDIDATES) if (candidate && fs.existsSync(candidate)) return candidate;
  return null;
}

/**
 * Why browser tests cannot run here, or null when they can. On CI a missing browser is a failure,
 * not a skip: the suite must not pass by running nothing.
 */
export function browserUnavailableReason(): string | null {
  if (findBrowser()) return null;
  const reason = 'aucun navigateur Chromium trouvé (installez le paquet « chromium »)';
  if (process.env.CI === 'true') throw new Error(`Tests de bout en bout impossibles sur CI : ${reason}`);
  console.warn(`Tests de bout en bout ignorés : ${reason}.`);
  return reason;
}

/** Launches the browser headless with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no browser');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
