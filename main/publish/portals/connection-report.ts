import type { ErrorDetails } from '../../../shared/api/result.js';
import type { ConnectionCheck, ConnectionReport } from '../../../shared/publish/portal-profile.js';
import { isPortalError } from '../http/portal-error.js';

/** A check that passed, failed, or cannot be made beforehand (`ok: null`). */
export function check(name: ConnectionCheck['check'], ok: boolean | null, code: string, details: ErrorDetails = {}): ConnectionCheck {
  return { check: name, ok, code, details };
}

/**
 * The check a failed call stands for: the code of the failure, so that « Tester la connexion »
 * says in French what went wrong (no network, bad key, missing permission…).
 */
export function failedCheck(name: ConnectionCheck['check'], error: unknown): ConnectionCheck {
  if (isPortalError(error)) return check(name, false, error.code, error.details ?? {});
  throw error;
}

/** The report: ok when no check failed. */
export function report(checks: ConnectionCheck[], organizations: ConnectionReport['organizations'] = [], licences: ConnectionReport['licences'] = []): ConnectionReport {
  return { ok: checks.every((entry) => entry.ok !== false), checks, organizations, licences };
}
