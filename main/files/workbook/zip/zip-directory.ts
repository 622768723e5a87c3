import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';

/** One file inside a zip, located through the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Zip-level (traditional PKWARE or AES) encryption. */
  encrypted: boolean;
}

/** The entries of a zip by name, with a case-insensitive fallback for sloppy writers. */
export class ZipDirectory {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  constructor(readonly entries: ZipEntry[]) {
    for (const entry of entries) {
      this.byName.set(entry.name, entry);
      this.byLowerName.set(entry.name.toLowerCase(), entry);
    }
  }

  /** The entry at `name` (leading slash ignored), or undefined. */
  find(name: string): ZipEntry | undefined {
    const clean = name.replace(/^\/+/, '');
    return this.byName.get(clean) ?? this.byLowerName.get(clean.toLowerCase());
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 200_000;

/**
 * Reads a zip's central directory (APPNOTE 4.3.12–4.3.16, with the Zip64 records), which gives
 * every entry's place without reading the entries: parts can then be inflated in the order the
 * reader needs (shared strings before the sheet), whatever order the writer chose. A missing or
 * inconsistent directory — a truncated download, a damaged file — is `file.corrupt`.
 */
export async function readZipDirectory(source: SourceFile): Promise<ZipDirectory> {
  const corrupt = (reason: string): AppError => new AppError('file.corrupt', { file: source.name, reason });
  const tailLength = Math.min(source.size, 22 + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  let eocd = -1;
  for (let offset = tail.length - 22; offset >= 0; offset -= 1) {
    if (tail.readUInt32LE(offset) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw corrupt('zip-directory-missing');
  let entryCount = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt('zip64-locator');
    const zip64At = Number(tail.readBigUInt64LE(locatorAt + 8));
    const zip64 = await source.read(zip64At, 56);
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw corrupt('zip64-directory');
    entryCount = Number(zip64.readBigUInt64LE(32));
    directorySize = Number(zip64.readBigUInt64LE(40));
    directoryOffset = Number(zip64.readBigUInt64LE(48));
  }
  if (entryCount > MAX_ENTRIES) throw corrupt('zip-too-many-entries');
  if (directoryOffset + directorySize > source.size) throw corrupt('zip-truncated');
  const directory = await source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw corrupt('zip-directory');
    const flags = directory.readUInt16LE(offset + 8);
    const nameLength = directory.readUInt16LE(offset + 28);
    const extraLength = directory.readUInt16LE(offset + 30);
    const commentLength = directory.readUInt16LE(offset + 32);
    const nameBytes = directory.subarray(offset + 46, offset + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise IBM437, which agrees with latin1 on ASCII part names.
    const name = nameBytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    const entry: ZipEntry = {
      name,
      method: directory.readUInt16LE(offset + 10),
      compressedSize: directory.readUInt32LE(offset + 20),
      uncompressedSize: directory.readUInt32LE(offset + 24),
      localHeaderOffset: directory.readUInt32LE(offset + 42),
      encrypted: (flags & 0x1) !== 0,
    };
    readZip64Extra(directory.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), entry);
    if (entry.localHeaderOffset + entry.compressedSize > source.size) throw corrupt('zip-truncated');
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return new ZipDirectory(entries);
}

/** Fills the sizes and offset a Zip64 extra field (id 1) carries in place of 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  let offset = 0;
  while (offset + 4 <= extra.length) {
    const id = extra.readUInt16LE(offset);
    const size = extra.readUInt16LE(offset + 2);
    if (id === 0x0001) {
      let field = offset + 4;
      const take = (): number => {
        const value = field + 8 <= offset + 4 + size ? Number(extra.readBigUInt64LE(field)) : 0;
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    offset += 4 + size;
  }
}
