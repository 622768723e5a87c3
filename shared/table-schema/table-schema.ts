/**
 * The subset of Frictionless Table Schema (specs.frictionlessdata.io/table-schema) that the
 * official French schemas (schema.data.gouv.fr, SCDL) use, and how a bundled schema is recorded.
 */

/** Field types of the Table Schema specification. */
export type TableSchemaFieldType =
  | 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime' | 'time' | 'year' | 'yearmonth'
  | 'duration' | 'geopoint' | 'geojson' | 'object' | 'array' | 'any';

/** Constraints on a field's values. */
export interface TableSchemaConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number | string;
  maximum?: number | string;
  minLength?: number;
  maxLength?: number;
}

/** One column of the schema. */
export interface TableSchemaField {
  name: string;
  title?: string;
  type: TableSchemaFieldType;
  format?: string;
  /** An example value, shown in error messages to say what is expected. */
  example?: string;
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  constraints?: TableSchemaConstraints;
}

/** A Table Schema, trimmed to what validation needs. */
export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey?: string | string[];
  /** Cell texts that mean « empty »; `[""]` by default. */
  missingValues?: string[];
}

/** An official schema as bundled with the app, offline. */
export interface OfficialSchema {
  /** Name in the schema.data.gouv.fr catalogue, e.g. `scdl/subventions`; udata checks it. */
  name: string;
  title: string;
  /** Version without a leading `v`, e.g. `2.3.0`. */
  version: string;
  /** Where the bundled text was read. */
  sourceUrl: string;
  homepage: string;
  schema: TableSchema;
}
