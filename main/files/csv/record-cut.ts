/**
 * How the structural characters of a CSV file (quote, line feed, carriage return) sit in its
 * bytes: one byte each in UTF-8 and the single-byte code pages, a 16-bit unit in UTF-16.
 */
export interface ByteLayout {
  unit: 1 | 2;
  littleEndian: boolean;
}

const QUOTE = 0x22;

/** Where the ASCII character `code` occurs from `from` (before `end`), as a unit start; -1 if nowhere. */
function findUnit(bytes: Uint8Array, code: number, from: number, end: number, layout: ByteLayout, base: number): number {
  if (layout.unit === 1) {
    const i = bytes.indexOf(code, from);
    return i === -1 || i >= end ? -1 : i;
  }
  for (let i = from; i + 1 < end; i += 2) {
    // `from` is always aligned on a unit: step by units.
    const lo = layout.littleEndian ? bytes[i] : bytes[i + 1];
    const hi = layout.littleEndian ? bytes[i + 1] : bytes[i];
    if (lo === code && hi === 0) return i;
  }
  void base;
  return -1;
}

function lastUnitBefore(bytes: Uint8Array, code: number, from: number, before: number, layout: ByteLayout): number {
  if (layout.unit === 1) {
    if (before <= from) return -1;
    const i = bytes.lastIndexOf(code, before - 1);
    return i < from ? -1 : i;
  }
  for (let i = before - 2; i >= from; i -= 2) {
    const lo = layout.littleEndian ? bytes[i] : bytes[i + 1];
    const hi = layout.littleEndian ? bytes[i + 1] : bytes[i];
    if (lo === code && hi === 0) return i;
  }
  return -1;
}

/**
 * The end of the last whole record in `bytes[start, end)`, where `start` begins a record: just
 * after the last line break met with an even number of quotes since `start`. Returns -1 when
 * no record ends in the range (one record is longer than the range). The same rule decides
 * record ends in the text parser, so both agree without decoding.
 */
export function lastRecordEnd(bytes: Uint8Array, start: number, end: number, terminator: number, layout: ByteLayout): number {
  const quotes: number[] = [];
  for (let q = findUnit(bytes, QUOTE, start, end, layout, start); q !== -1; q = findUnit(bytes, QUOTE, q + layout.unit, end, layout, start)) {
    quotes.push(q);
  }
  // Regions where the quote count is even: after quote 2j-1 (0-based: index 2j-1) up to quote 2j.
  let regionEnd = quotes.length % 2 === 0 ? end : quotes[quotes.length - 1]!;
  let k = quotes.length % 2 === 0 ? quotes.length - 1 : quotes.length - 2;
  for (;;) {
    const regionStart = k >= 0 ? quotes[k]! + layout.unit : start;
    const lineBreak = lastUnitBefore(bytes, terminator, regionStart, regionEnd, layout);
    if (lineBreak !== -1) return lineBreak + layout.unit;
    if (k < 0) return -1;
    regionEnd = quotes[k - 1] ?? start;
    k -= 2;
    if (k < -1) return -1;
  }
}

/**
 * The end of the first record that ends at or after `atLeast` in `bytes[start, end)`, where
 * `start` begins a record (one-byte layouts): just after the first line break at or past
 * `atLeast - 1` met with an even number of quotes since `start`. -1 when none ends in the range.
 */
export function firstRecordEndFrom(bytes: Uint8Array, start: number, end: number, atLeast: number, terminator: number): number {
  let inQuotes = false;
  let from = start;
  const firstBreak = Math.max(start, atLeast - 1);
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    const quoteAt = quote === -1 || quote >= end ? end : quote;
    if (!inQuotes) {
      const lineBreak = bytes.indexOf(terminator, Math.max(from, firstBreak));
      if (lineBreak !== -1 && lineBreak < quoteAt) return lineBreak + 1;
    }
    if (quoteAt === end) return -1;
    inQuotes = !inQuotes;
    from = quoteAt + 1;
  }
}
