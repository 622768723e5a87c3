/**
 * Prepares the checks of one schema field once, before the rows stream by: the pattern compiled,
 * the enumerated values cast, and the schema's own example used to catch a format its authors
 * did not mean (the SCDL « équipements » schema declares `uuid` for identifiers like
 * `94059-01010401-001`, which no file could satisfy).
 */
import type { CastValue } from './cast-cell.js';
import { castCell } from './cast-cell.js';
import type { TableSchemaField } from './table-schema.js';

/** A field with its checks ready. */
export interface CompiledField {
  field: TableSchemaField;
  required: boolean;
  unique: boolean;
  pattern: RegExp | null;
  /** Cast enumerated values, as `typeof:value` keys; null when the field has no enum. */
  allowed: Set<string> | null;
  minimum: CastValue | null;
  maximum: CastValue | null;
  minLength: number | null;
  maxLength: number | null;
}

/** The key two equal cast values share, whatever their written form (`1.0` and `1`). */
export function valueKey(value: CastValue): string {
  return `${typeof value}:${String(value)}`;
}

function compilePattern(pattern: string | undefined): RegExp | null {
  if (pattern === undefined || pattern === '') return null;
  try {
    // Table Schema patterns (XML Schema regular expressions) match the whole value.
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return null;
    }
  }
}

function castBound(bound: number | string | undefined, field: TableSchemaField): CastValue | null {
  if (bound === undefined) return null;
  if (typeof bound === 'number') return bound;
  const cast = castCell(bound, field);
  return cast.ok ? cast.value : null;
}

/** Compiles a field; `inPrimaryKey` makes it required, as the specification says. */
export function compileField(original: TableSchemaField, inPrimaryKey: boolean): CompiledField {
  let field = original;
  if (field.type === 'string' && field.format && field.example !== undefined) {
    const example = castCell(field.example, field);
    if (!example.ok) field = { ...field, format: 'default' };
  }
  const constraints = field.constraints ?? {};
  const allowed = constraints.enum
    ? new Set(
        constraints.enum
          .map((value) => (typeof value === 'string' ? castCell(value, field) : { ok: true as const, value }))
          .filter((cast): cast is { ok: true; value: CastValue } => cast.ok)
          .map((cast) => valueKey(cast.value)),
      )
    : null;
  return {
    field,
    required: constraints.required === true || inPrimaryKey,
    unique: constraints.unique === true,
    pattern: compilePattern(constraints.pattern),
    allowed,
    minimum: castBound(constraints.minimum, field),
    maximum: castBound(constraints.maximum, field),
    minLength: constraints.minLength ?? null,
    maxLength: constraints.maxLength ?? null,
  };
}
