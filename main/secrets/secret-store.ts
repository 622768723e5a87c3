/**
 * Where API keys (and the pseudonymisation key) are kept: never in the database, the logs or the
 * history (DESIGN.md « Data that lasts »). Electron's `safeStorage` backs the OS-keychain variant
 * (`main/electron/`); `EncryptedFileSecretStore` serves where there is none (browser mode), and
 * says so through `kind` so that the UI shows its warning.
 */
export interface SecretStore {
  /** The secret, or null when none is stored under that name. */
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
  readonly kind: 'os-keychain' | 'encrypted-file';
}

/** The name under which a portal profile's API key is stored. */
export function portalKeySecretName(profileId: number): string {
  return `portal-profile.${profileId}.api-key`;
}
