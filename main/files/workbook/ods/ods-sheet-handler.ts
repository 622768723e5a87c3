import type { DenseRow } from '../dense-row.js';
import type { MergedRange, RowListener } from '../workbook-types.js';
import { attributeValue, forEachAttributeSpan } from '../xml/xml-attributes.js';
import type { XmlHandler, XmlScanner } from '../xml/xml-scanner.js';
import { decodeXmlText } from '../xml/xml-text.js';
import { odsCellValue, type OdsCellAttributes } from './ods-cell-value.js';
import { qualifiedNameAt, tableTagPattern } from './ods-package.js';

/**
 * The most rows a sheet can have in LibreOffice Calc and Excel. Writers end a sheet with one
 * row repeated up to here (`table:number-rows-repeated="1048553"`); empty repeats only move the
 * row index, and non-empty ones are never delivered past this row.
 */
const SHEET_ROW_LIMIT = 1_048_576;

/** What the sheet reader needs besides `content.xml`. */
export interface OdsSheetContext {
  sheetName: string;
  maxRows: number;
  /** Cell styles that pad integers with zeros, and to how many digits. */
  codeStyles: ReadonlyMap<string, number>;
}

/**
 * Turns the `content.xml` of an ODS file into the rows of one sheet (ODF 1.2 Part 1 §9.1):
 * other tables are skipped untokenized; repeated rows and cells (`number-rows-repeated`,
 * `number-columns-repeated`) are expanded only when they hold a value; spans
 * (`number-columns-spanned`, `number-rows-spanned`) give the merges; paragraphs (`<text:p>`) are
 * joined with line breaks, `<text:s>`, `<text:tab>` and `<text:line-break>` restored, and
 * comments (`<office:annotation>`) left out.
 */
export class OdsSheetHandler implements XmlHandler {
  rowCount = 0;
  columnCount = 0;
  readonly merges: MergedRange[] = [];
  private state: 'seeking' | 'reading' = 'seeking';
  private nestedTables = 0;
  private rowIndex = 0;
  private rowRepeat = 1;
  private column = 0;
  private inCell = false;
  private cellRepeat = 1;
  private columnsSpanned = 1;
  private rowsSpanned = 1;
  private covered = false;
  private attributes: OdsCellAttributes = emptyAttributes();
  private paragraphs: string[] = [];
  private paragraph: string | null = null;
  private collapsibleSpaceAtEnd = false;
  private annotationDepth = 0;
  private cellStyle: string | undefined;
  /** Default cell style of each column, as runs (`table:table-column` may repeat). */
  private readonly columnStyles: { end: number; style: string | undefined }[] = [];
  private readonly readAttribute = (source: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void =>
    this.cellAttribute(source, nameStart, nameEnd, valueStart, valueEnd);

  constructor(
    private readonly scanner: XmlScanner,
    private readonly row: DenseRow,
    private readonly context: OdsSheetContext,
    private readonly onRow: RowListener,
  ) {}

  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    if (this.state === 'seeking') {
      if (name !== 'table') return;
      if (attributeValue(source, start, end, 'name') === this.context.sheetName) this.state = 'reading';
      else this.scanner.skipUntil(tableTagPattern(qualifiedNameAt(source, start, end)));
      return;
    }
    if (this.nestedTables > 0 || name === 'table') {
      if (name === 'table' && !selfClosing) this.nestedTables += 1;
      return;
    }
    switch (name) {
      case 'table-cell':
      case 'covered-table-cell':
        this.openCell(source, start, end, name === 'covered-table-cell');
        if (selfClosing) this.closeCell();
        break;
      case 'p':
      case 'h':
        if (this.inCell && this.annotationDepth === 0) {
          this.paragraph = '';
          this.collapsibleSpaceAtEnd = false;
          this.scanner.wantText = !selfClosing;
          if (selfClosing) this.closeParagraph();
        }
        break;
      case 's':
        if (this.paragraph !== null && this.annotationDepth === 0) {
          const count = Number(attributeValue(source, start, end, 'c') ?? 1);
          this.paragraph += ' '.repeat(Number.isInteger(count) && count > 0 && count < 10_000 ? count : 1);
          this.collapsibleSpaceAtEnd = false;
        }
        break;
      case 'tab':
        if (this.paragraph !== null && this.annotationDepth === 0) {
          this.paragraph += '\t';
          this.collapsibleSpaceAtEnd = false;
        }
        break;
      case 'line-break':
        if (this.paragraph !== null && this.annotationDepth === 0) {
          this.paragraph += '\n';
          this.collapsibleSpaceAtEnd = false;
        }
        break;
      case 'annotation':
        if (!selfClosing) {
          this.annotationDepth += 1;
          this.scanner.wantText = false;
        }
        break;
      case 'table-column':
        this.addColumnStyle(attributeValue(source, start, end, 'default-cell-style-name'), attributeValue(source, start, end, 'number-columns-repeated'));
        break;
      case 'table-row':
        this.openRow(attributeValue(source, start, end, 'number-rows-repeated'));
        if (selfClosing) this.closeRow();
        break;
    }
  }

  close(name: string): void {
    if (this.state !== 'reading') return;
    if (name === 'table') {
      if (this.nestedTables > 0) this.nestedTables -= 1;
      else this.scanner.stop();
      return;
    }
    if (this.nestedTables > 0) return;
    switch (name) {
      case 'p':
      case 'h':
        if (this.paragraph !== null && this.annotationDepth === 0) this.closeParagraph();
        break;
      case 'annotation':
        this.annotationDepth -= 1;
        if (this.annotationDepth === 0 && this.paragraph !== null) this.scanner.wantText = true;
        break;
      case 'table-cell':
      case 'covered-table-cell':
        this.closeCell();
        break;
      case 'table-row':
        this.closeRow();
        break;
    }
  }

  /**
   * ODF 1.2 Part 1 §6.1.2: white space written in the XML collapses to one space, and is dropped
   * at the start and end of a paragraph; spaces that matter are written as `<text:s/>`.
   */
  text(raw: string): void {
    if (this.paragraph === null) return;
    let text = decodeXmlText(raw);
    if (!/[\t\r\n ]/.test(text)) {
      this.paragraph += text;
      this.collapsibleSpaceAtEnd = false;
      return;
    }
    text = text.replace(/[\t\r\n ]+/g, ' ');
    if (text.charCodeAt(0) === 32 && (this.paragraph === '' || this.collapsibleSpaceAtEnd)) text = text.slice(1);
    if (text === '') return;
    this.paragraph += text;
    this.collapsibleSpaceAtEnd = text.charCodeAt(text.length - 1) === 32;
  }

  private openRow(repeated: string | undefined): void {
    const count = repeated === undefined ? 1 : Number(repeated);
    this.rowRepeat = Number.isInteger(count) && count > 1 ? count : 1;
    this.column = 0;
  }

  private closeRow(): void {
    const cells = this.row.take();
    const first = this.rowIndex;
    this.rowIndex += this.rowRepeat;
    if (cells) {
      const last = Math.min(first + this.rowRepeat, this.context.maxRows, Math.max(first + 1, SHEET_ROW_LIMIT));
      for (let index = first; index < last; index += 1) {
        this.onRow(index, index === first ? cells : cells.slice());
      }
      if (last > first) {
        this.rowCount = last;
        if (cells.length > this.columnCount) this.columnCount = cells.length;
      }
    }
    if (this.rowIndex >= this.context.maxRows) this.scanner.stop();
  }

  private openCell(source: string, start: number, end: number, covered: boolean): void {
    this.inCell = true;
    this.covered = covered;
    this.cellRepeat = 1;
    this.columnsSpanned = 1;
    this.rowsSpanned = 1;
    const attributes = this.attributes;
    attributes.valueType = undefined;
    attributes.value = undefined;
    attributes.dateValue = undefined;
    attributes.timeValue = undefined;
    attributes.booleanValue = undefined;
    attributes.stringValue = undefined;
    this.cellStyle = undefined;
    if (this.paragraphs.length > 0) this.paragraphs = [];
    this.paragraph = null;
    this.annotationDepth = 0;
    forEachAttributeSpan(source, start, end, this.readAttribute);
  }

  /** Keeps the value attributes; names are compared in place, values cut out only when kept. */
  private cellAttribute(source: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const length = nameEnd - nameStart;
    const first = source.charCodeAt(nameStart);
    let name: (typeof ATTRIBUTE_NAMES)[number] | undefined;
    for (const candidate of ATTRIBUTE_NAMES) {
      if (candidate.length === length && candidate.charCodeAt(0) === first && source.startsWith(candidate, nameStart)) {
        name = candidate;
        break;
      }
    }
    if (name === undefined) return;
    const value = decodeXmlText(source.slice(valueStart, valueEnd));
    switch (name) {
      case 'value-type': this.attributes.valueType = value; break;
      case 'value': this.attributes.value = value; break;
      case 'date-value': this.attributes.dateValue = value; break;
      case 'time-value': this.attributes.timeValue = value; break;
      case 'boolean-value': this.attributes.booleanValue = value; break;
      case 'string-value': this.attributes.stringValue = value; break;
      case 'number-columns-repeated': this.cellRepeat = positiveInteger(value); break;
      case 'number-columns-spanned': this.columnsSpanned = positiveInteger(value); break;
      case 'number-rows-spanned': this.rowsSpanned = positiveInteger(value); break;
      case 'style-name': this.cellStyle = value; break;
    }
  }

  private addColumnStyle(style: string | undefined, repeated: string | undefined): void {
    const start = this.columnStyles.at(-1)?.end ?? 0;
    this.columnStyles.push({ end: start + positiveInteger(repeated ?? '1'), style });
  }

  private columnStyle(column: number): string | undefined {
    return this.columnStyles.find((run) => column < run.end)?.style;
  }

  private closeParagraph(): void {
    const text = this.paragraph ?? '';
    this.paragraphs.push(this.collapsibleSpaceAtEnd ? text.slice(0, -1) : text);
    this.paragraph = null;
    this.scanner.wantText = false;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.scanner.wantText = false;
    const column = this.column;
    this.column += this.cellRepeat;
    if (this.columnsSpanned > 1 || this.rowsSpanned > 1) {
      this.merges.push({ startRow: this.rowIndex, startColumn: column, endRow: this.rowIndex + this.rowsSpanned - 1, endColumn: column + this.columnsSpanned - 1 });
    }
    // A covered cell is hidden under a merge: Calc and Excel show only the top-left value.
    if (this.covered) return;
    const paragraphs = this.paragraphs;
    let value = odsCellValue(this.attributes, paragraphs.length === 1 ? (paragraphs[0] ?? '') : paragraphs.join('\n'));
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && this.context.codeStyles.size > 0) {
      const digits = this.context.codeStyles.get(this.cellStyle ?? this.columnStyle(column) ?? '');
      if (digits !== undefined) value = String(value).padStart(digits, '0');
    }
    if (value === null) return;
    for (let offset = 0; offset < this.cellRepeat; offset += 1) this.row.set(column + offset, value);
  }
}

/** The cell attributes that matter (ODF 1.2 Part 1 §19.385–§19.389, §19.675–§19.680). */
const ATTRIBUTE_NAMES = [
  'value-type', 'value', 'date-value', 'time-value', 'boolean-value', 'string-value',
  'number-columns-repeated', 'number-columns-spanned', 'number-rows-spanned', 'style-name',
] as const;

function emptyAttributes(): OdsCellAttributes {
  return { valueType: undefined, value: undefined, dateValue: undefined, timeValue: undefined, booleanValue: undefined, stringValue: undefined };
}

function positiveInteger(value: string): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 1 ? number : 1;
}
