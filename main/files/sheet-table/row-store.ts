import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Row } from '../../../shared/table/cell.js';

/** Rows between two remembered offsets: a window of 100 rows reads at most 164 lines. */
const ROWS_PER_MARK = 64;
/** Text gathered before it is written out. */
const FLUSH_BYTES = 1024 * 1024;

/**
 * The rows of a sheet kept for random access in a temporary file (one JSON line per sheet row,
 * blank rows included) with the byte offset of every 64th row, so that a workbook of any size
 * costs a few kilobytes of memory once read and any window is one small read. The file is
 * deleted on `close()`.
 */
export class RowStore {
  private readonly directory: string;
  private readonly filePath: string;
  private writer: number | null;
  private reader: FileHandle | null = null;
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private marks: Float64Array = new Float64Array(1024);
  private rows = 0;

  constructor() {
    this.directory = mkdtempSync(path.join(os.tmpdir(), 'atelier-rows-'));
    this.filePath = path.join(this.directory, 'rows.jsonl');
    this.writer = openSync(this.filePath, 'w');
  }

  /** Rows stored so far. */
  get count(): number {
    return this.rows;
  }

  /** Stores the row at `rowIndex` (0-based, increasing); rows skipped before it are stored blank. */
  put(rowIndex: number, cells: Row): void {
    while (this.rows < rowIndex) this.line('[]');
    this.line(JSON.stringify(cells));
  }

  private line(json: string): void {
    if (this.rows % ROWS_PER_MARK === 0) {
      const mark = this.rows / ROWS_PER_MARK;
      if (mark >= this.marks.length) {
        const larger = new Float64Array(this.marks.length * 2);
        larger.set(this.marks);
        this.marks = larger;
      }
      this.marks[mark] = this.written + this.pendingBytes;
    }
    const text = json + '\n';
    this.pending.push(text);
    this.pendingBytes += Buffer.byteLength(text);
    this.rows++;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0 || this.writer === null) return;
    const bytes = Buffer.from(this.pending.join(''));
    writeSync(this.writer, bytes);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Writes out what is pending; the store is read-only afterwards. */
  finish(): void {
    this.flush();
    if (this.writer !== null) {
      closeSync(this.writer);
      this.writer = null;
    }
  }

  /** Rows `start` to `start + count - 1` (fewer at the end of the store). */
  async read(start: number, count: number): Promise<Row[]> {
    const first = Math.max(0, start);
    const last = Math.min(this.rows, start + count);
    if (last <= first) return [];
    this.reader ??= await open(this.filePath, 'r');
    const firstMark = Math.floor(first / ROWS_PER_MARK);
    const endMark = Math.ceil(last / ROWS_PER_MARK);
    const from = this.marks[firstMark]!;
    const to = endMark * ROWS_PER_MARK < this.rows ? this.marks[endMark]! : this.written;
    const bytes = Buffer.allocUnsafe(to - from);
    await this.reader.read(bytes, 0, bytes.length, from);
    const lines = bytes.toString('utf8').split('\n');
    const out: Row[] = [];
    for (let row = first; row < last; row++) out.push(JSON.parse(lines[row - firstMark * ROWS_PER_MARK]!) as Row);
    return out;
  }

  /** Deletes the temporary file. */
  async close(): Promise<void> {
    this.finish();
    await this.reader?.close().catch(() => undefined);
    this.reader = null;
    rmSync(this.directory, { recursive: true, force: true });
  }
}
