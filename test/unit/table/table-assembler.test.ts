import { describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/table/cell.js';
import { TableAssembler } from '../../../shared/table/table-assembler.js';

function assemble(rows: Row[]) {
  const assembler = new TableAssembler();
  const data: Row[] = [];
  rows.forEach((cells, i) => data.push(...assembler.push(i, cells)));
  data.push(...assembler.finish());
  return { assembler, data };
}

describe('assembling a table from streamed rows', () => {
  it('keeps blank rows inside, drops trailing blank rows and a legend below a gap', () => {
    const { assembler, data } = assemble([
      ['Service', 'T1', 'T2', 'T3', 'T4', 'T5'],
      ['Accueil', 1, 2, 3, 4, 5],
      [],
      ['Etat civil', 1, 2, 3, 4, 5],
      ['Total', null, null, null, null, 15],
      [],
      ['Légende : taux d’insatisfaits', null, null, null, null, null],
      [],
      [],
    ]);
    expect(assembler.rowCount).toBe(4);
    expect(data.map((r) => r[0])).toEqual(['Accueil', undefined, 'Etat civil', 'Total']);
  });
  it('ignores wholly empty trailing columns and names the columns', () => {
    const { assembler } = assemble([
      ['Nom', 'Ville', '', ''],
      ['Dupont', 'Albi', '', ''],
    ]);
    expect(assembler.columns().map((c) => c.name)).toEqual(['Nom', 'Ville']);
  });
  it('counts a column that appears late as empty in the rows before', () => {
    const { assembler } = assemble([['Nom'], ['A'], ['B', 'x'], ['C']]);
    const columns = assembler.columns();
    expect(columns).toHaveLength(2);
    expect(columns[1]!.empty).toBe(2);
    expect(columns[1]!.name).toBe('colonne 2');
  });
});
