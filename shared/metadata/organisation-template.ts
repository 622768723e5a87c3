/**
 * An organisation template: the defaults of a commune (or one of its services) that fill a new
 * draft's metadata, saved in SQLite and edited in the settings.
 */
import type { ContactPoint, UpdateFrequency } from './model.js';

/** The metadata members a template fills. */
export interface OrganisationDefaults {
  producer: string;
  contact: ContactPoint | null;
  licence: string;
  themes: string[];
  keywords: string[];
  frequency: UpdateFrequency;
  spatial: string;
  language: string;
  source: string;
}

/** A saved template. */
export interface OrganisationTemplate extends OrganisationDefaults {
  templateId: number;
  /** How the clerk tells templates apart, e.g. « Mairie — service urbanisme ». */
  name: string;
  /** The template new drafts get when none is chosen. */
  isDefault: boolean;
  /** ISO date-time of the last save. */
  updatedAt: string;
}

/** A template as the settings screen sends it: no id for a new one. */
export interface OrganisationTemplateInput extends OrganisationDefaults {
  templateId?: number;
  name: string;
  isDefault: boolean;
}

/** The members of `DatasetMetadata` a template sets, for filtering validation issues. */
export const TEMPLATE_FIELDS: readonly (keyof OrganisationDefaults)[] = [
  'producer', 'contact', 'licence', 'themes', 'keywords', 'frequency', 'spatial', 'language', 'source',
];
