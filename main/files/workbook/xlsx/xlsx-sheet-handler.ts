import type { Cell } from '../../../../shared/table/cell.js';
import type { DenseRow } from '../dense-row.js';
import { normaliseIsoDateTime, numberCell } from '../excel-serial.js';
import type { NumberFormat } from '../number-format.js';
import type { MergedRange, RowListener } from '../workbook-types.js';
import { attributeValue, indexBefore } from '../xml/xml-attributes.js';
import type { XmlHandler, XmlScanner } from '../xml/xml-scanner.js';
import { decodeOoxmlEscapes, decodeXmlText } from '../xml/xml-text.js';
import { parseRangeReference } from './cell-reference.js';

/** What the sheet reader needs besides the sheet part itself. */
export interface XlsxSheetContext {
  sharedStrings: readonly string[];
  formats: readonly NumberFormat[];
  date1904: boolean;
  maxRows: number;
}

/**
 * Turns a worksheet part (ECMA-376 §18.3) into rows: `<row r>` and `<c r t s>` cells whose value
 * is `<v>` (number, shared-string index, boolean, error, formula result) or `<is>` inline text.
 * Formulas (`<f>`) are skipped: the cached `<v>` is what Excel shows. Merges come after the
 * cells, so once `maxRows` is reached the scanner jumps straight to `<mergeCells>`.
 */
export class XlsxSheetHandler implements XmlHandler {
  rowCount = 0;
  columnCount = 0;
  readonly merges: MergedRange[] = [];
  private rowIndex = 0;
  private nextRowIndex = 0;
  private nextColumn = 0;
  private inCell = false;
  private cellColumn = 0;
  private cellType = '';
  private cellStyle = 0;
  private valueText = '';
  private inlineText = '';
  private inInline = false;
  private phoneticDepth = 0;
  private rowsDone = false;

  constructor(
    private readonly scanner: XmlScanner,
    private readonly row: DenseRow,
    private readonly context: XlsxSheetContext,
    private readonly onRow: RowListener,
  ) {}

  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    if (this.rowsDone) {
      if (name === 'mergeCell') this.addMerge(attributeValue(source, start, end, 'ref'));
      return;
    }
    switch (name) {
      case 'c':
        this.openCell(source, start, end);
        if (selfClosing) this.closeCell();
        break;
      case 'v':
        if (!selfClosing && this.inCell) {
          this.valueText = '';
          this.scanner.wantText = true;
        }
        break;
      case 'row':
        this.openRow(attributeValue(source, start, end, 'r'));
        if (selfClosing) this.closeRow();
        break;
      case 'is':
        this.inInline = !selfClosing;
        this.inlineText = '';
        break;
      case 't':
        if (this.inInline && this.phoneticDepth === 0 && !selfClosing) this.scanner.wantText = true;
        break;
      case 'rPh':
        if (!selfClosing) this.phoneticDepth += 1;
        break;
      case 'mergeCell':
        this.addMerge(attributeValue(source, start, end, 'ref'));
        break;
    }
  }

  close(name: string): void {
    if (this.rowsDone) return;
    switch (name) {
      case 'c':
        this.closeCell();
        break;
      case 'v':
      case 't':
        this.scanner.wantText = false;
        break;
      case 'row':
        this.closeRow();
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.phoneticDepth -= 1;
        break;
      case 'sheetData':
        this.finishRows();
        break;
    }
  }

  text(raw: string): void {
    if (this.inInline) this.inlineText += raw;
    else this.valueText += raw;
  }

  private openRow(reference: string | undefined): void {
    const number = reference === undefined ? NaN : Number(reference);
    this.rowIndex = Number.isInteger(number) && number >= 1 ? number - 1 : this.nextRowIndex;
    this.nextColumn = 0;
    if (this.rowIndex >= this.context.maxRows) this.finishRows();
  }

  private closeRow(): void {
    const cells = this.row.take();
    this.nextRowIndex = this.rowIndex + 1;
    if (!cells) return;
    this.rowCount = this.rowIndex + 1;
    if (cells.length > this.columnCount) this.columnCount = cells.length;
    this.onRow(this.rowIndex, cells);
  }

  /** Stops reading cells; only merges are still looked for, skipping the rest untokenized. */
  private finishRows(): void {
    this.rowsDone = true;
    this.scanner.wantText = false;
    this.scanner.skipUntil('mergeCell');
  }

  /** Reads `r`, `t` and `s` in one pass over the tag, as this runs once per cell. */
  private openCell(source: string, start: number, end: number): void {
    let column = -1;
    let type = '';
    let style = 0;
    let i = start + 1;
    while (i < end && source.charCodeAt(i) > 32 && source.charCodeAt(i) !== 47 && source.charCodeAt(i) !== 62) i += 1;
    while (i < end) {
      const eq = indexBefore(source, 61 /* = */, i, end);
      if (eq < 0) break;
      let quoteAt = eq + 1;
      while (source.charCodeAt(quoteAt) <= 32) quoteAt += 1;
      const valueStart = quoteAt + 1;
      const valueEnd = source.indexOf(source[quoteAt] === "'" ? "'" : '"', valueStart);
      if (valueEnd < 0) break;
      let nameStart = i;
      while (source.charCodeAt(nameStart) <= 32) nameStart += 1;
      let nameEnd = eq;
      while (source.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
      if (nameEnd - nameStart === 1) {
        const attribute = source.charCodeAt(nameStart);
        if (attribute === 114 /* r */) column = columnOfReference(source, valueStart, valueEnd);
        else if (attribute === 116 /* t */) type = source.slice(valueStart, valueEnd);
        else if (attribute === 115 /* s */) style = Number(source.slice(valueStart, valueEnd)) | 0;
      }
      i = valueEnd + 1;
    }
    this.inCell = true;
    this.cellColumn = column >= 0 ? column : this.nextColumn;
    this.cellType = type;
    this.cellStyle = style;
    this.valueText = '';
    this.inlineText = '';
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.nextColumn = this.cellColumn + 1;
    this.scanner.wantText = false;
    const value = this.cellValue();
    if (value !== null) this.row.set(this.cellColumn, value);
  }

  private cellValue(): Cell {
    const raw = this.valueText;
    switch (this.cellType) {
      case 's': {
        if (raw === '') return null;
        const text = this.context.sharedStrings[Number(raw) | 0];
        return text === undefined || text === '' ? null : text;
      }
      case 'inlineStr':
      case 'str': {
        const text = decodeOoxmlEscapes(decodeXmlText(this.cellType === 'inlineStr' && this.inlineText !== '' ? this.inlineText : raw));
        return text === '' ? null : text;
      }
      case 'b':
        return raw === '' ? null : raw === '1' || raw === 'true';
      case 'e':
        return raw === '' ? null : decodeXmlText(raw);
      case 'd':
        return raw === '' ? null : normaliseIsoDateTime(raw);
      default: {
        if (raw === '') return null;
        const number = Number(raw);
        if (Number.isNaN(number)) return decodeXmlText(raw);
        const format = this.context.formats[this.cellStyle];
        return format === undefined || format.kind === 'number' ? number : numberCell(number, format, this.context.date1904);
      }
    }
  }

  private addMerge(reference: string | undefined): void {
    const range = reference === undefined ? null : parseRangeReference(reference);
    if (range) this.merges.push(range);
  }
}

/** The 0-based column of an A1 reference held in `source[start..end)`; -1 if it has none. */
function columnOfReference(source: string, start: number, end: number): number {
  let column = 0;
  let i = start;
  for (; i < end; i += 1) {
    const c = source.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === start ? -1 : column - 1;
}
