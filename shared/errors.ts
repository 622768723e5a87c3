/**
 * Machine-readable error codes. Main throws `AppError` with one of these; the renderer and the
 * command-line tool turn them into French sentences through the message catalogue
 * (`shared/i18n/error-messages.ts`). Add a code here and its sentence there together.
 */
export const ERROR_CODES = [
  // API boundary
  'api.invalid-request',
  'api.unknown-method',
  'api.forbidden-sender',
  'api.unavailable-in-host',
  'internal',
  // Files
  'file.not-found',
  'file.locked',
  'file.empty',
  'file.binary',
  'file.unknown-format',
  'file.encrypted',
  'file.corrupt',
  'file.too-large',
  'file.zip-bomb',
  'file.line-too-long',
  'file.too-many-columns',
  'file.no-table',
  'file.sheet-not-found',
  'file.changed-while-open',
  'file.unknown-id',
  'table.unknown-id',
  'job.cancelled',
  'job.failed',
  'job.unknown-id',
  // Storage
  'db.newer-version',
  'db.corrupt',
  'disk.full',
  'disk.write-failed',
  'disk.target-locked',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number] | `${string}.${string}`;

/** An error with a code a clerk's message can be found for. Thrown inside main only. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number | boolean | null> | undefined;

  constructor(code: ErrorCode, details?: Record<string, string | number | boolean | null>, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
