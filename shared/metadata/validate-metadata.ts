/**
 * Validates dataset metadata against the base JSON Schema and, when a portal is named, against
 * that portal's extra rules, with ajv. Each failure becomes a `MetadataIssue` naming the field
 * (`title`, `keywords.2`, `contact.email`) and carrying its French and English sentence, so that
 * the form shows it next to the field.
 *
 * ajv compiles schemas into functions with `new Function`, which the renderer's CSP forbids: call
 * this in main (API method `metadata:validate`). The validators are compiled once, on first use.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { metadataText } from './metadata-text.js';
import { metadataJsonSchema } from './metadata-json-schema.js';
import type { PortalKind } from './portal-metadata-rules.js';
import { portalMetadataRules } from './portal-metadata-rules.js';

/** One thing to fix in the form before publishing. */
export interface MetadataIssue {
  /** Dotted path of the field: `title`, `keywords.2`, `contact.email`, `temporal.end`. */
  field: string;
  code: string;
  message: { fr: string; en: string };
  /** The portal that would refuse the value; absent when every portal would. */
  portal?: PortalKind;
}

// ajv-formats is CommonJS: its default export arrives wrapped or not depending on the resolver.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (
  ajv: Ajv2020,
  formats: string[],
) => unknown;

interface CompiledValidators {
  base: ValidateFunction;
  portals: Record<PortalKind, ValidateFunction>;
}

let compiled: CompiledValidators | null = null;

function validators(): CompiledValidators {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  addFormats(ajv, ['date', 'email']);
  // An annotation naming the issue code of a node's pattern, format, enum or uniqueness failure.
  ajv.addKeyword({ keyword: 'errorCode', schemaType: 'string' });
  compiled = {
    base: ajv.compile(metadataJsonSchema),
    portals: {
      opendatasoft: ajv.compile(portalMetadataRules.opendatasoft),
      udata: ajv.compile(portalMetadataRules.udata),
      ckan: ajv.compile(portalMetadataRules.ckan),
    },
  };
  return compiled;
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** The issue an ajv error stands for; null for errors that only echo another (anyOf branches). */
function issueOf(error: ErrorObject, portal: PortalKind | undefined): MetadataIssue | null {
  if (error.keyword === 'anyOf') return null;
  if (error.keyword === 'type' && error.params.type === 'null') return null;
  const path = error.instancePath.split('/').slice(1);
  const params: Record<string, string | number> = {};
  let code: string;
  switch (error.keyword) {
    case 'required':
      path.push(String(error.params.missingProperty));
      code = 'metadata.required';
      break;
    case 'additionalProperties':
      path.push(String(error.params.additionalProperty));
      code = 'metadata.unexpected-field';
      break;
    case 'maxLength':
    case 'minLength':
      params.limit = Number(error.params.limit);
      params.actual = typeof error.data === 'string' ? [...error.data].length : 0;
      code = isBlank(error.data) ? 'metadata.required' : error.keyword === 'maxLength' ? 'metadata.too-long' : 'metadata.too-short';
      break;
    case 'maxItems':
      params.limit = Number(error.params.limit);
      code = 'metadata.too-many';
      break;
    case 'type':
      code = 'metadata.invalid-type';
      break;
    case 'uniqueItems':
      // The later of the two equal items is the one to remove.
      path.push(String(Math.max(Number(error.params.i), Number(error.params.j))));
      code = String((error.parentSchema as { errorCode?: string } | undefined)?.errorCode ?? 'metadata.duplicate');
      break;
    default:
      code = isBlank(error.data)
        ? 'metadata.required'
        : String((error.parentSchema as { errorCode?: string } | undefined)?.errorCode ?? 'metadata.invalid');
  }
  const issue: MetadataIssue = { field: path.join('.'), code, message: metadataText(code, params) };
  if (portal) issue.portal = portal;
  return issue;
}

function run(validate: ValidateFunction, meta: unknown, portal?: PortalKind): MetadataIssue[] {
  if (validate(meta)) return [];
  return (validate.errors ?? []).map((error) => issueOf(error, portal)).filter((issue): issue is MetadataIssue => issue !== null);
}

/** One issue per field and code: several keywords of a node can fail for the same reason. */
function withoutRepeats(issues: MetadataIssue[], seen = new Set<string>()): MetadataIssue[] {
  return issues.filter((issue) => {
    const key = `${issue.field}\u0000${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rules JSON Schema cannot say: a period must not end before it starts. */
function periodIssues(meta: unknown): MetadataIssue[] {
  const temporal = (meta as { temporal?: { start?: unknown; end?: unknown } } | null)?.temporal;
  const { start, end } = temporal ?? {};
  if (typeof start === 'string' && typeof end === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end < start) {
    return [{ field: 'temporal.end', code: 'metadata.period-reversed', message: metadataText('metadata.period-reversed') }];
  }
  return [];
}

/**
 * Every issue of the metadata, base rules first, then the named portal's; a portal issue that
 * repeats a base issue on the same field is left out. An empty list means publishable.
 */
export function validateMetadata(meta: unknown, portal?: PortalKind): MetadataIssue[] {
  const { base, portals } = validators();
  const seen = new Set<string>();
  const issues = withoutRepeats([...run(base, meta), ...periodIssues(meta)], seen);
  return portal ? [...issues, ...withoutRepeats(run(portals[portal], meta, portal), seen)] : issues;
}
