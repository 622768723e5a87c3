/**
 * Reading what schema.data.gouv.fr publishes (its catalogue `schemas.json` and each Table Schema)
 * and writing the bundle the app ships in `shared/table-schema/bundle/`: one TypeScript module per
 * schema, trimmed to what validation and suggestion need (descriptions left out), and an index.
 */
import type { OfficialSchema, TableSchema, TableSchemaField, TableSchemaFieldType } from '../../shared/table-schema/table-schema.js';
import { AppError } from '../../shared/errors.js';

/** One Table Schema entry of the catalogue, at its latest version. */
export interface CatalogueEntry {
  name: string;
  title: string;
  version: string;
  schemaUrl: string;
  homepage: string;
}

const FIELD_TYPES = new Set<TableSchemaFieldType>([
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth',
  'duration', 'geopoint', 'geojson', 'object', 'array', 'any',
]);
const CONSTRAINT_KEYS = ['required', 'unique', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** `v2.3.0` → `2.3.0`, `0.8` → `0.8.0`: versions as the catalogue lists them. */
export function normaliseVersion(version: string): string {
  const bare = version.trim().replace(/^v/i, '');
  return /^\d+\.\d+$/.test(bare) ? `${bare}.0` : bare;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return 0;
}

/** The Table Schema entries of the catalogue, each at its highest version. */
export function parseCatalogue(json: unknown): CatalogueEntry[] {
  if (!isRecord(json) || !Array.isArray(json.schemas)) throw new AppError('schemas.catalogue-unreadable');
  const entries: CatalogueEntry[] = [];
  for (const schema of json.schemas) {
    if (!isRecord(schema) || schema.schema_type !== 'tableschema' || typeof schema.name !== 'string') continue;
    const versions = (Array.isArray(schema.versions) ? schema.versions : [])
      .filter(isRecord)
      .map((v) => ({ version: text(v.version_name), url: text(v.schema_url) }))
      .filter((v): v is { version: string; url: string } => v.version !== undefined && v.url !== undefined)
      .sort((a, b) => compareVersions(a.version, b.version));
    const latest = versions.at(-1);
    if (!latest) continue;
    entries.push({
      name: schema.name,
      title: text(schema.title) ?? schema.name,
      version: normaliseVersion(latest.version),
      schemaUrl: latest.url,
      homepage: text(schema.homepage) ?? '',
    });
  }
  return entries;
}

function trimField(raw: unknown): TableSchemaField | null {
  if (!isRecord(raw) || typeof raw.name !== 'string') return null;
  const type = FIELD_TYPES.has(raw.type as TableSchemaFieldType) ? (raw.type as TableSchemaFieldType) : raw.type === undefined ? 'string' : 'any';
  const field: TableSchemaField = { name: raw.name, type };
  const title = text(raw.title);
  if (title) field.title = title;
  const format = text(raw.format);
  if (format && format !== 'default') field.format = format;
  // Some SCDL schemas write `examples` (a string) where the specification says `example`.
  const example = text(raw.example) ?? text(raw.examples);
  if (example) field.example = example;
  for (const key of ['trueValues', 'falseValues'] as const) {
    const values = raw[key];
    if (Array.isArray(values)) field[key] = values.map(String);
  }
  for (const key of ['decimalChar', 'groupChar'] as const) {
    const value = text(raw[key]);
    if (value) field[key] = value;
  }
  if (isRecord(raw.constraints)) {
    const constraints: Record<string, unknown> = {};
    for (const key of CONSTRAINT_KEYS) {
      const value = raw.constraints[key];
      if (value !== undefined && value !== '') constraints[key] = value;
    }
    if (Object.keys(constraints).length > 0) field.constraints = constraints as TableSchemaField['constraints'];
  }
  return field;
}

/** A downloaded Table Schema, trimmed and labelled with its catalogue name, version and source. */
export function officialSchemaFromJson(json: unknown, entry: CatalogueEntry): OfficialSchema {
  if (!isRecord(json) || !Array.isArray(json.fields)) throw new AppError('schemas.schema-unreadable', { name: entry.name });
  const schema: TableSchema = { fields: json.fields.map(trimField).filter((field): field is TableSchemaField => field !== null) };
  if (typeof json.primaryKey === 'string' || Array.isArray(json.primaryKey)) schema.primaryKey = json.primaryKey as string | string[];
  if (Array.isArray(json.missingValues)) schema.missingValues = json.missingValues.map(String);
  return {
    name: entry.name,
    title: entry.title,
    version: normaliseVersion(entry.version),
    sourceUrl: entry.schemaUrl,
    homepage: entry.homepage || (text(json.homepage) ?? ''),
    schema,
  };
}

/** `scdl/subventions` → `scdl-subventions` (file) and `scdlSubventions` (export). */
export function bundleNames(name: string): { file: string; symbol: string } {
  const file = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const symbol = file.replace(/-([a-z0-9])/g, (_whole, letter: string) => letter.toUpperCase());
  return { file, symbol: /^\d/.test(symbol) ? `schema${symbol}` : symbol };
}

/** The TypeScript module holding one bundled schema, one field per line. */
export function renderSchemaModule(official: OfficialSchema): string {
  const { symbol } = bundleNames(official.name);
  const { schema, ...label } = official;
  const { fields, ...rest } = schema;
  const head = Object.entries(label).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`);
  const extra = Object.entries(rest).map(([key, value]) => `    ${key}: ${JSON.stringify(value)},`);
  return [
    `// Bundled from ${official.sourceUrl}`,
    '// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.',
    "import type { OfficialSchema } from '../table-schema.js';",
    '',
    `/** « ${official.title} » (${official.name} ${official.version}). */`,
    `export const ${symbol}: OfficialSchema = {`,
    ...head,
    '  schema: {',
    ...extra,
    '    fields: [',
    ...fields.map((field) => `      ${JSON.stringify(field)},`),
    '    ],',
    '  },',
    '};',
    '',
  ].join('\n');
}

/** The index module listing every bundled schema, in the given order. */
export function renderBundleIndex(officials: readonly OfficialSchema[]): string {
  const names = officials.map((official) => bundleNames(official.name));
  return [
    '// Written by main/schemas/refresh-schemas.ts: run it again rather than editing this file.',
    "import type { OfficialSchema } from '../table-schema.js';",
    ...names.map(({ file, symbol }) => `import { ${symbol} } from './${file}.js';`),
    '',
    '/** The official schemas shipped with the app, usable offline. */',
    'export const OFFICIAL_SCHEMAS: readonly OfficialSchema[] = [',
    ...names.map(({ symbol }) => `  ${symbol},`),
    '];',
    '',
  ].join('\n');
}
