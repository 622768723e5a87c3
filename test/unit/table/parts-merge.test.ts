import { describe, expect, it } from 'vitest';
import type { Cell, Row } from '../../../shared/table/cell.js';
import { readSpan, readText } from '../../../shared/table/cell-reading.js';
import { ColumnProfiler } from '../../../shared/table/column-profiler.js';
import { readRecords, RecordSpans } from '../../../shared/table/csv-records.js';
import { parseCsvText } from '../../../shared/table/csv-text.js';
import { DistinctValues } from '../../../shared/table/distinct-values.js';
import { TableBody } from '../../../shared/table/table-body.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function randomText(random: () => number, alphabet: readonly string[], maxLength: number): string {
  let text = '';
  const n = Math.floor(random() * maxLength);
  for (let i = 0; i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe('reading cells in place', () => {
  it('types a cell inside a line exactly as the same cell cut out', () => {
    const random = seeded(11);
    const alphabet = ['0', '1', '9', '2', ',', '.', '-', '+', '/', ':', ' ', '\u00a0', 'e', 'T', 'A', 'o', 'u', 'i', 'n', '#', 'N'];
    for (let k = 0; k < 20_000; k++) {
      const cell = randomText(random, alphabet, 14);
      const expected = readText(cell);
      const { kind, value } = { kind: expected.kind, value: expected.value };
      const inPlace = readSpan(`x;${cell};y`, 2, 2 + cell.length);
      expect([inPlace.kind, inPlace.value], JSON.stringify(cell)).toEqual([kind, value]);
    }
  });

  it('reads decimals without a string, to the same double as Number()', () => {
    expect(readText('86145,59')).toMatchObject({ kind: 'decimal', value: 86145.59 });
    expect(readText('-0,1')).toMatchObject({ kind: 'decimal', value: -0.1 });
    expect(readText('01,5').kind).toBe('codeLike');
    expect(readText('1234567890123,45').value).toBe(1234567890123.45);
  });

  it('splits records as parseCsvText does, quotes, doubled quotes and line ends included', () => {
    const random = seeded(5);
    const alphabet = ['a', 'é', ';', ',', '"', '"', '""', '\n', '\r', '\r\n', ' '];
    for (let k = 0; k < 5_000; k++) {
      const text = randomText(random, alphabet, 40);
      for (const terminator of ['\n', '\r'] as const) {
        const expected: string[][] = [];
        parseCsvText(text, ';', terminator, (fields) => {
          expected.push(fields);
        });
        const got: string[][] = [];
        readRecords(text, ';', terminator, new RecordSpans(), (spans) => {
          got.push(Array.from({ length: spans.count }, (_, i) => spans.values[i] ?? spans.text.slice(spans.starts[i], spans.ends[i])));
        });
        expect(got, JSON.stringify(text)).toEqual(expected);
      }
    }
  });
});

describe('profiling a column in parts', () => {
  it('counts distinct values by hash, up to the bound, and merges the counts of two parts', () => {
    const whole = new DistinctValues(1000);
    const first = new DistinctValues(1000);
    const second = new DistinctValues(1000);
    const values = Array.from({ length: 3000 }, (_, i) => `v${i % 300}`);
    values.forEach((value, i) => {
      whole.add(value);
      (i < 1700 ? first : second).addSpan(`;${value};`, 1, value.length + 1);
    });
    first.merge(second.state());
    expect(first.size).toBe(300);
    expect(first.top(5)).toEqual(whole.top(5));
    const capped = new DistinctValues(100);
    for (let i = 0; i < 500; i++) capped.add(`w${i}`);
    expect([capped.size, capped.capped]).toEqual([100, true]);
  });

  it('gives the same profile from two merged halves as from one pass', () => {
    const random = seeded(3);
    const columns: Cell[][] = [
      Array.from({ length: 4000 }, () => `${Math.floor(random() * 100000)},${Math.floor(random() * 90) + 10}`),
      Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? null : `${1 + Math.floor(random() * 28)}/0${1 + Math.floor(random() * 9)}/19${50 + Math.floor(random() * 50)}`)),
      Array.from({ length: 4000 }, (_, i) => ['Albi', 'Foix', 'Rodez', '#N/A', 'Évry'][i % 5]!),
      Array.from({ length: 4000 }, (_, i) => String(31000 + (i % 50)).padStart(5, '0')),
    ];
    for (const cells of columns) {
      const whole = new ColumnProfiler(1000);
      const first = new ColumnProfiler(1000);
      const second = new ColumnProfiler(1000);
      cells.forEach((cell, i) => {
        whole.add(cell);
        (i < 1500 ? first : second).add(cell);
      });
      first.merge(second.state());
      const { histogram: h1, ...a } = whole.profile(0, 'c', []);
      const { histogram: h2, ...b } = first.profile(0, 'c', []);
      expect(b).toEqual(a);
      expect(h2.map((bin) => bin.label)).toEqual(h1.map((bin) => bin.label));
      expect(h2.reduce((sum, bin) => sum + bin.count, 0)).toBeCloseTo(h1.reduce((sum, bin) => sum + bin.count, 0), -1);
    }
  });
});

describe('a table body read in parts', () => {
  const full = (i: number): Row => [String(i), `nom ${i}`, `${i},5`, 'Albi'];
  const rows: Row[] = [
    ...Array.from({ length: 30 }, (_, i) => full(i)),
    [],
    ['Total', null, null, null],
    [],
    ...Array.from({ length: 30 }, (_, i) => full(100 + i)),
    [],
    ['Source : INSEE', null, null, null],
    [],
  ];

  it('adds up to the body of the whole, whatever the rows held at the cut', () => {
    for (let cut = 1; cut < rows.length - 1; cut++) {
      const whole = new TableBody(4, 4);
      rows.forEach((row) => whole.pushRow(row));
      const first = new TableBody(4, 4);
      const second = new TableBody(4, 4);
      rows.slice(0, cut).forEach((row) => first.pushRow(row));
      // As the CSV pass does: what the first part settled, the second part knows.
      second.cappedColumns = first.distinctCapped();
      second.textColumns = first.textSettled();
      rows.slice(cut).forEach((row) => second.pushRow(row));
      const part = second.state();
      if (!part.sawFullRow) {
        rows.slice(cut).forEach((row) => first.pushRow(row));
      } else {
        first.absorb(part);
      }
      expect(first.rowCount, `cut at ${cut}`).toBe(whole.rowCount);
      for (let c = 0; c < 4; c++) {
        const { min: expectedMin, max: expectedMax, ...expected } = whole.profiler(c).profile(c, 'c', []);
        const { min, max, ...merged } = first.profiler(c).profile(c, 'c', []);
        expect(merged, `cut at ${cut}`).toEqual(expected);
        // A column that turns to text keeps as its text bounds the cells read after its first
        // text cell; when that cell was held back at the cut, the later part read numbers first.
        if (expected.type !== 'text') expect([min, max], `cut at ${cut}`).toEqual([expectedMin, expectedMax]);
      }
    }
  });
});
