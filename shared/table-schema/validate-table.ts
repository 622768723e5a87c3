/**
 * Validates a table against an official Table Schema, row batch by row batch, so that a large
 * vetted file streams through without being held: column names first, then every cell (type,
 * format, required, enum, pattern, minimum/maximum, length, uniqueness, primary key). Each error
 * names its cell (data row from 0, column index) and carries its French sentence; a count per kind
 * sums up the whole table even when the list of errors is cut.
 */
import { metadataText } from '../metadata/metadata-text.js';
import type { TextParam } from '../metadata/metadata-text.js';
import type { Cell, Row } from '../table/cell.js';
import { castCell } from './cast-cell.js';
import type { CompiledField } from './compile-field.js';
import { compileField, valueKey } from './compile-field.js';
import { expectedValue } from './expected-value.js';
import type { TableSchema } from './table-schema.js';

/** The kinds of error, counted in the report. */
export type SchemaErrorCode =
  | 'schema.missing-column' | 'schema.extra-column'
  | 'schema.required' | 'schema.type' | 'schema.format' | 'schema.enum' | 'schema.pattern'
  | 'schema.minimum' | 'schema.maximum' | 'schema.min-length' | 'schema.max-length'
  | 'schema.unique' | 'schema.primary-key';

/** An error on a cell, or on a whole column when `row` is null. */
export interface SchemaError {
  /** Data row, 0 for the first row under the header; null for a column error. */
  row: number | null;
  /** Column index in the table; null for a schema column the table lacks. */
  column: number | null;
  /** The schema field concerned (or the table's column name for an extra column). */
  field: string;
  code: SchemaErrorCode;
  message: { fr: string; en: string };
}

/** The outcome of a validation. */
export interface TableSchemaReport {
  valid: boolean;
  rowsChecked: number;
  /** Errors in table order, the first `maxErrors` only. */
  errors: SchemaError[];
  /** Errors per kind, over the whole table. */
  counts: Partial<Record<SchemaErrorCode, number>>;
  /** True when errors were left out of the list (the counts still hold them all). */
  truncated: boolean;
}

/** A validation in progress: feed it the rows in order, then read the report. */
export interface TableSchemaValidator {
  checkRows(rows: readonly Row[]): void;
  report(): TableSchemaReport;
}

const normalise = (name: string): string => name.trim().toLowerCase();

function shown(cell: Exclude<Cell, null>): string {
  const text = typeof cell === 'string' ? cell : String(cell);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Starts validating a table whose header row is `headers`. */
export function createTableSchemaValidator(schema: TableSchema, headers: readonly string[], options: { maxErrors?: number } = {}): TableSchemaValidator {
  const maxErrors = options.maxErrors ?? 10_000;
  const missingValues = new Set(schema.missingValues ?? ['']);
  const primaryKey = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const errors: SchemaError[] = [];
  const counts: Partial<Record<SchemaErrorCode, number>> = {};
  let rowsChecked = 0;

  function add(row: number | null, column: number | null, field: string, code: SchemaErrorCode, params: Record<string, TextParam> = {}): void {
    counts[code] = (counts[code] ?? 0) + 1;
    if (errors.length < maxErrors) errors.push({ row, column, field, code, message: metadataText(code, { field, ...params }) });
  }

  // Columns: matched by name, exactly, then without case or surrounding spaces.
  const bound: { compiled: CompiledField; column: number }[] = [];
  const used = new Set<number>();
  for (const field of schema.fields) {
    let column = headers.indexOf(field.name);
    if (column < 0 || used.has(column)) column = headers.findIndex((header, i) => !used.has(i) && normalise(header) === normalise(field.name));
    if (column < 0) {
      add(null, null, field.name, 'schema.missing-column');
      continue;
    }
    used.add(column);
    bound.push({ compiled: compileField(field, primaryKey.includes(field.name)), column });
  }
  headers.forEach((header, column) => {
    if (!used.has(column)) add(null, column, header, 'schema.extra-column');
  });
  const seen = bound.map(() => new Map<string, number>());
  const keyColumns = primaryKey.length > 1 ? bound.filter((b) => primaryKey.includes(b.compiled.field.name)).map((b) => b.column) : [];
  const seenKeys = new Map<string, number>();

  function checkCell(row: number, cell: Cell | undefined, { compiled, column }: (typeof bound)[number], fieldIndex: number): void {
    const { field } = compiled;
    if (cell === null || cell === undefined || (typeof cell === 'string' && missingValues.has(cell))) {
      if (compiled.required) add(row, column, field.name, 'schema.required');
      return;
    }
    const value = shown(cell);
    const example = field.example ?? '';
    const cast = castCell(cell, field);
    if (!cast.ok) {
      add(row, column, field.name, cast.code, { value, expected: expectedValue(field) });
      return;
    }
    const text = typeof cell === 'string' ? cell : String(cell);
    if (compiled.allowed && !compiled.allowed.has(valueKey(cast.value))) {
      const values = (field.constraints?.enum ?? []).map(String);
      const list = values.length > 8 ? `${values.slice(0, 8).join(', ')}…` : values.join(', ');
      add(row, column, field.name, 'schema.enum', { value, values: list });
    }
    if (compiled.pattern && !compiled.pattern.test(text)) add(row, column, field.name, 'schema.pattern', { value, example });
    if (compiled.minimum !== null && cast.value < compiled.minimum) add(row, column, field.name, 'schema.minimum', { value, limit: String(compiled.minimum) });
    if (compiled.maximum !== null && cast.value > compiled.maximum) add(row, column, field.name, 'schema.maximum', { value, limit: String(compiled.maximum) });
    const length = [...text].length;
    if (compiled.minLength !== null && length < compiled.minLength) add(row, column, field.name, 'schema.min-length', { value, limit: compiled.minLength });
    if (compiled.maxLength !== null && length > compiled.maxLength) add(row, column, field.name, 'schema.max-length', { value, limit: compiled.maxLength, actual: length });
    if (compiled.unique || (primaryKey.length === 1 && primaryKey[0] === field.name)) {
      const key = valueKey(cast.value);
      const first = seen[fieldIndex]?.get(key);
      if (first === undefined) seen[fieldIndex]?.set(key, row);
      else add(row, column, field.name, 'schema.unique', { value, firstRow: first + 1 });
    }
  }

  return {
    checkRows(rows) {
      for (const cells of rows) {
        const row = rowsChecked++;
        bound.forEach((binding, fieldIndex) => checkCell(row, cells[binding.column], binding, fieldIndex));
        if (keyColumns.length > 0) {
          const key = JSON.stringify(keyColumns.map((column) => cells[column] ?? null));
          const first = seenKeys.get(key);
          if (first === undefined) seenKeys.set(key, row);
          else add(row, keyColumns[0] ?? null, primaryKey.join(', '), 'schema.primary-key', { firstRow: first + 1 });
        }
      }
    },
    report() {
      const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
      const blocking = total - (counts['schema.extra-column'] ?? 0);
      return { valid: blocking === 0, rowsChecked, errors: [...errors], counts: { ...counts }, truncated: total > errors.length };
    },
  };
}

/** Validates rows already in memory (small tables, tests). */
export function validateTable(schema: TableSchema, headers: readonly string[], rows: readonly Row[], options: { maxErrors?: number } = {}): TableSchemaReport {
  const validator = createTableSchemaValidator(schema, headers, options);
  validator.checkRows(rows);
  return validator.report();
}
