/**
 * The one metadata model of a dataset (DCAT-AP-FR in spirit). The form edits it, ajv validates it
 * (`shared/metadata/`), and each portal adapter maps it to its own fields.
 */
export type UpdateFrequency =
  | 'unknown'
  | 'punctual'
  | 'continuous'
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'quarterly'
  | 'semiannual'
  | 'annual'
  | 'irregular';

export interface ContactPoint {
  name: string;
  email: string;
}

export interface TemporalCoverage {
  /** ISO date `YYYY-MM-DD`. */
  start: string | null;
  /** ISO date `YYYY-MM-DD`. */
  end: string | null;
}

export interface DatasetMetadata {
  title: string;
  description: string;
  keywords: string[];
  themes: string[];
  /** The producing organisation, e.g. « Commune de Castelmaurou ». */
  producer: string;
  contact: ContactPoint | null;
  /** Licence id in the app's catalogue (SPDX-like: `etalab-2.0`, `ODbL-1.0`, …). */
  licence: string;
  frequency: UpdateFrequency;
  temporal: TemporalCoverage;
  /** Spatial coverage in words or an INSEE code, e.g. « Toulouse Métropole » or `31555`. */
  spatial: string;
  /** ISO 639-1 code, `fr` by default. */
  language: string;
  /** Where the data comes from (software, service). */
  source: string;
  /** ISO date `YYYY-MM-DD` of the data's last modification. */
  modified: string;
  /** An official Table Schema the data follows, if any. */
  schema: { name: string; version: string } | null;
}
