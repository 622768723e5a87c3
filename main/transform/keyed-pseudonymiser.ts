/**
 * « Pseudonymiser »: a keyed hash (HMAC-SHA-256) under a per-organisation secret kept in the
 * secret store (OS keychain, or the encrypted file where there is none). A plain hash of a phone
 * number or a NIR is reversed by enumerating every possible value (detection note §3.16); a
 * keyed one is not, as long as the key stays on this machine. Same input, same token: joins
 * between files pseudonymised by the same organisation still work.
 */
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors.js';
import type { SecretStore } from '../secrets/secret-store.js';

/** Bytes of the HMAC key: as long as the hash output, as RFC 2104 recommends. */
const KEY_BYTES = 32;

/** Hex characters kept from the HMAC: 80 bits, far beyond any municipal table's risk of collision. */
const TOKEN_HEX_LENGTH = 20;

/** The name under which an organisation's pseudonymisation key is stored. */
export function pseudonymisationSecretName(organisationId: string): string {
  return `pseudonymisation.${organisationId}.hmac-key`;
}

/**
 * The organisation's key, generated (32 random bytes) and stored on first use. A stored key that
 * is not 32 bytes is refused rather than silently replaced: replacing it would break every join
 * with files pseudonymised before.
 */
export async function pseudonymisationKey(secrets: Pick<SecretStore, 'get' | 'set'>, organisationId: string): Promise<Buffer> {
  const name = pseudonymisationSecretName(organisationId);
  const stored = await secrets.get(name);
  if (stored !== null) {
    const key = Buffer.from(stored, 'base64');
    if (key.length !== KEY_BYTES) throw new AppError('pseudonymisation.key-unreadable', { organisation: organisationId });
    return key;
  }
  const key = crypto.randomBytes(KEY_BYTES);
  await secrets.set(name, key.toString('base64'));
  return key;
}

/** A function giving each value its token under the key. */
export type Pseudonymiser = (value: string) => string;

/**
 * Tokens remembered per export: columns repeat their values (names, communes), and an HMAC costs
 * microseconds. Bounded so that memory stays constant whatever the file's size.
 */
const TOKEN_CACHE_SIZE = 65_536;

/**
 * The pseudonymiser for a key. Values are normalised to NFC first, so that the same name typed
 * on two machines (composed or decomposed accents) gets the same token.
 */
export function createPseudonymiser(key: Buffer): Pseudonymiser {
  if (key.length !== KEY_BYTES) throw new AppError('pseudonymisation.key-unreadable', { organisation: '' });
  const cache = new Map<string, string>();
  return (value) => {
    const known = cache.get(value);
    if (known !== undefined) return known;
    const token = crypto.createHmac('sha256', key).update(value.normalize('NFC'), 'utf8').digest('hex').slice(0, TOKEN_HEX_LENGTH);
    if (cache.size >= TOKEN_CACHE_SIZE) cache.clear();
    cache.set(value, token);
    return token;
  };
}
