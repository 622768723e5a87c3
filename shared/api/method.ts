/**
 * The building blocks every domain of the API uses to declare its methods and events, so that
 * `shared/api/contract.ts` can compose them into the one contract between renderer and main.
 */

/** A request/response pair. Method names are `domain:verb`. */
export interface MethodSpec<Request, Response> {
  request: Request;
  response: Response;
}

/** A JSON Schema (draft 2020-12 subset understood by ajv) describing a request payload. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** One request schema per method of a domain: main validates every payload against it. */
export type RequestSchemas<Methods> = { readonly [K in keyof Methods]: JsonSchema };

/** A request with no parameters. */
export type NoParams = Record<string, never>;

/** Schema of a request with no parameters. */
export const noParamsSchema: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };

/** Schema of an opaque id string (files, tables, jobs, drafts…). */
export const idSchema: JsonSchema = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' };

/** Schema of an object with the given required properties and nothing else. */
export function objectSchema(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
  };
}
