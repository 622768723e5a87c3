/**
 * Suggests the official schemas a table may follow, from its column names alone: names are
 * compared without case, accents or separators (`DELIB_DATE`, `Délib date` and `delibDate` are
 * the same), and a schema scores by how many of its columns the table has and how many of the
 * table's columns it explains.
 */
import { OFFICIAL_SCHEMAS } from './bundle/index.js';
import type { OfficialSchema } from './table-schema.js';

/** One suggestion, best first. */
export interface SchemaSuggestion {
  name: string;
  version: string;
  title: string;
  /** 0 to 1: the harmonic mean of the two coverages (F1 score). */
  score: number;
  /** Schema columns found in the table. */
  matched: number;
  /** Schema columns, in all. */
  fields: number;
}

/** Below this score a schema is not worth proposing. */
const MINIMUM_SCORE = 0.3;

/** `Délib. date` → `delibdate`. */
export function normaliseColumnName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The schemas whose columns match the headers well enough, best first. */
export function suggestSchemas(headers: readonly string[], schemas: readonly OfficialSchema[] = OFFICIAL_SCHEMAS): SchemaSuggestion[] {
  const columns = new Set(headers.map(normaliseColumnName).filter((name) => name !== ''));
  if (columns.size === 0) return [];
  return schemas
    .map((official) => {
      const names = new Set(official.schema.fields.map((field) => normaliseColumnName(field.name)));
      const matched = [...names].filter((name) => columns.has(name)).length;
      const score = matched === 0 ? 0 : (2 * matched) / (names.size + columns.size);
      return { name: official.name, version: official.version, title: official.title, score: Math.round(score * 1000) / 1000, matched, fields: names.size };
    })
    .filter((suggestion) => suggestion.score >= MINIMUM_SCORE)
    .sort((a, b) => b.score - a.score || b.matched - a.matched);
}

/** The bundled schema of that name (any version when none is given); undefined if none. */
export function findOfficialSchema(name: string, version?: string): OfficialSchema | undefined {
  return OFFICIAL_SCHEMAS.find((official) => official.name === name && (version === undefined || official.version === version.replace(/^v/, '')));
}
