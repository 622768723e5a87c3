/**
 * Compares two versions of a dataset for the journal's « Comparer » view: what the clerk needs
 * to see before (or after) publishing again — columns that appeared or went away, decisions that
 * changed, how many rows more or less, which descriptive fields were edited.
 */
import type { JsonValue, PublicationDetail, RecordedDecision } from './publication-record.js';

/** The parts of a publication the comparison reads. */
export type ComparableVersion = Pick<
  PublicationDetail,
  'publicationId' | 'version' | 'recordedAt' | 'datasetSlug' | 'portal' | 'source' | 'output' | 'decisions' | 'metadata'
>;

/** Columns present in one version and not the other. */
export interface ColumnSetChange {
  added: string[];
  removed: string[];
}

/** A column whose decision differs; `null` where the version had no decision on it. */
export interface DecisionChange {
  columnName: string;
  before: RecordedDecision | null;
  after: RecordedDecision | null;
}

/** A count before and after, and the difference (after − before). */
export interface CountChange {
  before: number;
  after: number;
  change: number;
}

/** A metadata field whose value differs; `null` where the field was absent. */
export interface MetadataChange {
  field: string;
  before: JsonValue;
  after: JsonValue;
}

/** Everything that differs between two versions. */
export interface VersionComparison {
  older: { publicationId: number; version: number; recordedAt: string };
  newer: { publicationId: number; version: number; recordedAt: string };
  /** False when the two publications are not versions of one dataset on one portal. */
  sameDataset: boolean;
  /** True when the source files' SHA-256 differ. */
  sourceChanged: boolean;
  /** Columns of the source files (headers as read). */
  sourceColumns: ColumnSetChange;
  /** Columns of the published files, after the decisions. */
  publishedColumns: ColumnSetChange;
  decisions: DecisionChange[];
  rows: CountChange;
  columns: CountChange;
  metadata: MetadataChange[];
}

/**
 * Compares `older` with `newer`. Pure; the order of the arguments only decides which side is
 * « avant » and which « après ».
 */
export function compareVersions(older: ComparableVersion, newer: ComparableVersion): VersionComparison {
  return {
    older: { publicationId: older.publicationId, version: older.version, recordedAt: older.recordedAt },
    newer: { publicationId: newer.publicationId, version: newer.version, recordedAt: newer.recordedAt },
    sameDataset: older.datasetSlug === newer.datasetSlug && older.portal.profileName === newer.portal.profileName,
    sourceChanged: older.source.sha256 !== newer.source.sha256,
    sourceColumns: columnSetChange(older.source.columns, newer.source.columns),
    publishedColumns: columnSetChange(older.output.columns, newer.output.columns),
    decisions: decisionChanges(older.decisions, newer.decisions),
    rows: countChange(older.output.rowCount, newer.output.rowCount),
    columns: countChange(older.output.columnCount, newer.output.columnCount),
    metadata: metadataChanges(older.metadata as unknown as Record<string, JsonValue>, newer.metadata as unknown as Record<string, JsonValue>),
  };
}

function columnSetChange(before: string[], after: string[]): ColumnSetChange {
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    added: after.filter((name) => !beforeSet.has(name)),
    removed: before.filter((name) => !afterSet.has(name)),
  };
}

function countChange(before: number, after: number): CountChange {
  return { before, after, change: after - before };
}

function decisionChanges(before: RecordedDecision[], after: RecordedDecision[]): DecisionChange[] {
  const beforeByColumn = new Map(before.map((decision) => [decision.columnName, decision]));
  const afterByColumn = new Map(after.map((decision) => [decision.columnName, decision]));
  const columns = [...new Set([...afterByColumn.keys(), ...beforeByColumn.keys()])];
  const changes: DecisionChange[] = [];
  for (const columnName of columns) {
    const previous = beforeByColumn.get(columnName) ?? null;
    const next = afterByColumn.get(columnName) ?? null;
    if (canonicalJson(previous) !== canonicalJson(next)) changes.push({ columnName, before: previous, after: next });
  }
  return changes;
}

function metadataChanges(before: Record<string, JsonValue>, after: Record<string, JsonValue>): MetadataChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changes: MetadataChange[] = [];
  for (const field of fields) {
    const previous = before[field] ?? null;
    const next = after[field] ?? null;
    if (canonicalJson(previous) !== canonicalJson(next)) changes.push({ field, before: previous, after: next });
  }
  return changes;
}

/**
 * JSON with object keys sorted, so that two values equal in content compare equal whatever order
 * their keys were written in; `undefined` members are left out, as JSON would.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, member]) => [key, sortKeys(member)]));
  }
  return value;
}
