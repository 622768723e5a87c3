import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../main/api/dispatch.js';
import { createDispatcher } from '../../../main/api/dispatch.js';
import { apiMethodNames, requestSchemas } from '../../../shared/api/contract.js';
import { AppError } from '../../../shared/errors.js';

function handlersWith(overrides: Partial<ApiHandlers>): ApiHandlers {
  const all = Object.fromEntries(apiMethodNames.map((name) => [name, () => { throw new Error(`unexpected ${name}`); }]));
  return { ...all, ...overrides } as ApiHandlers;
}
const context = { host: 'web' as const };

describe('API dispatcher', () => {
  it('has a request schema for every method name', () => {
    expect(apiMethodNames.length).toBeGreaterThan(5);
    for (const name of apiMethodNames) {
      expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(requestSchemas[name]).toBeTypeOf('object');
    }
  });

  it('answers ok with the handler value for a valid payload', async () => {
    const dispatch = createDispatcher(handlersWith({ 'jobs:cancel': ({ jobId }) => ({ cancelled: jobId === 'job-1' }) }), () => undefined);
    await expect(dispatch('jobs:cancel', { jobId: 'job-1' }, context)).resolves.toEqual({ ok: true, value: { cancelled: true } });
  });

  it('refuses payloads that do not match the schema without calling the handler', async () => {
    let called = false;
    const dispatch = createDispatcher(handlersWith({ 'table:rows': () => { called = true; return { start: 0, rows: [], rowNumbers: [] }; } }), () => undefined);
    for (const payload of [null, 'x', { tableId: 'a', start: -1, count: 10 }, { tableId: 'a', start: 0, count: 10, extra: 1 }, { tableId: '../etc', start: 0, count: 1 }]) {
      const result = await dispatch('table:rows', payload, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'api.invalid-request' } });
    }
    expect(called).toBe(false);
  });

  it('refuses unknown methods', async () => {
    const dispatch = createDispatcher(handlersWith({}), () => undefined);
    await expect(dispatch('files:delete-everything', {}, context)).resolves.toMatchObject({ ok: false, error: { code: 'api.unknown-method' } });
    await expect(dispatch('__proto__', {}, context)).resolves.toMatchObject({ ok: false, error: { code: 'api.unknown-method' } });
  });

  it('turns an AppError into its code and a bug into « internal », reporting the bug', async () => {
    const bugs: string[] = [];
    const dispatch = createDispatcher(
      handlersWith({
        'table:state': () => { throw new AppError('table.unknown-id', { tableId: 't' }); },
        'table:close': () => { throw new TypeError('boom /secret/path'); },
      }),
      (method) => bugs.push(method),
    );
    await expect(dispatch('table:state', { tableId: 't' }, context)).resolves.toEqual({ ok: false, error: { code: 'table.unknown-id', details: { tableId: 't' } } });
    const bug = await dispatch('table:close', { tableId: 't' }, context);
    expect(bug).toEqual({ ok: false, error: { code: 'internal', details: { method: 'table:close' } } });
    expect(JSON.stringify(bug)).not.toContain('secret');
    expect(bugs).toEqual(['table:close']);
  });
});
