import { describe, expect, it } from 'vitest';
import { XmlScanner } from '../../../main/files/workbook/xml/xml-scanner.js';
import { attributeValue, forEachAttributeSpan } from '../../../main/files/workbook/xml/xml-attributes.js';
import { decodeOoxmlEscapes, decodeXmlText } from '../../../main/files/workbook/xml/xml-text.js';

/** Records the events of a scan, asking for the text of `<v>` and `<t>` elements. */
function events(chunks: string[]): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner(1 << 20, () => new Error('overflow'));
  scanner.attach({
    open(name, source, start, end, selfClosing) {
      seen.push(`<${name}${selfClosing ? '/' : ''} r=${attributeValue(source, start, end, 'r') ?? ''}>`);
      if (!selfClosing && (name === 'v' || name === 't')) scanner.wantText = true;
    },
    close(name) {
      scanner.wantText = false;
      seen.push(`</${name}>`);
    },
    text(raw) {
      seen.push(decodeXmlText(raw));
    },
  });
  for (const chunk of chunks) scanner.feed(chunk);
  return seen;
}

const DOCUMENT = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- a > b --><x:row r="1"><x:c r=\'A>1\' t="s"><x:v>1 &lt; 2 &amp; &#233;&#x20AC; &e;</x:v></x:c>'
  + '<c r="B1"/><t><![CDATA[<b> & c]]></t>\n  <f>SUM()</f></x:row>';

describe('XML scanner', () => {
  it('gives local names, attributes, decoded text; skips comments and DOCTYPE; never expands entities', () => {
    expect(events([DOCUMENT])).toEqual([
      '<row r=1>', '<c r=A>1>', '<v r=>', '1 < 2 & é€ &e;', '</v>', '</c>', '<c/ r=B1>', '<t r=>', '<b> & c', '</t>', '<f r=>', '</f>', '</row>',
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const whole = events([DOCUMENT]);
    for (let cut = 1; cut < DOCUMENT.length; cut += 1) {
      expect(events([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)])).toEqual(whole);
    }
    expect(events(DOCUMENT.split(''))).toEqual(whole);
  });

  it('skips ahead to a marker without tokenizing, even across chunks', () => {
    const seen: string[] = [];
    const scanner = new XmlScanner(1 << 20, () => new Error('overflow'));
    scanner.attach({
      open(name) {
        seen.push(name);
        if (name === 'sheetData') scanner.skipUntil('mergeCell');
      },
      close() {},
      text() {},
    });
    const xml = `<ws><sheetData>${'<row><c/></row>'.repeat(50)}</sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></ws>`;
    for (let at = 0; at < xml.length; at += 7) scanner.feed(xml.slice(at, at + 7));
    expect(seen).toEqual(['ws', 'sheetData', 'mergeCells', 'mergeCell']);
  });

  it('refuses a text run longer than allowed', () => {
    const scanner = new XmlScanner(10, () => new Error('overflow'));
    scanner.attach({ open: () => (scanner.wantText = true), close() {}, text() {} });
    expect(() => scanner.feed('<t>0123456789012345')).toThrow('overflow');
  });

  it('reads attributes in one pass, by local name', () => {
    const tag = '<table:table-cell table:style-name="ce1" office:value-type = \'float\' office:value="1.5"/>';
    const seen: string[] = [];
    forEachAttributeSpan(tag, 0, tag.length, (source, nameStart, nameEnd, valueStart, valueEnd) => seen.push(`${source.slice(nameStart, nameEnd)}=${source.slice(valueStart, valueEnd)}`));
    expect(seen).toEqual(['style-name=ce1', 'value-type=float', 'value=1.5']);
    expect(attributeValue(tag, 0, tag.length, 'value')).toBe('1.5');
    expect(attributeValue(tag, 0, tag.length, 'absent')).toBeUndefined();
  });

  it('decodes Excel escapes', () => {
    expect(decodeOoxmlEscapes('a_x000D_b_x005F_x0041_')).toBe('a\rb_x0041_');
  });
});
