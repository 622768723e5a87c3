import { describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/table/cell.js';
import { columnNames, detectHeader, looksLikeTable, type CellRange } from '../../../shared/table/header-detect.js';
import { uniqueColumnNames } from '../../../shared/table/column-names.js';

function sample(rows: Row[]) {
  return rows.map((cells, index) => ({ index, cells }));
}

describe('finding the header row', () => {
  it('sees past a title block and blank lines', () => {
    const layout = detectHeader(sample([
      ['Extraction du 12/03/2024', null, null],
      [],
      ['Service des finances', null, null],
      ['Nom', 'Montant', 'Date'],
      ['Dupont', '12,5', '01/02/2024'],
      ['Durand', '13', '02/02/2024'],
    ]));
    expect(layout.headerStart).toBe(3);
    expect(layout.headerEnd).toBe(3);
    expect(layout.dataStart).toBe(4);
  });
  it('finds no header when numbers or dates come first', () => {
    const layout = detectHeader(sample([
      ['2012-06-25', 'Mise à disposition de locaux'],
      ['2012-06-26', 'Approbation des redevances'],
    ]));
    expect(layout.headerStart).toBeNull();
    expect(layout.dataStart).toBe(0);
  });
  it('joins a row of codes and a row of labels above numeric data', () => {
    const layout = detectHeader(sample([
      ['REG', 'nom', 'nais09'],
      ['Code région', 'Nom de la zone', 'Naissances en 2009'],
      ['91', 'COMEDIE', 45],
      ['91', 'ASSAS', 18],
    ]));
    expect([layout.headerStart, layout.headerEnd, layout.dataStart]).toEqual([0, 1, 2]);
    expect(columnNames(layout, 3).names).toEqual(['REG — Code région', 'nom — Nom de la zone', 'nais09 — Naissances en 2009']);
  });
  it('does not take a text data row for a second header row', () => {
    const layout = detectHeader(sample([
      ['Nom', 'Ville'],
      ['Dupont', 'Toulouse'],
      ['Durand', 'Albi'],
    ]));
    expect([layout.headerStart, layout.headerEnd]).toEqual([0, 0]);
  });
  it('joins merged group labels over their columns (Montant — HT)', () => {
    const merges: CellRange[] = [
      { startRow: 0, startColumn: 1, endRow: 0, endColumn: 2 },
      { startRow: 0, startColumn: 0, endRow: 1, endColumn: 0 },
    ];
    const layout = detectHeader(sample([
      ['Marché', 'Montant', null],
      [null, 'HT', 'TTC'],
      ['M-01', 100, 120],
    ]), merges);
    expect(layout.headerEnd).toBe(1);
    expect(columnNames(layout, 3).names).toEqual(['Marché', 'Montant — HT', 'Montant — TTC']);
  });
  it('does not take a title merged across the sheet for the header', () => {
    const merges: CellRange[] = [{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 3 }];
    const layout = detectHeader(sample([
      ['Inventaire des marchés 2013', null, null, null],
      ['N°', 'Objet', 'Montant', 'Date'],
      ['12M067', 'Logiciel', 1200, '13/02/2013'],
    ]), merges);
    expect(layout.headerStart).toBe(1);
  });
  it('obeys the clerk: a given header row, or none', () => {
    const rows = sample([['a', 'b'], ['c', 'd'], ['1', '2']]);
    expect(detectHeader(rows, [], 2).headerStart).toBe(1);
    expect(detectHeader(rows, [], 0).headerStart).toBeNull();
  });
});

describe('column names', () => {
  it('names empty headers "colonne N" and numbers duplicates', () => {
    expect(uniqueColumnNames(['Nom', '', 'Nom', 'Nom'])).toEqual(['Nom', 'colonne 2', 'Nom (2)', 'Nom (3)']);
  });
});

describe('telling a table from notes', () => {
  it('refuses a sheet of one-cell lines and accepts a grid', () => {
    expect(looksLikeTable(sample([['*Nom : Naissances'], [], ['*Date : 08/07/2011'], ['Source : INSEE']]))).toBe(false);
    expect(looksLikeTable(sample([['Nom', 'Ville'], ['Dupont', 'Albi']]))).toBe(true);
  });
});
