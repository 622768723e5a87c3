/**
 * `datapackage.json` (Frictionless Data Package, tabular profile) describing the exported CSV:
 * its dialect, its fields and their types, its hash, the dataset's title, description and
 * licence. Portals and validators read it to load the file without guessing.
 */
import type { DatasetMetadata } from '../../shared/metadata/model.js';
import type { OutputColumn } from '../../shared/decisions/output-plan.js';
import type { OutputOptions } from '../../shared/decisions/draft-content.js';
import { decisionSummary } from '../../shared/decisions/decision-summary.js';
import { findLicence } from '../../shared/licences/catalogue.js';
import type { VettedCsv } from './vetted-csv-writer.js';

/** One field of the Table Schema. */
interface SchemaField {
  name: string;
  type: string;
  format?: string;
  description?: string;
}

/** A package name: lower-case ASCII letters, digits and dashes, as the specification requires. */
export function packageName(text: string): string {
  const name = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name === '' ? 'donnees' : name;
}

function fieldFor(column: OutputColumn): SchemaField {
  const field: SchemaField = { name: column.name, type: 'string' };
  const rule = column.decision?.kind === 'generalise' ? column.decision.rule.kind : null;
  if (rule === 'date-year') field.type = 'year';
  else if (rule === 'date-month') field.type = 'yearmonth';
  else {
    switch (column.type) {
      case 'integer':
        field.type = 'integer';
        break;
      case 'decimal':
        field.type = 'number';
        break;
      case 'date':
        field.type = 'date';
        break;
      case 'datetime':
        field.type = 'datetime';
        break;
      case 'boolean':
        field.type = 'boolean';
        break;
      default:
        field.type = 'string';
    }
  }
  if (column.decision) field.description = decisionSummary(column.decision).fr;
  return field;
}

/** The data package describing one vetted CSV. */
export function buildDataPackage(
  csv: VettedCsv,
  csvFileName: string,
  plan: readonly OutputColumn[],
  output: OutputOptions,
  metadata: Partial<DatasetMetadata>,
): Record<string, unknown> {
  const title = metadata.title?.trim() || csvFileName.replace(/\.csv$/i, '');
  const licence = metadata.licence ? findLicence(metadata.licence) : undefined;
  const descriptor: Record<string, unknown> = {
    profile: 'tabular-data-package',
    name: packageName(title),
    title,
  };
  if (metadata.description) descriptor.description = metadata.description;
  if (metadata.keywords && metadata.keywords.length > 0) descriptor.keywords = metadata.keywords;
  if (metadata.producer) descriptor.contributors = [{ title: metadata.producer, role: 'publisher' }];
  if (licence) descriptor.licenses = [{ name: licence.id, title: licence.title, path: licence.url }];
  else if (metadata.licence) descriptor.licenses = [{ name: metadata.licence }];
  if (metadata.modified) descriptor.created = metadata.modified;
  descriptor.resources = [
    {
      profile: 'tabular-data-resource',
      name: packageName(csvFileName.replace(/\.csv$/i, '')),
      path: csvFileName,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: csv.size,
      hash: `sha256:${csv.sha256}`,
      dialect: { delimiter: output.delimiter, header: true, lineTerminator: '\r\n', doubleQuote: true, quoteChar: '"' },
      schema: { fields: plan.map(fieldFor) },
    },
  ];
  return descriptor;
}
