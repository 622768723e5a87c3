import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { publicationDetail } from '../../../main/history/journal-queries.js';
import {
  appendPublicationEvent,
  publicationIdByKey,
  recordPublication,
  setRemote,
} from '../../../main/history/publication-recorder.js';
import { publicationInput, sha256Of } from './publication-fixture.js';

let dir: string;
let db: AtelierDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-history-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('recording a publication', () => {
  it('keeps the whole publication and its story, and reads it back after reopening the file', () => {
    const { publicationId, version } = recordPublication(db, publicationInput({ publicationKey: 'outbox-1' }));
    appendPublicationEvent(db, publicationId, { type: 'queued', at: '2025-01-06T10:00:05Z' });
    appendPublicationEvent(db, publicationId, { type: 'uploaded', at: '2025-01-06T10:00:20Z', details: { bytes: 18_004 } });
    setRemote(db, publicationId, {
      datasetId: 'deliberations-conseil-municipal',
      datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/deliberations-conseil-municipal/',
    }, '2025-01-06T10:00:21Z');
    appendPublicationEvent(db, publicationId, { type: 'published', at: '2025-01-06T10:00:30Z' });
    db.close();
    db = openDatabase(path.join(dir, 'atelier.sqlite'));

    const detail = publicationDetail(db, publicationId);
    expect(version).toBe(1);
    expect(publicationIdByKey(db, 'outbox-1')).toBe(publicationId);
    expect(detail).toMatchObject({
      datasetTitle: 'Délibérations du conseil municipal',
      version: 1,
      status: 'published',
      statusAt: '2025-01-06T10:00:30.000Z',
      osUser: 'agent.assemblees',
      appVersion: '0.1.0',
      portal: { profileName: 'Toulouse Métropole', engine: 'opendatasoft' },
      remote: {
        datasetId: 'deliberations-conseil-municipal',
        datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/deliberations-conseil-municipal/',
        resourceId: null,
      },
      source: { name: 'Délibérations 2024.xlsx', sizeBytes: 48_213, sha256: sha256Of('source v1'), sheet: 'Délibérations', headerRow: 3 },
      output: { sha256: sha256Of('output v1'), rowCount: 212, columnCount: 5 },
      decisions: [{ columnName: 'Adresse du demandeur', action: 'drop', legalBasis: 'CRPA L312-1-2' }],
      dismissals: [{ columnName: 'Rapporteur' }],
      preflight: { passed: true },
    });
    expect(detail.findings.map((finding) => finding.category)).toEqual(['postal-address', 'person-name']);
    expect(detail.metadata.licence).toBe('etalab-2.0');
    expect(detail.events.map((event) => event.type)).toEqual(['created', 'scanned', 'decided', 'queued', 'uploaded', 'remote-linked', 'published']);
    expect(detail.events[4]?.details).toEqual({ bytes: 18_004 });
    // The renderer never learns where the file sits on the clerk's machine.
    expect(JSON.stringify(detail)).not.toContain('/srv/partage');
  });

  it('numbers the versions of a dataset per portal, and returns the first record for a repeated key', () => {
    const first = recordPublication(db, publicationInput({ publicationKey: 'a' }));
    const second = recordPublication(db, publicationInput({ publicationKey: 'b', source: { ...publicationInput().source, sha256: sha256Of('source v2') } }));
    const elsewhere = recordPublication(db, publicationInput({
      publicationKey: 'c',
      portal: { profileName: 'data.gouv.fr', engine: 'udata', baseUrl: 'https://www.data.gouv.fr' },
    }));
    expect([first.version, second.version, elsewhere.version]).toEqual([1, 2, 1]);
    expect(recordPublication(db, publicationInput({ publicationKey: 'a' }))).toEqual(first);
    expect(() => recordPublication(db, publicationInput({ publicationKey: 'a', output: { ...publicationInput().output, sha256: sha256Of('other') } })))
      .toThrowError(expect.objectContaining({ code: 'history.key-conflict' }));
  });

  it('keeps the status time of the last status change when a fact without status arrives', () => {
    const { publicationId } = recordPublication(db, publicationInput());
    appendPublicationEvent(db, publicationId, { type: 'failed', at: '2025-01-06T11:00:00+01:00', details: { code: 'portal.unreachable' } });
    setRemote(db, publicationId, { resourceId: 'r-1' }, '2025-01-06T12:00:00Z');
    expect(publicationDetail(db, publicationId)).toMatchObject({ status: 'failed', statusAt: '2025-01-06T10:00:00.000Z', remote: { resourceId: 'r-1' } });
  });

  it('refuses bad input with a code naming the field, and writes nothing', () => {
    expect(() => recordPublication(db, publicationInput({ recordedAt: 'hier' })))
      .toThrowError(expect.objectContaining({ code: 'history.invalid-record', details: { field: 'recordedAt' } }));
    expect(() => recordPublication(db, publicationInput({ output: { ...publicationInput().output, sha256: 'abc' } })))
      .toThrowError(expect.objectContaining({ details: { field: 'output.sha256' } }));
    const { publicationId } = recordPublication(db, publicationInput());
    expect(() => setRemote(db, publicationId, { datasetUrl: 'javascript:alert(1)' }))
      .toThrowError(expect.objectContaining({ details: { field: 'datasetUrl' } }));
    expect(() => appendPublicationEvent(db, 9999, { type: 'published' })).toThrowError(expect.objectContaining({ code: 'history.not-found' }));
    expect(db.prepare('SELECT count(*) AS n FROM publication').get()).toEqual({ n: 1 });
    expect(publicationDetail(db, publicationId).events).toHaveLength(3);
  });
});
