/**
 * Streams the source table through the clerk's decisions into the published CSV: batch by batch,
 * never holding the table, hashing the bytes as they are written, and noting every cell a
 * spreadsheet would run as a formula (pre-flight blocks on those).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { OutputColumn } from '../../shared/decisions/output-plan.js';
import type { OutputOptions } from '../../shared/decisions/draft-content.js';
import type { Row } from '../../shared/table/cell.js';
import type { RowTransform } from '../../shared/transform/column-transform.js';
import { looksLikeFormula } from '../../shared/transform/formula-cell.js';
import type { BeforeCommit } from './atomic-file.js';
import { writeFileAtomically } from './atomic-file.js';
import { RECORD_END, csvRecordWriter } from './csv-line.js';

/** What the publisher uploads: the file, its fingerprint and its shape. */
export interface VettedCsv {
  /** Absolute path of the written file (main only, never sent to the renderer). */
  path: string;
  sha256: string;
  size: number;
  rowCount: number;
  columns: string[];
}

/** Formula-like cells of one output column. */
export interface FormulaCells {
  outputIndex: number;
  cells: number;
  exampleRows: number[];
  examples: string[];
}

/** What the writer saw besides the file itself. */
export interface WrittenCsv extends VettedCsv {
  formulas: FormulaCells[];
}

/** Everything the writer needs. */
export interface VettedCsvJob {
  rows: AsyncIterable<Row[]>;
  plan: readonly OutputColumn[];
  transform: RowTransform;
  output: OutputOptions;
  target: string;
  totalRows: number;
  onProgress?: (rows: number, total: number) => void;
  /** Reads the complete temporary file before it takes the target's name; throwing abandons it. */
  beforeCommit?: (written: WrittenCsv, tempPath: string) => Promise<void>;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const EXAMPLES_PER_COLUMN = 5;
const EXAMPLE_LENGTH = 40;
/** Bytes of CSV gathered before they are hashed and written in one go. */
const CHUNK_BYTES = 4 << 20;

/** Writes the vetted CSV atomically and describes it. */
export async function writeVettedCsv(job: VettedCsvJob): Promise<WrittenCsv> {
  const hash = createHash('sha256');
  let size = 0;
  let rowCount = 0;
  const formulas = new Map<number, FormulaCells>();
  const columns = job.plan.map((column) => column.name);
  let written: WrittenCsv | null = null;

  const beforeCommit: BeforeCommit | undefined = job.beforeCommit
    ? async (tempPath) => {
        if (written) await job.beforeCommit?.(written, tempPath);
      }
    : undefined;

  await writeFileAtomically(
    job.target,
    async (sink) => {
      // The text of each batch is encoded into one reused buffer, which is hashed and written
      // once full: a 1M-row export makes a hundred writes, and no long string or per-batch
      // buffer outlives its batch (the garbage collector's work stays small and constant).
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let used = 0;
      const flush = async (): Promise<void> => {
        if (used === 0) return;
        const bytes = buffer.subarray(0, used);
        hash.update(bytes);
        size += used;
        used = 0;
        await sink.write(bytes);
      };
      const put = async (text: string): Promise<void> => {
        // A UTF-16 code unit never takes more than three UTF-8 bytes.
        if (used + text.length * 3 > CHUNK_BYTES) await flush();
        if (text.length * 3 > CHUNK_BYTES) {
          const bytes = Buffer.from(text, 'utf8');
          hash.update(bytes);
          size += bytes.length;
          await sink.write(bytes);
          return;
        }
        used += buffer.write(text, used, 'utf8');
      };
      if (job.output.bom) {
        buffer.set(UTF8_BOM);
        used = UTF8_BOM.length;
      }
      const transform = job.transform;
      const record = csvRecordWriter(job.output.delimiter);
      await put(record(columns) + RECORD_END);
      for await (const batch of job.rows) {
        const lines = new Array<string>(batch.length);
        for (let i = 0; i < batch.length; i++) {
          const fields = transform(batch[i] as Row);
          noteFormulas(fields, rowCount, formulas);
          lines[i] = record(fields);
          rowCount++;
        }
        lines.push('');
        await put(lines.join(RECORD_END));
        job.onProgress?.(rowCount, job.totalRows);
      }
      await flush();
      written = {
        path: path.resolve(job.target),
        sha256: hash.digest('hex'),
        size,
        rowCount,
        columns,
        formulas: [...formulas.values()].sort((a, b) => a.outputIndex - b.outputIndex),
      };
    },
    beforeCommit,
  );
  if (!written) throw new Error('The CSV writer finished without describing its file');
  return written;
}

function noteFormulas(fields: readonly string[], row: number, formulas: Map<number, FormulaCells>): void {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.length < 2 || !looksLikeFormula(field)) continue;
    let entry = formulas.get(i);
    if (!entry) {
      entry = { outputIndex: i, cells: 0, exampleRows: [], examples: [] };
      formulas.set(i, entry);
    }
    entry.cells++;
    if (entry.exampleRows.length < EXAMPLES_PER_COLUMN) {
      entry.exampleRows.push(row);
      entry.examples.push(field.length > EXAMPLE_LENGTH ? `${field.slice(0, EXAMPLE_LENGTH)}…` : field);
    }
  }
}
