import { describe, expect, it } from 'vitest';
import { CsvRecordCounter } from '../../../shared/publish/csv-record-counter.js';
import { compareReadBack } from '../../../shared/publish/read-back-check.js';

function count(text: string, delimiter = ';', chunk = 3) {
  const counter = new CsvRecordCounter(delimiter);
  for (let i = 0; i < text.length; i += chunk) counter.push(text.slice(i, i + chunk));
  return counter.finish();
}

describe('CSV record counter', () => {
  it('reads the header and counts records across chunk boundaries, quotes and line breaks included', () => {
    const csv = '\ufeffNom;"Montant ; total";"Note ""libre"""\r\n"Dupont";12;"sur\r\ndeux lignes"\r\nMartin;3;x\r\n';
    expect(count(csv)).toEqual({ columns: ['Nom', 'Montant ; total', 'Note "libre"'], rowCount: 2 });
    expect(count(csv, ';', 1)).toEqual(count(csv, ';', 1000));
  });

  it('counts a last record without a final line break, and ignores blank lines', () => {
    expect(count('a,b\n1,2\n\n3,4', ',')).toEqual({ columns: ['a', 'b'], rowCount: 2 });
    expect(count('', ',')).toEqual({ columns: [], rowCount: 0 });
  });
});

describe('read-back check', () => {
  const file = { columns: ['Commune', 'Montant'], rowCount: 10 };
  it('accepts exactly the vetted columns and rows', () => {
    expect(compareReadBack(file, { columns: ['Commune', 'Montant'], rowCount: 10 })).toBeNull();
  });
  it('names a column that should have been removed, and a wrong row count', () => {
    expect(compareReadBack(file, { columns: ['Commune', 'Montant', 'NIR'], rowCount: 9 })).toEqual({
      unexpected: ['NIR'],
      missing: [],
      rowsExpected: 10,
      rowsFound: 9,
    });
    expect(compareReadBack(file, { columns: ['Commune', 'Commune'], rowCount: 10 })?.missing).toEqual(['Montant']);
  });
});
