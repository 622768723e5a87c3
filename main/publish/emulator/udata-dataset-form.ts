import type { EmulatorState, UdataDataset, UdataUser } from './emulator-state.js';
import { record } from './emulator-http.js';
import { UDATA_FREQUENCIES } from './udata-errors.js';

/** The dataset form's fields that a PUT replaces wholesale (form semantics, reference §2.3). */
const FORM_FIELDS = ['title', 'description', 'description_short', 'acronym', 'license', 'frequency', 'frequency_date', 'temporal_coverage', 'tags', 'extras', 'spatial', 'contact_points'];

/** udata's slug: lowercase ASCII words joined by `-`. */
export function udataSlug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'dataset'
  );
}

/** A slug no other dataset uses: `<slug>`, `<slug>-1`, `<slug>-2`… (udata never rejects a duplicate title). */
export function uniqueSlug(state: EmulatorState, title: string, self: UdataDataset | null): string {
  const base = udataSlug(title);
  const taken = (slug: string): boolean =>
    [...state.udata.datasets.values()].some((dataset) => dataset !== self && (dataset.slug === slug || dataset.formerSlugs.includes(slug)));
  if (!taken(base)) return base;
  for (let n = 1; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The result of validating a dataset form: the fields to store, or WTForms-style errors. */
export type FormOutcome =
  | { ok: true; fields: Record<string, unknown>; private: boolean; organization: string | null }
  | { ok: false; errors: Record<string, string[]> };

/** Validates a dataset body like `DatasetForm`. Omitted booleans read as false, as in an HTML form. */
export function readDatasetForm(state: EmulatorState, body: Record<string, unknown>, user: UdataUser): FormOutcome {
  const errors: Record<string, string[]> = {};
  const required = 'This field is required.';
  if (typeof body.title !== 'string' || body.title.trim() === '') errors.title = [required];
  else if (body.title.length > 350) errors.title = ['Field cannot be longer than 350 characters.'];
  if (typeof body.description !== 'string' || body.description.trim() === '') errors.description = [required];
  const tags = Array.isArray(body.tags) ? body.tags : [];
  const badTag = tags.find((tag) => typeof tag !== 'string' || tag.length < 3 || tag.length > 96);
  if (badTag !== undefined) errors.tags = [`Tag "${String(badTag)}" must be between 3 and 96 characters long.`];
  if (body.license !== undefined && body.license !== '' && !state.udata.licences.some((licence) => licence.id === body.license)) {
    errors.license = ['Not a valid choice'];
  }
  if (body.frequency !== undefined && !UDATA_FREQUENCIES.includes(String(body.frequency))) errors.frequency = ['Not a valid choice'];
  const organization = typeof body.organization === 'string' && body.organization !== '' ? body.organization : null;
  if (organization !== null && !user.organizations.includes(organization)) {
    errors.organization = ['Permission denied for this organization'];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fields: Record<string, unknown> = {};
  for (const name of FORM_FIELDS) if (body[name] !== undefined) fields[name] = body[name];
  fields.tags = tags.map((tag) => udataSlug(String(tag)));
  fields.extras = record(body.extras);
  return { ok: true, fields, private: body.private === true, organization };
}
