import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDERER_CSP } from '../web/static-files.js';

/** The renderer's origin in Electron: a private, secure scheme rather than `file://`. */
export const APP_ORIGIN = 'atelier://app';

/** Must run before `app.whenReady()`: declares the scheme as standard and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'atelier', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on `atelier://app/`, with the same CSP as the loopback host. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('atelier', async (request) => {
    const url = new URL(request.url);
    let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (url.host !== 'app' || !file.startsWith(root + path.sep)) return new Response('Introuvable', { status: 404 });
    if (url.pathname === '/' || !path.extname(file)) file = path.join(root, 'index.html');
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
