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
    const colon = source.lastIndexOf(':', nameEnd - 1);
    const localStart = colon >= nameStart ? colon + 1 : nameStart;
    if (nameEnd - localStart === name.length && source.startsWith(name, localStart)) {
      return decodeXmlText(source.slice(i + 1, valueEnd));
    }
    i = valueEnd + 1;
  }
  return undefined;
}

/**
 * Visits every attribute of the open tag `source[start..end)` in one pass, with its local name
 * and decoded value: for elements with many attributes read once each (ODS cells).
 */
export function forEachAttribute(source: string, start: number, end: number, visit: (name: string, value: string) => void): void {
  let i = start + 1;
  while (i < end && source.charCodeAt(i) > 32 && source.charCodeAt(i) !== 47 && source.charCodeAt(i) !== 62) i += 1;
  while (i < end) {
    const eq = source.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
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
    const colon = source.indexOf(':', nameStart);
    const localStart = colon >= 0 && colon < nameEnd ? colon + 1 : nameStart;
    visit(source.slice(localStart, nameEnd), decodeXmlText(source.slice(quoteAt + 1, valueEnd)));
    i = valueEnd + 1;
  }
}
