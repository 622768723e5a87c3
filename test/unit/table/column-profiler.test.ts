import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/table/cell.js';
import { ColumnProfiler } from '../../../shared/table/column-profiler.js';

function profileOf(cells: Cell[], limit = 1000) {
  const profiler = new ColumnProfiler(limit);
  for (const cell of cells) profiler.add(cell);
  return profiler.profile(0, 'colonne', ['colonne']);
}

describe('typing a whole column', () => {
  it('keeps postcodes and SIRET as codes, never as integers', () => {
    expect(profileOf(['31000', '09000', '31200']).type).toBe('code');
    expect(profileOf(['34000', '31000', '75001']).type).toBe('code');
    expect(profileOf(['21310117300010', '83022644500013']).type).toBe('code');
  });
  it('types on every cell: one word among numbers makes the column text', () => {
    const cells: Cell[] = Array.from({ length: 5000 }, (_, i) => String(i));
    expect(profileOf(cells).type).toBe('integer');
    cells.push('inconnu');
    expect(profileOf(cells).type).toBe('text');
  });
  it('reads decimals, dates, date-times and booleans', () => {
    expect(profileOf(['1 063 850,00', '12', '3,5']).type).toBe('decimal');
    expect(profileOf(['12/03/2024', '2024-04-01']).type).toBe('date');
    expect(profileOf(['12/03/2024', '2024-04-01T10:00:00']).type).toBe('datetime');
    expect(profileOf(['oui', 'non', null]).type).toBe('boolean');
    expect(profileOf([null, null]).type).toBe('empty');
  });
  it('leaves #N/A out of the type and counts it apart', () => {
    const p = profileOf([1, 2, '#N/A', 4]);
    expect(p.type).toBe('integer');
    expect(p.errors).toBe(1);
  });
});

describe('profiling a column', () => {
  it('counts empty cells, distinct values, min, max and the most frequent values', () => {
    const p = profileOf(['b', 'a', null, 'b', '', 'c', 'b']);
    expect(p.empty).toBe(2);
    expect(p.distinct).toBe(3);
    expect(p.min).toBe('a');
    expect(p.max).toBe('c');
    expect(p.top[0]).toEqual({ value: 'b', count: 3 });
  });
  it('gives numeric min and max and a histogram covering every number', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => i);
    const p = profileOf(cells);
    expect(p.min).toBe(0);
    expect(p.max).toBe(9999);
    expect(p.histogram).toHaveLength(10);
    const total = p.histogram.reduce((sum, bin) => sum + bin.count, 0);
    expect(Math.abs(total - 10_000)).toBeLessThanOrEqual(10);
  });
  it('gives date ranges and a histogram by year', () => {
    const p = profileOf(['01/01/2020', '15/06/2021', '2021-12-31']);
    expect(p.min).toBe('2020-01-01');
    expect(p.max).toBe('2021-12-31');
    expect(p.histogram).toEqual([{ label: '2020', count: 1 }, { label: '2021', count: 2 }]);
  });
  it('bounds the distinct values it tracks and says so', () => {
    const p = profileOf(Array.from({ length: 500 }, (_, i) => `v${i}`), 100);
    expect(p.distinct).toBe(100);
    expect(p.distinctCapped).toBe(true);
  });
});
