import { execFile } from 'node:child_process';
import { createReadStream, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { benchCsv, benchWorkbook } from './reading-fixtures.js';

const execFileAsync = promisify(execFile);
const probe = fileURLToPath(new URL('./reading-probe.ts', import.meta.url));
const dir = path.join(os.tmpdir(), 'atelier-bench-reading');

interface ProbeResult {
  firstWindowMs: number;
  passMs: number;
  rows: number;
  columns: number;
  windowMedianMs: number;
  windowMaxMs: number;
  peakRssMb: number;
}

/** `openTable` on one file, measured in a fresh Node process (timings, peak RSS). */
async function probeFile(file: string): Promise<ProbeResult> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', probe, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ProbeResult;
}

/** Reference 1: read the file and count its bytes (the I/O floor). */
async function rawRead(file: string): Promise<number> {
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) bytes += (chunk as Buffer).length;
  if (bytes === 0) throw new Error('empty file');
  return performance.now() - started;
}

/**
 * Reference 2, standing in for papaparse (not installed): decode with a streaming TextDecoder
 * and split lines and fields naively (wrong on quoted fields, as fast as parsing gets).
 */
async function naiveParse(file: string): Promise<number> {
  const started = performance.now();
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let fields = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    const text = carry + decoder.decode(chunk as Buffer, { stream: true });
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) fields += line.split(';').length;
  }
  if (fields === 0) throw new Error('nothing parsed');
  return performance.now() - started;
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function report(label: string, bytes: number, result: ProbeResult, references?: { raw: number; naive: number }): void {
  const lines = [
    `${label}: ${mb(bytes)}, ${result.rows.toLocaleString('fr-FR')} rows × ${result.columns} columns`,
    `  first window ${ms(result.firstWindowMs)}, full first pass ${ms(result.passMs)} (${(bytes / 1048576 / (result.passMs / 1000)).toFixed(0)} MB/s), peak RSS ${result.peakRssMb.toFixed(0)} MB`,
    `  window of 100 rows after the pass: median ${result.windowMedianMs.toFixed(1)} ms, max ${result.windowMaxMs.toFixed(1)} ms (20 random windows)`,
  ];
  if (references) {
    lines.push(
      `  references in this run: raw read ${ms(references.raw)}, TextDecoder + naive split ${ms(references.naive)} (stands in for papaparse, not installed)`,
      `  ratios: first pass / raw read ${(result.passMs / references.raw).toFixed(1)}×, first pass / naive parse ${(result.passMs / references.naive).toFixed(2)}×`,
    );
  }
  console.log(lines.join('\n'));
}

/**
 * The reading benchmark of issue 3: a seeded 1M-row, 15-column CSV and 100k-row XLSX and ODS
 * files (generated once in the temp folder), each opened with `openTable` in a fresh process.
 * `ATELIER_BENCH_1GB=1` adds the 1 GB CSV memory check (peak RSS must stay flat).
 */
export async function run(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const csv = path.join(dir, 'bench-1m.csv');
  const csvBytes = await benchCsv(csv, 1_000_000);
  const references = { raw: await rawRead(csv), naive: await naiveParse(csv) };
  report('CSV 1M rows', csvBytes, await probeFile(csv), references);

  for (const bookType of ['xlsx', 'ods'] as const) {
    const file = path.join(dir, `bench-100k.${bookType}`);
    const bytes = benchWorkbook(file, 100_000, bookType);
    report(`${bookType.toUpperCase()} 100k rows`, bytes, await probeFile(file));
  }

  if (process.env.ATELIER_BENCH_1GB === '1') {
    const big = path.join(dir, 'bench-1gb.csv');
    const bytes = await benchCsv(big, 6_000_000);
    report('CSV ~1 GB (memory check)', bytes, await probeFile(big));
  }
}
