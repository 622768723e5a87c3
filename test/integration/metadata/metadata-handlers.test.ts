import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmitEvent } from '../../../main/api/handler-types.js';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { JobRegistry } from '../../../main/jobs/job-registry.js';
import { createMetadataHandlers } from '../../../main/metadata/metadata-handlers.js';
import type { VettedTable } from '../../../main/metadata/schema-check.js';
import type { MetadataEvents } from '../../../shared/api/metadata-api.js';
import type { Row } from '../../../shared/table/cell.js';
import { readSheet } from '../table-schema/read-sheet.js';

const context = { host: 'web' as const };
const irveCsv = path.resolve(process.cwd(), '../shared/corpus/schemas/schema-irve-statique_exemple-valide.csv');

let dir: string;
let db: AtelierDatabase;
let events: { name: string; payload: unknown }[];
let checked: MetadataEvents['metadata:schema-checked'][];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-metadata-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
  events = [];
  checked = [];
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The vetted table of a draft: here the IRVE example, its rows edited by `edit`, in batches of `size`. */
function vettedIrve(edit: (rows: Row[], headers: string[]) => void = () => undefined, size = 1): VettedTable {
  const { headers, rows } = readSheet(irveCsv);
  edit(rows, headers);
  async function* batches() {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
  }
  return { headers, batches: batches(), rowCount: rows.length };
}

function handlers(table: () => VettedTable = () => vettedIrve()) {
  const emit: EmitEvent = (name, payload) => events.push({ name, payload });
  const jobs = new JobRegistry(emit);
  return {
    jobs,
    api: createMetadataHandlers({
      db,
      jobs,
      openVettedTable: () => Promise.resolve(table()),
      onSchemaChecked: (event) => checked.push(event),
      today: () => '2026-03-01',
    }),
  };
}

async function finished(jobId: string): Promise<void> {
  for (let i = 0; i < 200 && !events.some((e) => e.name === 'job:finished' && (e.payload as { jobId: string }).jobId === jobId); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('metadata handlers', () => {
  it('fills a draft from the organisation template, flags what udata refuses, and passes once fixed', async () => {
    const { api } = handlers();
    const saved = await api['metadata:save-template']({
      template: {
        name: 'Mairie', isDefault: true, producer: 'Commune de Castelmaurou', contact: { name: '', email: 'mairie@castelmaurou.fr' },
        licence: 'etalab-2.0', themes: ['Administration'], keywords: ['castelmaurou'], frequency: 'annual', spatial: '31118', language: 'fr', source: '',
      },
    }, context);
    expect(saved.issues).toEqual([]);
    const draft = await api['metadata:new-draft']({}, context);
    expect(draft).toMatchObject({ producer: 'Commune de Castelmaurou', licence: 'etalab-2.0', modified: '2026-03-01', keywords: ['castelmaurou'] });

    const filled = { ...draft, title: 'Arbres de la commune', description: 'Inventaire des arbres.', keywords: ['castelmaurou', 'ab'] };
    const refused = await api['metadata:validate']({ metadata: filled, portal: 'udata' }, context);
    expect(refused.issues).toEqual([expect.objectContaining({ field: 'keywords.1', code: 'metadata.too-short', portal: 'udata' })]);
    expect(refused.licenceWarnings).toEqual([]);
    const fixed = await api['metadata:validate']({ metadata: { ...filled, keywords: ['castelmaurou', 'arbres'] }, portal: 'udata' }, context);
    expect(fixed.issues).toEqual([]);
  });

  it('answers the issues of a bad template instead of saving it', async () => {
    const { api } = handlers();
    const answer = await api['metadata:save-template']({
      template: { name: 'X', isDefault: false, producer: '', contact: null, licence: 'etalab-2.0', themes: [], keywords: [], frequency: 'annual', spatial: '', language: 'fr', source: '' },
    }, context);
    expect(answer).toEqual({ template: null, issues: [expect.objectContaining({ field: 'producer', code: 'metadata.required' })] });
    expect(await api['metadata:templates']({}, context)).toEqual([]);
  });

  it('lists licences with the Licence Ouverte 2.0 as default, and the bundled schemas', async () => {
    const { api } = handlers();
    const { licences, defaultLicenceId } = await api['metadata:licences']({}, context);
    expect(defaultLicenceId).toBe('etalab-2.0');
    expect(licences.map((l) => l.id)).toContain('ODbL-1.0');
    expect(await api['metadata:licence-warnings']({ licenceId: 'ODbL-1.0' }, context)).toEqual([expect.objectContaining({ code: 'licence.share-alike' })]);
    const schemas = await api['metadata:schemas']({}, context);
    expect(schemas.find((s) => s.name === 'scdl/deliberations')).toMatchObject({ version: '2.1.3', fields: 17 });
    expect((await api['metadata:suggest-schemas']({ headers: readSheet(irveCsv).headers }, context))[0]?.name).toBe('etalab/schema-irve-statique');
  });

  it('checks the vetted table against a schema as a job, then reports per cell', async () => {
    const { api } = handlers(() => vettedIrve((rows, headers) => {
      const cells = rows[1];
      if (cells) cells[headers.indexOf('nbre_pdc')] = 'dix';
    }));
    const { jobId } = await api['metadata:check-schema']({ draftId: 'draft-1', schemaName: 'etalab/schema-irve-statique' }, context);
    await finished(jobId);
    const check = await api['metadata:schema-report']({ draftId: 'draft-1' }, context);
    expect(check).toMatchObject({ jobId, status: 'done', schema: { name: 'etalab/schema-irve-statique', version: '2.3.0' } });
    expect(check?.report?.errors).toEqual([expect.objectContaining({ row: 1, field: 'nbre_pdc', code: 'schema.type' })]);
    expect(checked).toEqual([{ draftId: 'draft-1', jobId, status: 'done' }]);
    expect(events).toContainEqual({ name: 'job:finished', payload: { jobId, kind: 'metadata.schema-check', ok: true } });
  });

  it('stops a check on jobs:cancel, and refuses a schema it does not ship', async () => {
    const { api, jobs } = handlers();
    const { jobId } = await api['metadata:check-schema']({ draftId: 'draft-2', schemaName: 'scdl/subventions' }, context);
    expect(jobs.cancel(jobId)).toBe(true);
    await finished(jobId);
    expect((await api['metadata:schema-report']({ draftId: 'draft-2' }, context))?.status).toBe('cancelled');
    expect(() => api['metadata:check-schema']({ draftId: 'draft-2', schemaName: 'scdl/inconnu' }, context))
      .toThrowError(expect.objectContaining({ code: 'schemas.unknown-schema' }));
    expect(await api['metadata:schema-report']({ draftId: 'draft-3' }, context)).toBeNull();
  });
});
