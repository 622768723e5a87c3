import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, pseudonymisationKey } from '../../../main/transform/keyed-pseudonymiser.js';

/** An in-memory store standing in for the keychain: the interface is tiny and has no I/O of its own to test. */
function memoryStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: async (name: string) => values.get(name) ?? null,
    set: async (name: string, value: string) => void values.set(name, value),
  };
}

describe('keyed pseudonymisation (HMAC-SHA-256)', () => {
  const key = Buffer.alloc(32, 7);

  it('gives the same token to the same value, and different tokens to different values', () => {
    const pseudonymise = createPseudonymiser(key);
    expect(pseudonymise('DUPONT Jeanne')).toBe(pseudonymise('DUPONT Jeanne'));
    expect(pseudonymise('DUPONT Jeanne')).not.toBe(pseudonymise('DUPONT Jean'));
    expect(pseudonymise('DUPONT Jeanne')).toMatch(/^[0-9a-f]{20}$/);
  });

  it('is the HMAC-SHA-256 of the NFC text, stable across runs', () => {
    const expected = crypto.createHmac('sha256', key).update('Hélène', 'utf8').digest('hex').slice(0, 20);
    expect(createPseudonymiser(key)('Hélène')).toBe(expected);
    expect(createPseudonymiser(key)('Hélène'.normalize('NFD'))).toBe(expected);
  });

  it('gives the same tokens after its memory of recent tokens was emptied', () => {
    const pseudonymise = createPseudonymiser(key);
    const before = pseudonymise('0639981234');
    for (let i = 0; i < 70_000; i++) pseudonymise(`valeur ${i}`);
    expect(pseudonymise('0639981234')).toBe(before);
    expect(pseudonymise('valeur 3')).toBe(createPseudonymiser(key)('valeur 3'));
  });

  it('depends on the key: another organisation gets other tokens', () => {
    expect(createPseudonymiser(Buffer.alloc(32, 8))('0639981234')).not.toBe(createPseudonymiser(key)('0639981234'));
  });

  it('generates a 32-byte key on first use and reuses it afterwards', async () => {
    const store = memoryStore();
    const first = await pseudonymisationKey(store, 'commune-31');
    expect(first).toHaveLength(32);
    expect(store.values.size).toBe(1);
    expect((await pseudonymisationKey(store, 'commune-31')).equals(first)).toBe(true);
    expect((await pseudonymisationKey(store, 'commune-32')).equals(first)).toBe(false);
  });

  it('refuses a damaged stored key rather than replace it', async () => {
    const store = memoryStore({ 'pseudonymisation.x.hmac-key': Buffer.alloc(5).toString('base64') });
    await expect(pseudonymisationKey(store, 'x')).rejects.toMatchObject({ code: 'pseudonymisation.key-unreadable' });
  });
});
