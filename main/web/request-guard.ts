import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** The cookie that carries the per-start token once the clerk opened the printed URL. */
export const TOKEN_COOKIE = 'atelier_token';

/** Why a request is refused, or null when it may proceed. */
export type Refusal = { status: 401 | 403 | 421; reason: string } | null;

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer …` or the token cookie. */
export function requestToken(request: IncomingMessage): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const cookies = request.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * The loopback host's gate. A page on another site must not reach the clerk's files: refuse a
 * `Host` other than the address bound (DNS rebinding), a foreign `Origin`, and any request
 * without the per-start token (except the first visit that brings it in the query string).
 */
export function checkRequest(request: IncomingMessage, boundHost: string, token: string, url: URL): Refusal {
  if (request.headers.host !== boundHost) return { status: 421, reason: 'host' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${boundHost}`) return { status: 403, reason: 'origin' };
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return { status: 403, reason: 'origin' };
  if (sameToken(requestToken(request), token)) return null;
  if (url.pathname === '/' && sameToken(url.searchParams.get('token') ?? undefined, token)) return null;
  return { status: 401, reason: 'token' };
}
