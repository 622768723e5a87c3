import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyWorkbook, openWorkbook, type MergedRange } from '../../../main/files/workbook/index.js';
import { cellAgrees, collectRows, readWithSheetJs } from './sheetjs-reference.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');

interface LabelledSheet {
  path: string;
  sheet: string | null;
  format: string;
  header_row: number | null;
  header_rows?: number[];
  data_rows?: [number, number];
  columns: { name: string | null }[];
  hidden?: string;
  expect: 'table' | 'no-table' | 'error';
}

const labels = (JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as { files: LabelledSheet[] }).files;
const workbookFiles = [...new Set(labels.filter((label) => /^(xlsx|xls|ods)/.test(label.format)).map((label) => label.path))];

function mergeKey(range: MergedRange): string {
  return `${range.startRow}:${range.startColumn}-${range.endRow}:${range.endColumn}`;
}

describe('corpus workbooks', () => {
  it('lists every workbook of the corpus', () => {
    expect(workbookFiles.length).toBeGreaterThanOrEqual(15);
  });

  for (const relative of workbookFiles) {
    const file = path.join(CORPUS, relative);
    const fileLabels = labels.filter((label) => label.path === relative);
    const expectedFormat = (fileLabels[0]?.format ?? '').split(' ')[0];

    it(`${relative}: recognised by content as ${expectedFormat}`, async () => {
      expect(await identifyWorkbook(file)).toBe(expectedFormat);
    });

    if (fileLabels.some((label) => label.expect === 'error')) {
      it(`${relative}: refused as password-protected`, async () => {
        await expect(openWorkbook(file, 'xls')).rejects.toMatchObject({ code: 'file.encrypted' });
      });
      continue;
    }

    it(`${relative}: same sheets, values and merges as SheetJS`, async () => {
      const workbook = await openWorkbook(file, expectedFormat as 'xlsx');
      const reference = readWithSheetJs(file);
      try {
        expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(reference.map((sheet) => sheet.name));
        expect(workbook.sheets.map((sheet) => sheet.hidden)).toEqual(reference.map((sheet) => sheet.hidden));
        for (const expected of reference) {
          const { rows, onRow } = collectRows();
          const result = await workbook.readSheet(expected.name, onRow);
          const mismatches: string[] = [];
          for (const rowIndex of new Set([...rows.keys(), ...expected.rows.keys()])) {
            const actual = rows.get(rowIndex) ?? [];
            const wanted = expected.rows.get(rowIndex) ?? [];
            for (let column = 0; column < Math.max(actual.length, wanted.length); column += 1) {
              if (!cellAgrees(actual[column], wanted[column])) {
                mismatches.push(`${expected.name}!R${rowIndex + 1}C${column + 1}: ${JSON.stringify(actual[column])} ≠ ${JSON.stringify(wanted[column])}`);
              }
            }
          }
          expect(mismatches.slice(0, 10)).toEqual([]);
          if (expected.merges.length > 0) {
            expect(new Set(result.merges.map(mergeKey))).toEqual(new Set(expected.merges.map(mergeKey)));
          }
          expect(result.rowCount).toBe(Math.max(0, ...[...expected.rows.keys()].map((row) => row + 1)));
        }
      } finally {
        await workbook.close();
      }
    });

    it(`${relative}: hidden flags, header names and last data row as labelled`, async () => {
      const workbook = await openWorkbook(file, expectedFormat as 'xlsx');
      try {
        for (const label of fileLabels.filter((candidate) => candidate.sheet !== null)) {
          const sheet = workbook.sheets.find((candidate) => candidate.name === label.sheet);
          expect(sheet, `${label.sheet}`).toBeDefined();
          expect(sheet?.hidden).toBe(label.hidden !== undefined);
          if (label.expect !== 'table' || !label.data_rows) continue;
          const { rows, onRow } = collectRows();
          const result = await workbook.readSheet(label.sheet ?? '', onRow);
          expect(result.rowCount).toBeGreaterThanOrEqual(label.data_rows[1]);
          // A single header row holds the labelled names exactly (multi-row ones are joined by the table reader).
          if (label.header_row !== null && !label.header_rows) {
            const header = rows.get(label.header_row - 1) ?? [];
            label.columns.forEach((column, index) => {
              if (column.name) expect(String(header[index] ?? ''), `${label.sheet} column ${index + 1}`).toBe(column.name);
            });
          }
        }
      } finally {
        await workbook.close();
      }
    });
  }
});
