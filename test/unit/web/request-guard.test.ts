import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../main/web/request-guard.js';

const HOST = '127.0.0.1:4321';
const TOKEN = 'a'.repeat(48);

function request(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}
const at = (path: string) => new URL(path, `http://${HOST}`);

describe('loopback host request guard', () => {
  it('lets the token through in the Authorization header or the cookie', () => {
    expect(checkRequest(request({ host: HOST, authorization: `Bearer ${TOKEN}` }), HOST, TOKEN, at('/api/call/app:info'))).toBeNull();
    expect(checkRequest(request({ host: HOST, cookie: `x=1; atelier_token=${TOKEN}` }), HOST, TOKEN, at('/assets/a.js'))).toBeNull();
  });

  it('accepts the token in the query string only on the first page', () => {
    expect(checkRequest(request({ host: HOST }), HOST, TOKEN, at(`/?token=${TOKEN}`))).toBeNull();
    expect(checkRequest(request({ host: HOST }), HOST, TOKEN, at(`/api/events?token=${TOKEN}`))).toMatchObject({ status: 401 });
  });

  it('refuses a missing or wrong token', () => {
    expect(checkRequest(request({ host: HOST }), HOST, TOKEN, at('/'))).toMatchObject({ status: 401 });
    expect(checkRequest(request({ host: HOST, authorization: 'Bearer b' }), HOST, TOKEN, at('/'))).toMatchObject({ status: 401 });
  });

  it('refuses another Host (DNS rebinding) and a foreign Origin, even with the token', () => {
    expect(checkRequest(request({ host: 'evil.example:4321', authorization: `Bearer ${TOKEN}` }), HOST, TOKEN, at('/'))).toMatchObject({ status: 421 });
    expect(checkRequest(request({ host: 'localhost:4321', authorization: `Bearer ${TOKEN}` }), HOST, TOKEN, at('/'))).toMatchObject({ status: 421 });
    expect(checkRequest(request({ host: HOST, origin: 'http://evil.example', authorization: `Bearer ${TOKEN}` }), HOST, TOKEN, at('/'))).toMatchObject({ status: 403 });
    expect(checkRequest(request({ host: HOST, 'sec-fetch-site': 'cross-site', cookie: `atelier_token=${TOKEN}` }), HOST, TOKEN, at('/'))).toMatchObject({ status: 403 });
  });
});
