import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnDecision } from '../../../shared/decisions/column-decision.js';
import type { FlaggedColumn } from '../../../shared/decisions/gate-rules.js';
import { openTable } from '../../../main/files/open-table.js';
import type { ExportHarness } from './export-harness.js';
import { createExportHarness } from './export-harness.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');

let h: ExportHarness;
beforeEach(() => {
  h = createExportHarness();
});
afterEach(() => h.close());

/**
 * One policy for every file, by what was found, never by file or column name: what a careful
 * clerk would do with no special knowledge of the dataset.
 */
function decisionFor(flagged: FlaggedColumn): ColumnDecision {
  const has = (category: string): boolean => flagged.categories.includes(category);
  if (has('birth-date')) return { kind: 'generalise', rule: { kind: 'date-year' } };
  if (has('precise-coordinates')) return { kind: 'generalise', rule: { kind: 'coordinates', decimals: 3 } };
  if (has('postal-address')) return { kind: 'generalise', rule: { kind: 'address-street' } };
  if (has('free-text-personal') || has('formula')) return { kind: 'redact' };
  if (has('phone') || has('email')) return { kind: 'mask' };
  if (has('quasi-identifier')) return { kind: 'keep', justification: 'Quasi-identifiant examiné : risque de réidentification faible à cette échelle', legalBasis: null };
  if (has('person-name') || has('first-name') || has('last-name')) {
    return { kind: 'pseudonymise', justification: 'Permet de relier les lignes d’une même personne sans la nommer' };
  }
  return { kind: 'drop' };
}

async function decideAll(draftId: string, flagged: FlaggedColumn[]): Promise<void> {
  for (const column of flagged) await h.call('decisions:decide', { draftId, columnIndex: column.columnIndex, decision: decisionFor(column) });
}

const FILES = [
  'rne/elus-senateurs-sen.csv',
  'montpellier/VilleMTP_MTP_ListeAssoc_2011.csv',
  'montpellier/VilleMTP_MTP_Delibs.csv',
];

describe('exporting real files of the corpus', () => {
  it('exports a table of schools without a decision: their switchboards and an empty e-mail column are nobody’s', async () => {
    const source = path.join(h.dir, 'VilleMTP_MTP_EffectifSco_2014.csv');
    fs.copyFileSync(path.join(CORPUS, 'montpellier/VilleMTP_MTP_EffectifSco_2014.csv'), source);
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    const scanned = await h.call('drafts:scan', { draftId });
    expect(scanned.flagged).toEqual([]);
    const summary = await h.call('export:to-folder', { draftId });
    expect(summary?.preflight.passed).toBe(true);
  });

  it.each(FILES)('%s: every flagged column decided, pre-flight passes, no e-mail or phone left', async (relative) => {
    const source = path.join(h.dir, path.basename(relative));
    fs.copyFileSync(path.join(CORPUS, relative), source);
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    const scanned = await h.call('drafts:scan', { draftId });
    expect(scanned.flagged.length).toBeGreaterThan(0);
    await decideAll(draftId, scanned.flagged);

    const summary = await h.call('export:to-folder', { draftId }).catch(async (error: { code?: string }) => {
      // Pre-flight may find what the source scan did not: it blocks, the clerk decides, and exports again.
      expect(error.code).toBe('export.preflight-blocked');
      const view = await h.call('drafts:get', { draftId });
      await decideAll(draftId, view.flagged.filter((column) => view.gate.some((p) => p.code === 'gate.undecided' && p.columnIndex === column.columnIndex)));
      return h.call('export:to-folder', { draftId });
    });
    expect(summary?.preflight.passed).toBe(true);
    if (!summary) return;

    const source0 = await openTable(source, {});
    const output = await openTable(path.join(h.outDir, summary.files[0] ?? ''), { headerRow: 1 });
    expect(output.info.rowCount).toBe(source0.info.rowCount);
    await source0.close();
    const view = await h.call('drafts:get', { draftId });
    for (const column of view.flagged) {
      const decision = view.decisions.present.columns[String(column.columnIndex)];
      expect(decision, column.columnName).toBeDefined();
    }
    const maskedOrRedacted = view.flagged.filter((c) => c.categories.some((k) => k === 'email' || k === 'phone'));
    const rows = await output.readRows(0, 200);
    await output.close();
    for (const column of maskedOrRedacted) {
      const outIndex = summary.columns.indexOf(column.columnName);
      for (const row of rows) {
        const cell = row[outIndex];
        // Masked cells, or redacted free text in which no address or number survives.
        if (typeof cell === 'string' && cell !== '') expect(cell).toMatch(/^\[masqué\]$|^[^@]*$/);
        if (typeof cell === 'string') expect(cell).not.toMatch(/0[1-9](?:[ .]?\d{2}){4}/);
      }
    }
  });
});
