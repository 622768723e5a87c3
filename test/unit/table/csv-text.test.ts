import { describe, expect, it } from 'vitest';
import { detectTerminator, parseCsvText, skipCsvRecords, sniffDelimiter } from '../../../shared/table/csv-text.js';

function records(text: string, delimiter = ';', terminator: '\n' | '\r' = '\n'): string[][] {
  const out: string[][] = [];
  parseCsvText(text, delimiter, terminator, (fields) => {
    out.push(fields);
  });
  return out;
}

describe('reading CSV records', () => {
  it('splits plain records, with LF or CRLF line ends', () => {
    expect(records('a;b\n1;2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('a;b\r\n1;2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('reads CR-only files', () => {
    expect(detectTerminator('a;b\r1;2\r')).toBe('\r');
    expect(records('a;b\r1;2', ';', '\r')).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    expect(records('"x;y";"il dit ""oui""";"ligne 1\nligne 2"\n2;3;4')).toEqual([
      ['x;y', 'il dit "oui"', 'ligne 1\nligne 2'],
      ['2', '3', '4'],
    ]);
  });
  it('keeps a carriage return inside quotes in a CRLF file', () => {
    expect(records('"a\r\nb";c\r\n')).toEqual([['a\r\nb', 'c']]);
  });
  it('gives blank lines as one empty field', () => {
    expect(records('a;b\n\n1;2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
});

describe('sniffing the delimiter', () => {
  it('finds ; even when the values hold decimal commas', () => {
    expect(sniffDelimiter('nom;montant\nA;1,5\nB;2,5\nC;3,5\n', '\n')).toBe(';');
  });
  it('finds , tab and |', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n', '\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n1\t2\n', '\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n', '\n')).toBe('|');
  });
  it('ignores commas inside quotes', () => {
    expect(sniffDelimiter('"Id,N,9,0";"Nom,C,254"\n1;"Dupont, Jean"\n2;"Durand, Paul"\n', '\n')).toBe(';');
  });
  it('sees past a title block', () => {
    const text = '"Naissances (2005, 2006)",,,\n,,,\n"REG","uu","dc","nom"\n"91","34701","34057","Castelnau"\n';
    expect(sniffDelimiter(text, '\n')).toBe(',');
  });
});

describe('skipCsvRecords', () => {
  const samples: [string, string, '\n' | '\r'][] = [
    ['plain LF', 'a;b\nc;d\ne;f\ng;h\n', '\n'],
    ['CRLF, no final break', 'a;b\r\nc;d\r\ne;f\r\ng;h', '\n'],
    ['quoted line breaks and doubled quotes', 'a;"x\ny"\n"say ""hi""";b\n"q;\n\n";c\nlast;"""\n"""\nend;z\n', '\n'],
    ['a quote in the middle of a field', 'a;b"c\nd"e\nf;g\nh;i\n', '\n'],
    ['CR-only lines', 'a;b\rc;"d\re"\rf;g\r', '\r'],
  ];

  it.each(samples)('starts where parsing would be after n records: %s', (_label, text, terminator) => {
    const all: string[][] = [];
    parseCsvText(text, ';', terminator, (fields) => {
      all.push(fields);
    });
    for (let skip = 0; skip <= all.length + 1; skip++) {
      const rest: string[][] = [];
      parseCsvText(text.slice(skipCsvRecords(text, skip, terminator)), ';', terminator, (fields) => {
        rest.push(fields);
      });
      expect(rest).toEqual(all.slice(skip));
    }
  });
});
