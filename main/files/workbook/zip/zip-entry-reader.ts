import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import zlib from 'node:zlib';
import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { ZipEntry } from './zip-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;
const READ_CHUNK = 1024 * 1024;
const FIRST_READ_CHUNK = 16 * 1024;
const INFLATE_CHUNK = 256 * 1024;

/** How an entry is read: cancellation, and the compressed bytes consumed for progress. */
export interface EntryReadOptions {
  signal?: AbortSignal | undefined;
  onCompressedBytes?: ((bytesRead: number) => void) | undefined;
}

/**
 * Inflates one zip entry as a stream of byte chunks. Inflating runs in Node's zlib thread pool,
 * so on two cores it overlaps with the XML parsing of the previous chunk. Output is counted as it
 * comes: past `maxEntryBytes`, or at a compression ratio no real sheet reaches, the read stops
 * with `file.zip-bomb` before memory or time run out — the sizes the directory declares are not
 * trusted.
 */
export async function* inflateEntry(
  source: SourceFile,
  entry: ZipEntry,
  limits: WorkbookLimits,
  options: EntryReadOptions = {},
): AsyncGenerator<Buffer> {
  const file = source.name;
  if (entry.encrypted) throw new AppError('file.encrypted', { file });
  if (entry.method !== 0 && entry.method !== 8) throw new AppError('file.corrupt', { file, reason: 'zip-method' });
  if (entry.uncompressedSize > limits.maxEntryBytes) throw new AppError('file.zip-bomb', { file, part: entry.name });
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw new AppError('file.corrupt', { file, reason: 'zip-local-header' });
  }
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataStart + entry.compressedSize > source.size) throw new AppError('file.corrupt', { file, reason: 'zip-truncated' });

  let compressedRead = 0;
  async function* compressedChunks(): AsyncGenerator<Buffer> {
    // Small reads first: a reader that only wants a part's first bytes (a sheet's dimension)
    // stops before the large ones.
    let readSize = FIRST_READ_CHUNK;
    while (compressedRead < entry.compressedSize) {
      if (options.signal?.aborted) throw new AppError('job.cancelled', { file });
      const chunk = await source.read(dataStart + compressedRead, Math.min(readSize, entry.compressedSize - compressedRead));
      readSize = Math.min(READ_CHUNK, readSize * 4);
      compressedRead += chunk.length;
      options.onCompressedBytes?.(compressedRead);
      yield chunk;
    }
  }

  if (entry.method === 0) {
    yield* compressedChunks();
    return;
  }
  const input = Readable.from(compressedChunks(), { objectMode: false });
  const inflater = input.pipe(zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }));
  input.on('error', (error) => inflater.destroy(error));
  let inflated = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      const ratio = inflated / Math.max(1, compressedRead);
      if (inflated > limits.maxEntryBytes || (inflated > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio)) {
        throw new AppError('file.zip-bomb', { file, part: entry.name });
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('file.corrupt', { file, reason: 'zip-inflate', part: entry.name }, { cause: error });
  } finally {
    inflater.destroy();
    input.destroy();
  }
}

/**
 * The entry as text chunks. XML parts are UTF-8 (Excel, LibreOffice); a UTF-16 part announces
 * itself with a byte-order mark. A character split between two chunks is carried over whole.
 */
export async function* entryText(
  source: SourceFile,
  entry: ZipEntry,
  limits: WorkbookLimits,
  options: EntryReadOptions = {},
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of inflateEntry(source, entry, limits, options)) {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest.length > 0) yield rest;
}

/** A small part (workbook, relations, styles, manifest) read whole, refused past `maxPartBytes`. */
export async function readEntryText(source: SourceFile, entry: ZipEntry, limits: WorkbookLimits): Promise<string> {
  const parts: string[] = [];
  let length = 0;
  for await (const text of entryText(source, entry, limits)) {
    length += text.length;
    if (length > limits.maxPartBytes) throw new AppError('file.too-large', { file: source.name, part: entry.name });
    parts.push(text);
  }
  return parts.join('');
}
