import { decodeXmlText } from './xml-text.js';

/**
 * The decoded value of the attribute whose local name is `name` in the open tag
 * `source[start..end)`, or undefined. Prefixes are ignored, as element names are.
 */
export function attributeValue(source: string, start: number, end: number, name: string): string | undefined {
  let i = start + 1;
  while (i < end && source.charCodeAt(i) > 32 && source.charCodeAt(i) !== 47 && source.charCodeAt(i) !== 62) i += 1;
  while (i < end) {
    while (i < end && source.charCodeAt(i) <= 32) i += 1;
    const nameStart = i;
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === 61 /* = */ || c <= 32 || c === 47 || c === 62) break;
      i += 1;
    }
    const nameEnd = i;
    if (nameEnd === nameStart) return undefined;
    while (i < end && source.charCodeAt(i) <= 32) i += 1;
    if (source.charCodeAt(i) !== 61) continue;
    i += 1;
    while (i < end && source.charCodeAt(i) <= 32) i += 1;
    const quote = source.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const valueEnd = source.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0 || valueEnd >= end) return undefined;
    let localStart = nameStart;
    for (let k = nameStart; k < nameEnd; k += 1) if (source.charCodeAt(k) === 58) localStart = k + 1;
    if (nameEnd - localStart === name.length && source.startsWith(name, localStart)) {
      return decodeXmlText(source.slice(i + 1, valueEnd));
    }
    i = valueEnd + 1;
  }
  return undefined;
}

/**
 * Visits every attribute of the open tag `source[start..end)` in one pass, as positions: the
 * local name (prefix skipped) and the raw value, for elements read millions of times (ODS cells)
 * where cutting out every name and value would dominate the cost.
 */
export function forEachAttributeSpan(
  source: string,
  start: number,
  end: number,
  visit: (source: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void,
): void {
  let i = start + 1;
  while (i < end && source.charCodeAt(i) > 32 && source.charCodeAt(i) !== 47 && source.charCodeAt(i) !== 62) i += 1;
  while (i < end) {
    const eq = indexBefore(source, 61, i, end);
    if (eq < 0) return;
    let quoteAt = eq + 1;
    while (source.charCodeAt(quoteAt) <= 32) quoteAt += 1;
    const quote = source.charCodeAt(quoteAt);
    if (quote !== 34 && quote !== 39) return;
    const valueEnd = source.indexOf(quote === 34 ? '"' : "'", quoteAt + 1);
    if (valueEnd < 0 || valueEnd >= end) return;
    let nameStart = i;
    while (source.charCodeAt(nameStart) <= 32) nameStart += 1;
    let nameEnd = eq;
    while (nameEnd > nameStart && source.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
    let localStart = nameStart;
    for (let k = nameStart; k < nameEnd; k += 1) if (source.charCodeAt(k) === 58) localStart = k + 1;
    visit(source, localStart, nameEnd, quoteAt + 1, valueEnd);
    i = valueEnd + 1;
  }
}

/** The index of the character `code` in `source[from..end)`, or -1: a search that stays in the tag. */
export function indexBefore(source: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (source.charCodeAt(i) === code) return i;
  return -1;
}
