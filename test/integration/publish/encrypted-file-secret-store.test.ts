import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EncryptedFileSecretStore } from '../../../main/secrets/encrypted-file-secret-store.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-secrets-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('EncryptedFileSecretStore', () => {
  it('keeps secrets sealed on disk, readable by a new instance, with an owner-only key file', async () => {
    const store = new EncryptedFileSecretStore(dir);
    expect(store.kind).toBe('encrypted-file');
    expect(await store.get('portal-profile.1.api-key')).toBeNull();
    await store.set('portal-profile.1.api-key', 'clé-très-secrète-0123');
    await store.set('pseudonymisation.key', 'autre secret');
    expect(fs.readFileSync(path.join(dir, 'secrets.enc.json'), 'utf8')).not.toContain('secrète');
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(dir, 'secrets.enc.json')).mode & 0o777).toBe(0o600);
    }
    const again = new EncryptedFileSecretStore(dir);
    expect(await again.get('portal-profile.1.api-key')).toBe('clé-très-secrète-0123');
    await again.delete('portal-profile.1.api-key');
    expect(await store.get('portal-profile.1.api-key')).toBeNull();
    expect(await store.get('pseudonymisation.key')).toBe('autre secret');
  });

  it('refuses a tampered or swapped entry with `secret.unreadable`', async () => {
    const store = new EncryptedFileSecretStore(dir);
    await store.set('a', 'premier');
    await store.set('b', 'second');
    const file = path.join(dir, 'secrets.enc.json');
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
    content.entries.a = content.entries.b;
    fs.writeFileSync(file, JSON.stringify(content));
    await expect(store.get('a')).rejects.toMatchObject({ code: 'secret.unreadable' });
    fs.writeFileSync(path.join(dir, 'secrets.key'), Buffer.alloc(32, 1));
    await expect(store.get('b')).rejects.toMatchObject({ code: 'secret.unreadable' });
  });
});
