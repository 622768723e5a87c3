import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import type { SecretStore } from './secret-store.js';
import { writeJsonAtomically } from './write-json-atomically.js';

const KEY_FILE = 'secrets.key';
const SECRETS_FILE = 'secrets.enc.json';

interface SealedSecret {
  iv: string;
  tag: string;
  data: string;
}

interface SecretsFile {
  version: 1;
  entries: Record<string, SealedSecret>;
}

/**
 * Secrets sealed with AES-256-GCM in `secrets.enc.json`, under a random key kept in `secrets.key`
 * (mode 0600) in the data folder. Weaker than the OS keychain — anyone who can read the data folder
 * can read the key — which is why `kind` is `encrypted-file` and the UI warns the clerk. The secret
 * name is bound to its ciphertext (GCM additional data), so entries cannot be swapped.
 */
export class EncryptedFileSecretStore implements SecretStore {
  readonly kind = 'encrypted-file' as const;
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async get(name: string): Promise<string | null> {
    const sealed = this.readEntries()[name];
    if (!sealed) return null;
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.key(), Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(name, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new AppError('secret.unreadable', { name }, { cause: error });
    }
  }

  async set(name: string, value: string): Promise<void> {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key(), iv);
    cipher.setAAD(Buffer.from(name, 'utf8'));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    const entries = this.readEntries();
    entries[name] = { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    this.writeEntries(entries);
  }

  async delete(name: string): Promise<void> {
    const entries = this.readEntries();
    if (!(name in entries)) return;
    delete entries[name];
    this.writeEntries(entries);
  }

  /** The key, created on first use with owner-only permissions. */
  private key(): Buffer {
    const file = path.join(this.dir, KEY_FILE);
    fs.mkdirSync(this.dir, { recursive: true });
    try {
      // `wx`: two processes starting together cannot both write a key.
      fs.writeFileSync(file, crypto.randomBytes(32), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('secret.unreadable', { name: KEY_FILE }, { cause: error });
      }
    }
    const key = fs.readFileSync(file);
    if (key.length !== 32) throw new AppError('secret.unreadable', { name: KEY_FILE });
    return key;
  }

  private readEntries(): Record<string, SealedSecret> {
    let text: string;
    try {
      text = fs.readFileSync(path.join(this.dir, SECRETS_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new AppError('secret.unreadable', { name: SECRETS_FILE }, { cause: error });
    }
    try {
      const parsed = JSON.parse(text) as SecretsFile;
      return { ...parsed.entries };
    } catch (error) {
      throw new AppError('secret.unreadable', { name: SECRETS_FILE }, { cause: error });
    }
  }

  /** Written to a temporary file then renamed: a crash never leaves half a secrets file. */
  private writeEntries(entries: Record<string, SealedSecret>): void {
    const content: SecretsFile = { version: 1, entries };
    writeJsonAtomically(path.join(this.dir, SECRETS_FILE), content);
  }
}
