import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import * as XLSX from 'xlsx';

/** A temporary folder for one test file's fixtures, removed by the caller. */
export function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-workbook-'));
}

/** A sheet of a hand-written XLSX: its `<sheetData>` and what follows it (merges). */
export interface XlsxSheetFixture {
  name: string;
  body: string;
  state?: 'hidden' | 'veryHidden';
  chart?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Writes an XLSX by hand, part by part, so each test controls exactly the XML the reader meets
 * (prefixes, attribute order, entry order). `sharedStrings` are `<si>` bodies; `numFmts` are
 * custom formats by id; `cellXfs` the number-format id of each style.
 */
export function writeXlsx(file: string, options: {
  sheets: XlsxSheetFixture[];
  sharedStrings?: string[];
  numFmts?: Record<number, string>;
  cellXfs?: number[];
  date1904?: boolean;
  sharedStringsLast?: boolean;
  prefix?: string;
  doctype?: string;
}): void {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const sheetEntries = options.sheets.map((sheet, index) =>
    `<${p}sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`).join('');
  const relations = options.sheets.map((sheet, index) => sheet.chart
    ? `<Relationship Id="rId${index + 1}" Type="${REL_NS}/chartsheet" Target="chartsheets/sheet${index + 1}.xml"/>`
    : `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="/xl/worksheets/sheet${index + 1}.xml"/>`).join('');
  const parts: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL_NS}">${options.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${sheetEntries}</${p}sheets></${p}workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations}<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`),
  };
  const formats = Object.entries(options.numFmts ?? {}).map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`).join('');
  const xfs = (options.cellXfs ?? [0]).map((id) => `<${p}xf numFmtId="${id}" applyNumberFormat="1"/>`).join('');
  parts['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><${p}styleSheet ${ns}><${p}numFmts>${formats}</${p}numFmts><${p}cellStyleXfs><${p}xf numFmtId="14"/></${p}cellStyleXfs><${p}cellXfs>${xfs}</${p}cellXfs></${p}styleSheet>`);
  const strings = strToU8(`<?xml version="1.0"?>${options.doctype ?? ''}<${p}sst ${ns}>${(options.sharedStrings ?? []).map((item) => `<${p}si>${item}</${p}si>`).join('')}</${p}sst>`);
  if (!options.sharedStringsLast) parts['xl/sharedStrings.xml'] = strings;
  options.sheets.forEach((sheet, index) => {
    parts[sheet.chart ? `xl/chartsheets/sheet${index + 1}.xml` : `xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheet.chart
      ? `<?xml version="1.0"?><chartsheet xmlns="${MAIN_NS}"/>`
      : `<?xml version="1.0"?><${p}worksheet ${ns}>${sheet.body}</${p}worksheet>`);
  });
  if (options.sharedStringsLast) parts['xl/sharedStrings.xml'] = strings;
  fs.writeFileSync(file, zipSync(parts));
}

/** Writes an ODS whose `content.xml` body (inside `<office:spreadsheet>`) is given. */
export function writeOds(file: string, spreadsheet: string, options: { automaticStyles?: string; commonStyles?: string; manifestExtra?: string } = {}): void {
  const office = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
  const namespaces = `xmlns:office="${office}" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"`;
  const parts: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(`<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${options.manifestExtra ?? ''}</manifest:file-entry></manifest:manifest>`),
    'styles.xml': strToU8(`<?xml version="1.0"?><office:document-styles ${namespaces}><office:styles>${options.commonStyles ?? ''}</office:styles></office:document-styles>`),
    'content.xml': strToU8(`<?xml version="1.0"?><office:document-content ${namespaces}><office:automatic-styles>${options.automaticStyles ?? ''}</office:automatic-styles><office:body><office:spreadsheet>${spreadsheet}</office:spreadsheet></office:body></office:document-content>`),
  };
  fs.writeFileSync(file, zipSync(parts));
}

interface CfbContainer {
  FileIndex: { name: string; content: Uint8Array; size: number }[];
}

/** An XLS (BIFF8) written by SheetJS, then given a FILEPASS record right after its BOF. */
export function writePasswordProtectedXls(file: string): void {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Nom', 'Montant'], ['Martin', 12]]), 'Feuil1');
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  const container = XLSX.CFB.read(bytes, { type: 'buffer' }) as CfbContainer;
  const stream = container.FileIndex.find((entry) => entry.name === 'Workbook');
  if (!stream) throw new Error('no Workbook stream');
  const content = Buffer.from(stream.content);
  const bofEnd = 4 + content.readUInt16LE(2);
  // FILEPASS ([MS-XLS] 2.4.117), XOR obfuscation: type 0, key, verifier.
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78]);
  stream.content = Buffer.concat([content.subarray(0, bofEnd), filePass, content.subarray(bofEnd)]);
  stream.size = stream.content.length;
  fs.writeFileSync(file, XLSX.CFB.write(container, { type: 'buffer' }) as Buffer);
}

/** An encrypted XLSX as Excel writes it: an OLE2 file with EncryptionInfo and EncryptedPackage. */
export function writeEncryptedXlsx(file: string): void {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  fs.writeFileSync(file, XLSX.CFB.write(container, { type: 'buffer' }) as Buffer);
}
