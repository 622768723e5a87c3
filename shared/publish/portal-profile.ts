import type { ErrorDetails } from '../api/result.js';
import type { PortalEngine } from './publication-request.js';

/** Where a profile's API key is kept: the OS keychain, or an encrypted file (shown with a warning). */
export type SecretStorageKind = 'os-keychain' | 'encrypted-file';

/** Settings an engine may need beyond the base URL. */
export interface PortalProfileOptions {
  /** CKAN sites may rename the token header (`apitoken_header_name`); `Authorization` by default. */
  tokenHeader?: string;
  /**
   * Portal licence ids chosen by the clerk for app licences the portal names its own way
   * (Opendatasoft ids are opaque per domain, CKAN sites load their own list): app id → portal id.
   */
  licenceIds?: Record<string, string>;
}

/** A portal the commune publishes to, as the settings screen shows it. The key itself never leaves main. */
export interface PortalProfile {
  profileId: number;
  /** The clerk's name for it, e.g. « data.gouv.fr » or « Bac à sable ». */
  label: string;
  engine: PortalEngine;
  /** The portal's address, e.g. `https://data.toulouse-metropole.fr`, without the API path. */
  baseUrl: string;
  /** udata: organisation id; CKAN: organisation name or id; Opendatasoft: empty (the domain is the organisation). */
  organization: string;
  /** Make the dataset public as soon as it is read back, without « Rendre public ». */
  autoPublic: boolean;
  /** The training profile served by `npm run portal:sandbox`. */
  sandbox: boolean;
  options: PortalProfileOptions;
  hasKey: boolean;
  keyStorage: SecretStorageKind;
}

/** One line of « Tester la connexion ». `ok: null` when the engine gives no way to check it beforehand. */
export interface ConnectionCheck {
  check: 'reach' | 'key' | 'permissions' | 'organization' | 'licences';
  ok: boolean | null;
  /** A message code (`shared/i18n/messages/publish.ts`). */
  code: string;
  details: ErrorDetails;
}

/** The outcome of « Tester la connexion ». */
export interface ConnectionReport {
  ok: boolean;
  checks: ConnectionCheck[];
  /** Organisations the key may publish for (udata, CKAN). */
  organizations: { id: string; name: string }[];
  /** Licences the portal offers, with its own ids. */
  licences: { id: string; title: string }[];
}
