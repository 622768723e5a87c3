import { describe, expect, it } from 'vitest';
import type { ColumnEvidence } from '../../../shared/detect/column-evidence.js';
import { createColumnScanner, FULL_SCAN_CELLS } from '../../../shared/detect/column-scanner.js';
import { dayOfWeek } from '../../../shared/detect/dates.js';
import { ColumnOutcomes, OutcomeMemory } from '../../../shared/detect/outcome-memory.js';
import { mergeScannedParts, TableScanPart } from '../../../shared/detect/table-scan-part.js';
import type { Cell, Row } from '../../../shared/table/cell.js';
import { synthetic } from './synthetic-table.js';

const REFERENCE = { year: 2026, month: 1, day: 1 };
const gen = synthetic(20261128);

/** A column of a municipal register: values that recur (communes, first names, dates, stock comments) and values that do not. */
const COLUMNS: Record<string, (row: number) => Cell> = {
  prenom: () => gen.firstName(),
  nom: () => gen.lastName(),
  naissance: () => gen.birthDate(),
  courriel: () => gen.email(),
  telephone: (row) => gen.phone(row),
  adresse: () => gen.address(),
  siret: () => gen.siret(),
  observations: (row) => (row % 7 === 0 ? `Rappeler Mme DURAND au ${gen.phone(row)}` : gen.pick(['Dossier complet', 'Pièce manquante', '  ', 'Dossier complet '])),
  commune: () => gen.pick(['Toulouse', 'Blagnac', 'Colomiers', ' Balma', 'L’Union']),
  montant: (row) => (row % 3 === 0 ? null : `${String(gen.int(10, 99_999))},${gen.digits(2)}`),
  // Long text under a plain header: read as free text from the 50th cell on, the same values then giving more.
  suivi: () => gen.pick(['Courrier de Mme Durand reçu, dossier à compléter avant la commission', 'Dossier transmis au service instructeur pour avis', `Demande transmise par ${gen.email()}`]),
};

function evidenceOf(header: string, values: readonly Cell[], memory: OutcomeMemory): ColumnEvidence {
  const scanner = createColumnScanner(header, 0, { referenceDate: REFERENCE, fullScanCells: Number.POSITIVE_INFINITY, memory });
  values.forEach((value, row) => scanner.add(value, row));
  return scanner.evidence();
}

describe('values met again are counted from what they gave the first time', () => {
  it.each(Object.keys(COLUMNS))('the evidence of « %s » is the same with and without the memory', (header) => {
    const values = Array.from({ length: 6000 }, (_, row) => COLUMNS[header]!(row));
    const remembered = evidenceOf(header, values, new OutcomeMemory());
    const examined = evidenceOf(header, values, new OutcomeMemory(0));
    expect(remembered).toEqual(examined);
    expect(remembered.examined).toBeGreaterThan(0);
  });

  it('a column whose values seldom recur stops remembering them', () => {
    const outcomes = new ColumnOutcomes(2000);
    const outcome = { length: 4, hits: [], date: null, spans: [] };
    for (let i = 0; i < 1024 && outcomes.active; i++) {
      if (outcomes.get(`v${String(i)}`) === undefined) outcomes.remember(`v${String(i)}`, outcome);
    }
    expect(outcomes.active).toBe(false);
    expect(outcomes.hasRoom()).toBe(false);
  });

  it('a column of recurring values keeps remembering, up to its bound', () => {
    const outcomes = new ColumnOutcomes(3);
    const outcome = { length: 4, hits: [], date: null, spans: [] };
    for (let i = 0; i < 5000; i++) {
      const value = `v${String(i % 10)}`;
      if (outcomes.get(value) === undefined && outcomes.hasRoom()) outcomes.remember(value, outcome);
    }
    expect(outcomes.active).toBe(true);
    expect(outcomes.get('v1')).toBe(outcome);
    expect(outcomes.get('v9')).toBeUndefined();
  });

  it('keeps outcomes apart for free-text and plain reading of the same column', () => {
    const memory = new OutcomeMemory();
    expect(memory.column(3, false, false)).toBe(memory.column(3, false, false));
    expect(memory.column(3, true, false)).not.toBe(memory.column(3, false, false));
    expect(memory.column(4, false, false)).not.toBe(memory.column(3, false, false));
  });
});

describe('parts of a table read apart add up to the table read at once', () => {
  const headers = Object.keys(COLUMNS);
  const rows: Row[] = Array.from({ length: 30_000 }, (_, row) => headers.map((header) => COLUMNS[header]!(row)));

  function scanInParts(bounds: number[], share: boolean): ColumnEvidence[] {
    const memory = new OutcomeMemory();
    const head = new TableScanPart((index) => headers[index] ?? null, { referenceDate: REFERENCE, ...(share ? { memory } : {}) });
    for (let row = 0; row < bounds[0]!; row++) if (head.wants(row, headers.length)) head.read(rows[row]!, row);
    const following = head.followingParts();
    const parts = [{ evidence: head.evidence(), firstRow: 0 }];
    for (let b = 0; b + 1 < bounds.length; b++) {
      const part = new TableScanPart((index) => headers[index] ?? null, {
        referenceDate: REFERENCE,
        fullScanCells: following.fullScanCells,
        ...(share ? { distinctCapped: following.distinctCapped, memory } : {}),
      });
      for (let row = bounds[b]!; row < bounds[b + 1]!; row++) if (part.wants(row - bounds[b]!, headers.length)) part.read(rows[row]!, row - bounds[b]!);
      parts.push({ evidence: part.evidence(), firstRow: bounds[b]! });
    }
    return mergeScannedParts(parts, headers.length);
  }

  it('sharing the memory and the head’s distinct-value bound changes no count', () => {
    const bounds = [FULL_SCAN_CELLS + 8 * 100, 16_000, 22_000, 30_000];
    expect(scanInParts(bounds, true)).toEqual(scanInParts(bounds, false));
  });

  it('example rows of later parts are counted from the top of the table', () => {
    const merged = scanInParts([FULL_SCAN_CELLS + 8 * 100, 30_000], true);
    const observations = merged[headers.indexOf('observations')]!;
    expect(observations.tallies.freeTextCell.rows.every((row) => row % 7 === 0)).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  it('gives the day of the week of every date from 1850 to 2200 as the Date object does', () => {
    let wrong = 0;
    for (let time = Date.UTC(1850, 0, 1); time < Date.UTC(2201, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      if (dayOfWeek({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }) !== date.getUTCDay()) wrong++;
    }
    expect(wrong).toBe(0);
  });
});
