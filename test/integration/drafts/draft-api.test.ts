import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportHarness } from '../export/export-harness.js';
import { createExportHarness } from '../export/export-harness.js';
import { SYNTHETIC_HEADER, writeSyntheticTable } from '../export/synthetic-personal-table.js';

let h: ExportHarness;
beforeEach(() => {
  h = createExportHarness();
});
afterEach(() => h.close());

describe('drafts through the API', () => {
  it('open, decide, pre-flight, export; reopen the app and find the draft as it was', async () => {
    const source = path.join(h.dir, 'inscriptions.csv');
    writeSyntheticTable(source, 80, 7);
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {}, metadata: { title: 'Inscriptions 2025' } });
    const scanned = await h.call('drafts:scan', { draftId });
    for (const flagged of scanned.flagged) {
      await h.call('decisions:decide', { draftId, columnIndex: flagged.columnIndex, decision: { kind: 'drop' } });
    }
    await h.call('decisions:rename', { draftId, columnIndex: 0, name: 'numero' });
    await h.call('decisions:undo', { draftId });
    await h.call('decisions:redo', { draftId });
    await h.call('drafts:set-output', { draftId, output: { delimiter: ',', bom: false, fileName: 'inscriptions-2025' } });
    expect((await h.call('export:preflight', { draftId })).passed).toBe(true);
    const exported = await h.call('export:to-folder', { draftId });
    expect(exported?.files[0]).toBe('inscriptions-2025.csv');
    const before = await h.call('drafts:get', { draftId });

    h.reopen();
    const [summary] = await h.call('drafts:list', {});
    expect(summary).toMatchObject({ draftId, sourceName: 'inscriptions.csv', title: 'Inscriptions 2025', undecided: 0, sourceAvailable: true });
    const after = await h.call('drafts:get', { draftId });
    expect(after.decisions).toEqual(before.decisions);
    expect(after.preflight).toEqual(before.preflight);
    expect(after.output).toEqual({ delimiter: ',', bom: false, fileName: 'inscriptions-2025' });
    expect(after.fileId).toMatch(/^file-/);
    expect(after.canUndo).toBe(true);
    const undone = await h.call('decisions:undo', { draftId });
    expect(undone.decisions.present.renames).toEqual({});

    expect(await h.call('drafts:discard', { draftId })).toEqual({ discarded: true });
    expect(await h.call('drafts:list', {})).toEqual([]);
    await expect(h.call('drafts:get', { draftId })).rejects.toMatchObject({ code: 'draft.unknown-id' });
  });

  it('refuses an export from a source changed since its scan', async () => {
    const source = path.join(h.dir, 'inscriptions.csv');
    writeSyntheticTable(source, 30, 8);
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    const scanned = await h.call('drafts:scan', { draftId });
    for (const flagged of scanned.flagged) {
      await h.call('decisions:decide', { draftId, columnIndex: flagged.columnIndex, decision: { kind: 'drop' } });
    }
    fs.appendFileSync(source, `${SYNTHETIC_HEADER.map(() => 'x').join(';')}\n`);
    await expect(h.call('export:to-folder', { draftId })).rejects.toMatchObject({ code: 'export.source-changed' });
    expect(fs.readdirSync(h.outDir)).toEqual([]);
  });

  it('shows a draft whose source file was moved, without a file id', async () => {
    const source = path.join(h.dir, 'parti.csv');
    writeSyntheticTable(source, 10, 9);
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    fs.rmSync(source);
    h.reopen();
    expect((await h.call('drafts:get', { draftId })).fileId).toBeNull();
    expect((await h.call('drafts:list', {}))[0]?.sourceAvailable).toBe(false);
  });
});
