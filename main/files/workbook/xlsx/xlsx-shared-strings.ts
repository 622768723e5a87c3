import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import { scanXmlPart } from '../xml/scan-part.js';
import { decodeOoxmlEscapes, decodeXmlText } from '../xml/xml-text.js';
import type { EntryReadOptions } from '../zip/zip-entry-reader.js';
import type { ZipEntry } from '../zip/zip-directory.js';

/**
 * Reads the shared-strings table (ECMA-376 §18.4): one `<si>` per string, its text in `<t>`
 * directly or in rich-text runs `<r><t>`, joined. Phonetic guides (`<rPh>`, furigana) are not part
 * of the cell text and are left out, as Excel shows them.
 */
export async function readSharedStrings(
  source: SourceFile,
  entry: ZipEntry,
  limits: WorkbookLimits,
  options: EntryReadOptions,
): Promise<string[]> {
  const strings: string[] = [];
  await scanXmlPart(source, entry, limits, (scanner) => {
    let parts: string[] = [];
    let inItem = false;
    let phoneticDepth = 0;
    return {
      open(name, _source, _start, _end, selfClosing) {
        if (name === 't') {
          scanner.wantText = inItem && phoneticDepth === 0 && !selfClosing;
        } else if (name === 'si') {
          if (selfClosing) strings.push('');
          else {
            inItem = true;
            parts = [];
          }
        } else if (name === 'rPh' && !selfClosing) {
          phoneticDepth += 1;
        }
      },
      close(name) {
        if (name === 't') {
          scanner.wantText = false;
        } else if (name === 'si') {
          inItem = false;
          const text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
          strings.push(decodeOoxmlEscapes(decodeXmlText(text)));
        } else if (name === 'rPh') {
          phoneticDepth -= 1;
        }
      },
      text(raw) {
        parts.push(raw);
      },
    };
  }, options);
  return strings;
}
