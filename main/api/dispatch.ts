import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { ApiMethodName, ApiMethods } from '../../shared/api/contract.js';
import { requestSchemas } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import { fail, ok } from '../../shared/api/result.js';
import { isAppError } from '../../shared/errors.js';
import type { CallContext, DomainHandlers } from './handler-types.js';

/** Every handler of the API, one per method of the contract. */
export type ApiHandlers = DomainHandlers<ApiMethods>;

/** Calls a method by name with an unchecked payload; never throws. */
export type Dispatch = (method: string, payload: unknown, context: CallContext) => Promise<Result<unknown>>;

/** Reports an unexpected failure (a bug): logged by the host, never shown raw to the clerk. */
export type ReportBug = (method: string, error: unknown) => void;

/** Compiles one ajv validator per request schema, once. */
export function compileRequestValidators(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: false, strict: true, useDefaults: false, coerceTypes: false });
  const validators = new Map<string, ValidateFunction>();
  for (const [method, schema] of Object.entries(requestSchemas)) {
    validators.set(method, ajv.compile(schema as object));
  }
  return validators;
}

/**
 * The one entry point both hosts (Electron IPC and the loopback server) call: it refuses unknown
 * methods and payloads that do not match their schema, runs the handler, and wraps the outcome in
 * a `Result` with a code the renderer can put into French.
 */
export function createDispatcher(handlers: ApiHandlers, reportBug: ReportBug): Dispatch {
  const validators = compileRequestValidators();
  return async (method, payload, context) => {
    const validate = validators.get(method);
    const handler = (handlers as Record<string, ApiHandlers[ApiMethodName] | undefined>)[method];
    if (!validate || !handler) return fail('api.unknown-method', { method: String(method).slice(0, 80) });
    if (!validate(payload)) {
      const first = validate.errors?.[0];
      return fail('api.invalid-request', {
        method,
        at: first?.instancePath || '/',
        rule: first?.keyword ?? 'schema',
      });
    }
    try {
      const value = await (handler as (request: unknown, context: CallContext) => unknown)(payload, context);
      return ok(value);
    } catch (error) {
      if (isAppError(error)) return error.details ? fail(error.code, error.details) : fail(error.code);
      reportBug(method, error);
      return fail('internal', { method });
    }
  };
}
