import type { Cell, Row } from './cell.js';
import { isBlankSpan, isBlankText } from './cell-reading.js';
import { parseCsvText, type RecordTerminator } from './csv-text.js';

/**
 * One CSV record as places in the decoded text: field `i` is the characters `starts[i]` to
 * `ends[i]` of `text`, unless it was quoted, in which case `values[i]` holds its unquoted text.
 * Reused from record to record, so that reading a file allocates nothing per cell.
 */
export class RecordSpans {
  text = '';
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  values: (string | null)[] = [];

  /** Starts a new record over `text`. */
  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  /** Adds a field that is the characters `start` to `end` of the text. */
  span(start: number, end: number): void {
    const i = this.slot();
    this.starts[i] = start;
    this.ends[i] = end;
    this.values[i] = null;
  }

  /** Adds a field whose text had quotes: its unquoted value. */
  value(value: string): void {
    const i = this.slot();
    this.starts[i] = 0;
    this.ends[i] = 0;
    this.values[i] = value;
  }

  private slot(): number {
    const i = this.count++;
    if (i === this.starts.length) {
      const starts = new Int32Array(i * 2);
      const ends = new Int32Array(i * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    return i;
  }

  /** Whether field `i` is blank (empty or only spaces). */
  isBlank(i: number): boolean {
    const value = this.values[i];
    if (value !== null && value !== undefined) return isBlankText(value);
    return isBlankSpan(this.text, this.starts[i]!, this.ends[i]!);
  }

  /** Field `i` as a cell: its text, null when empty. */
  cell(i: number): Cell {
    const value = this.values[i];
    const text = value ?? this.text.slice(this.starts[i]!, this.ends[i]!);
    return text === '' ? null : text;
  }

  /** The record as a row of cells (empty fields are null). */
  toRow(): Row {
    const row: Row = new Array<Cell>(this.count);
    for (let i = 0; i < this.count; i++) row[i] = this.cell(i);
    return row;
  }
}

const QUOTE = 34;
const CR = 13;

/**
 * Reads the records of decoded text holding whole records only, as `parseCsvText` does (same
 * rules for quotes and line ends: a quote toggles quoting wherever it stands, `""` inside
 * quotes is a quote), but hands each record over as places in the text: an unquoted field is
 * never cut out. Stops early when `onRecord` returns false; returns the characters consumed.
 */
export function readRecords(text: string, delimiter: string, terminator: RecordTerminator, spans: RecordSpans, onRecord: (spans: RecordSpans) => boolean | void): number {
  if (delimiter.length !== 1) return readRecordsByFields(text, delimiter, terminator, spans, onRecord);
  const n = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const terminatorCode = terminator.charCodeAt(0);
  const stripCr = terminator === '\n';
  let pos = 0;
  while (pos < n) {
    spans.reset(text);
    let fieldStart = pos;
    let i = pos;
    let quoted = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiterCode) {
        spans.span(fieldStart, i);
        fieldStart = i + 1;
      } else if (c === terminatorCode) {
        break;
      } else if (c === QUOTE) {
        quoted = true;
        break;
      }
    }
    if (quoted) {
      // No quote before this field: quoting starts off here, as it would from the record's start.
      pos = readQuotedFields(text, fieldStart, delimiterCode, terminatorCode, stripCr, spans);
    } else {
      const end = stripCr && i > fieldStart && text.charCodeAt(i - 1) === CR ? i - 1 : i;
      spans.span(fieldStart, end);
      pos = i + 1;
    }
    if (onRecord(spans) === false) return Math.min(pos, n);
  }
  return n;
}

/**
 * Where a field that opens with a quote and closes with the next one ends (just after the
 * closing quote, at a delimiter, a line end or the end of the text), or -1 for anything else —
 * a doubled quote, text after the closing quote — which the general rules then read.
 */
function plainQuotedEnd(text: string, start: number, delimiterCode: number, terminatorCode: number, stripCr: boolean): number {
  const close = text.indexOf('"', start + 1);
  if (close === -1) return -1;
  const after = close + 1;
  if (after >= text.length) return after;
  const c = text.charCodeAt(after);
  if (c === delimiterCode || c === terminatorCode) return after;
  if (stripCr && c === CR && (after + 1 >= text.length || text.charCodeAt(after + 1) === terminatorCode)) return after;
  return -1;
}

/**
 * The fields of a record from `start`, a field start outside quotes, where a quote comes: a
 * plainly quoted field is kept as a place in the text too; any other field with a quote gets
 * the general rules (a quote toggles quoting, `""` inside quotes is a quote). Returns where the
 * next record starts.
 */
function readQuotedFields(text: string, start: number, delimiterCode: number, terminatorCode: number, stripCr: boolean, spans: RecordSpans): number {
  const n = text.length;
  let fieldStart = start;
  for (;;) {
    if (fieldStart < n && text.charCodeAt(fieldStart) === QUOTE) {
      const end = plainQuotedEnd(text, fieldStart, delimiterCode, terminatorCode, stripCr);
      if (end !== -1) {
        const c = end < n ? text.charCodeAt(end) : -1;
        if (c === delimiterCode) {
          spans.span(fieldStart + 1, end - 1);
          fieldStart = end + 1;
          continue;
        }
        // The record's last field, before a line end (after an optional CR) or the end of the
        // text: as in `parseCsvText`, one CR ending the field's text is dropped.
        if (c === CR && stripCr) {
          spans.span(fieldStart + 1, end - 1);
          return end + 2;
        }
        const crInside = stripCr && end - 2 > fieldStart && text.charCodeAt(end - 2) === CR;
        spans.span(fieldStart + 1, crInside ? end - 2 : end - 1);
        return end + 1;
      }
    }
    const next = readGeneralField(text, fieldStart, delimiterCode, terminatorCode, stripCr, spans);
    if (next.recordEnd) return next.at;
    fieldStart = next.at;
  }
}

const general = { at: 0, recordEnd: false };

/** One field by the general rules; says where the next field (or record) starts. */
function readGeneralField(text: string, start: number, delimiterCode: number, terminatorCode: number, stripCr: boolean, spans: RecordSpans): typeof general {
  const n = text.length;
  let field = '';
  let runStart = start;
  let hadQuote = false;
  let inQuotes = false;
  let i = start;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      field += text.slice(runStart, i);
      hadQuote = true;
      if (inQuotes && text.charCodeAt(i + 1) === QUOTE) {
        field += '"';
        i++;
      } else {
        inQuotes = !inQuotes;
      }
      runStart = i + 1;
    } else if (!inQuotes && c === delimiterCode) {
      if (hadQuote) spans.value(field + text.slice(runStart, i));
      else spans.span(start, i);
      general.at = i + 1;
      general.recordEnd = false;
      return general;
    } else if (!inQuotes && c === terminatorCode) {
      break;
    }
  }
  if (hadQuote) {
    let last = field + text.slice(runStart, i);
    if (stripCr && !inQuotes && last.endsWith('\r')) last = last.slice(0, -1);
    spans.value(last);
  } else {
    spans.span(start, stripCr && !inQuotes && i > start && text.charCodeAt(i - 1) === CR ? i - 1 : i);
  }
  general.at = i + 1;
  general.recordEnd = true;
  return general;
}

/** Delimiters of two UTF-16 units (an emoji the clerk typed): through `parseCsvText`. */
function readRecordsByFields(text: string, delimiter: string, terminator: RecordTerminator, spans: RecordSpans, onRecord: (spans: RecordSpans) => boolean | void): number {
  parseCsvText(text, delimiter, terminator, (fields) => {
    spans.reset(text);
    for (const field of fields) spans.value(field);
    return onRecord(spans);
  });
  return text.length;
}
