import type { AtelierDatabase } from '../../db/database.js';
import { AppError } from '../../../shared/errors.js';
import type { PortalProfile, PortalProfileOptions } from '../../../shared/publish/portal-profile.js';
import type { PortalEngine } from '../../../shared/publish/publication-request.js';
import type { SecretStore } from '../../secrets/secret-store.js';
import { portalKeySecretName } from '../../secrets/secret-store.js';

/** What the settings form sends to create or change a profile. The key is optional on change (kept). */
export interface PortalProfileInput {
  label: string;
  engine: PortalEngine;
  baseUrl: string;
  organization: string;
  autoPublic: boolean;
  sandbox?: boolean;
  options?: PortalProfileOptions;
  apiKey?: string;
}

interface ProfileRow {
  id: number;
  label: string;
  engine: PortalEngine;
  base_url: string;
  organization: string;
  auto_public: number;
  sandbox: number;
  options: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The portal's address, checked: https, or http on the loopback for the « Bac à sable » only — a
 * key must never cross the network in clear. Trailing slashes and API paths pasted by mistake are removed.
 */
export function normaliseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new AppError('publish.invalid-base-url', { url: text.slice(0, 200) });
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.username || url.password) throw new AppError('publish.invalid-base-url', { url: url.origin });
  const path = url.pathname.replace(/\/api\/.*$/, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/**
 * Portal profiles in SQLite, their keys in the secret store (never in the database). Statements
 * are prepared once.
 */
export class PortalProfiles {
  private readonly db: AtelierDatabase;
  private readonly secrets: SecretStore;
  private readonly statements;

  constructor(db: AtelierDatabase, secrets: SecretStore) {
    this.db = db;
    this.secrets = secrets;
    this.statements = {
      list: db.prepare<[], ProfileRow>('SELECT * FROM portal_profile ORDER BY label COLLATE NOCASE, id'),
      get: db.prepare<[number], ProfileRow>('SELECT * FROM portal_profile WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO portal_profile (label, engine, base_url, organization, auto_public, sandbox, options, created_at, updated_at)
         VALUES (@label, @engine, @baseUrl, @organization, @autoPublic, @sandbox, @options, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE portal_profile SET label = @label, engine = @engine, base_url = @baseUrl, organization = @organization,
         auto_public = @autoPublic, sandbox = @sandbox, options = @options, updated_at = @now WHERE id = @id`,
      ),
      remove: db.prepare('DELETE FROM portal_profile WHERE id = ?'),
      active: db.prepare<[number], { n: number }>(
        "SELECT count(*) AS n FROM publication_outbox WHERE profile_id = ? AND status IN ('queued', 'running', 'retry-wait', 'waiting-network')",
      ),
    };
  }

  async list(): Promise<PortalProfile[]> {
    return Promise.all(this.statements.list.all().map((row) => this.view(row)));
  }

  async get(profileId: number): Promise<PortalProfile> {
    const row = this.statements.get.get(profileId);
    if (!row) throw new AppError('publish.profile-unknown', { profileId });
    return this.view(row);
  }

  /** The profile's API key; `publish.key-missing` when none was saved. */
  async apiKey(profileId: number): Promise<string> {
    const key = await this.secrets.get(portalKeySecretName(profileId));
    if (!key) throw new AppError('publish.key-missing', { profileId });
    return key;
  }

  async create(input: PortalProfileInput): Promise<PortalProfile> {
    const params = this.params(input);
    const id = Number(this.statements.insert.run(params).lastInsertRowid);
    if (input.apiKey) await this.secrets.set(portalKeySecretName(id), input.apiKey);
    return this.get(id);
  }

  async update(profileId: number, input: PortalProfileInput): Promise<PortalProfile> {
    await this.get(profileId);
    this.statements.update.run({ ...this.params(input), id: profileId });
    if (input.apiKey) await this.secrets.set(portalKeySecretName(profileId), input.apiKey);
    return this.get(profileId);
  }

  /** Removes a profile and its key; refused while publications to it are on their way. */
  async remove(profileId: number): Promise<void> {
    await this.get(profileId);
    if ((this.statements.active.get(profileId)?.n ?? 0) > 0) throw new AppError('publish.profile-in-use', { profileId });
    this.statements.remove.run(profileId);
    await this.secrets.delete(portalKeySecretName(profileId));
  }

  private params(input: PortalProfileInput): Record<string, string | number> {
    const label = input.label.trim();
    if (label === '') throw new AppError('publish.profile-label-missing');
    return {
      label,
      engine: input.engine,
      baseUrl: normaliseBaseUrl(input.baseUrl),
      organization: input.organization.trim(),
      autoPublic: input.autoPublic ? 1 : 0,
      sandbox: input.sandbox ? 1 : 0,
      options: JSON.stringify(input.options ?? {}),
      now: new Date().toISOString(),
    };
  }

  private async view(row: ProfileRow): Promise<PortalProfile> {
    return {
      profileId: row.id,
      label: row.label,
      engine: row.engine,
      baseUrl: row.base_url,
      organization: row.organization,
      autoPublic: row.auto_public === 1,
      sandbox: row.sandbox === 1,
      options: JSON.parse(row.options) as PortalProfileOptions,
      hasKey: (await this.secrets.get(portalKeySecretName(row.id))) !== null,
      keyStorage: this.secrets.kind,
    };
  }
}
