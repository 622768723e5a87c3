import { loadSheetJs } from './sheetjs-module.js';

/** The first bytes of an OLE2 compound file (XLS, and encrypted XLSX). */
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What an OLE2 compound file holds, as far as opening a workbook cares. */
export type OleContent = 'xls' | 'encrypted-xls' | 'encrypted-ooxml' | 'other';

interface CfbEntry {
  name: string;
  content?: ArrayLike<number>;
}

/**
 * Looks inside an OLE2 container. An encrypted XLSX is an OLE2 file holding `EncryptionInfo` and
 * `EncryptedPackage` ([MS-OFFCRYPTO] 2.3.4); an XLS has a `Workbook` (BIFF8) or `Book` (BIFF5)
 * stream, encrypted when a FILEPASS record comes before the first sheet ([MS-XLS] 2.4.117).
 */
export async function inspectOleContainer(bytes: Uint8Array): Promise<OleContent> {
  const sheetJs = await loadSheetJs();
  const container = sheetJs.CFB.read(bytes, { type: 'buffer' }) as { FileIndex: CfbEntry[] };
  const byName = new Map(container.FileIndex.map((entry) => [entry.name.toLowerCase(), entry]));
  if (byName.has('encryptedpackage') || byName.has('encryptioninfo')) return 'encrypted-ooxml';
  const stream = byName.get('workbook') ?? byName.get('book');
  if (!stream?.content) return 'other';
  return biffHasFilePass(stream.content) ? 'encrypted-xls' : 'xls';
}

const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const EOF_RECORD = 0x000a;

/** Walks the workbook globals' BIFF records up to the first sheet entry looking for FILEPASS. */
export function biffHasFilePass(stream: ArrayLike<number>): boolean {
  let offset = 0;
  while (offset + 4 <= stream.length) {
    const type = (stream[offset] ?? 0) | ((stream[offset + 1] ?? 0) << 8);
    const length = (stream[offset + 2] ?? 0) | ((stream[offset + 3] ?? 0) << 8);
    if (type === FILEPASS) return true;
    if (type === BOUNDSHEET || (type === EOF_RECORD && offset > 0)) return false;
    offset += 4 + length;
  }
  return false;
}
