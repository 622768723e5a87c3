import { safeStorage } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import type { SecretStore } from '../secrets/secret-store.js';
import { writeJsonAtomically } from '../secrets/write-json-atomically.js';

const SECRETS_FILE = 'secrets.keychain.json';

/**
 * Secrets sealed by the operating system (DPAPI on Windows, Keychain on macOS, libsecret on
 * Linux) through Electron's `safeStorage`; only the sealed bytes are written to the data folder.
 */
export class KeychainSecretStore implements SecretStore {
  readonly kind = 'os-keychain' as const;

  constructor(private readonly dir: string) {}

  /** True where the OS offers encryption; elsewhere the app falls back to the encrypted file. */
  static available(): boolean {
    return safeStorage.isEncryptionAvailable();
  }

  async get(name: string): Promise<string | null> {
    const sealed = this.read()[name];
    if (!sealed) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch (error) {
      throw new AppError('secret.unreadable', { name }, { cause: error });
    }
  }

  async set(name: string, value: string): Promise<void> {
    const entries = this.read();
    entries[name] = safeStorage.encryptString(value).toString('base64');
    writeJsonAtomically(path.join(this.dir, SECRETS_FILE), entries);
  }

  async delete(name: string): Promise<void> {
    const entries = this.read();
    if (!(name in entries)) return;
    delete entries[name];
    writeJsonAtomically(path.join(this.dir, SECRETS_FILE), entries);
  }

  private read(): Record<string, string> {
    const file = path.join(this.dir, SECRETS_FILE);
    if (!fs.existsSync(file)) return {};
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (error) {
      throw new AppError('secret.unreadable', { name: SECRETS_FILE }, { cause: error });
    }
  }
}
