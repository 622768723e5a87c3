import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { benchCsv, benchWorkbook } from './reading-fixtures.js';
import { median, papaparseParse, rawRead } from './reading-references.js';

const execFileAsync = promisify(execFile);
const probe = fileURLToPath(new URL('./reading-probe.ts', import.meta.url));
const dir = path.join(os.tmpdir(), 'atelier-bench-reading');
/** Runs of the 1M-row CSV, each reference and probe in turn: medians hide a passing burst of load. */
const RUNS = 3;

interface ProbeResult {
  firstWindowMs: number;
  passMs: number;
  rows: number;
  columns: number;
  windowMedianMs: number;
  windowMaxMs: number;
  viewPageMedianMs: number;
  viewPageMaxMs: number;
  peakRssMb: number;
}

/** `openTable` on one file, measured in a fresh Node process (timings, peak RSS). */
async function probeFile(file: string): Promise<ProbeResult> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', probe, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ProbeResult;
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function report(label: string, bytes: number, result: ProbeResult): void {
  console.log([
    `${label}: ${mb(bytes)}, ${result.rows.toLocaleString('fr-FR')} rows × ${result.columns} columns`,
    `  first window ${ms(result.firstWindowMs)}, full first pass ${ms(result.passMs)} (${(bytes / 1048576 / (result.passMs / 1000)).toFixed(0)} MB/s), peak RSS ${result.peakRssMb.toFixed(0)} MB`,
    `  window of 100 rows after the pass: median ${result.windowMedianMs.toFixed(1)} ms, max ${result.windowMaxMs.toFixed(1)} ms (20 random windows)`,
    `  page of 100 rows of a view in shuffled order (a sort the file does not follow): median ${result.viewPageMedianMs.toFixed(0)} ms, max ${result.viewPageMaxMs.toFixed(0)} ms (5 pages)`,
  ].join('\n'));
}

/** The 1M-row CSV against the raw read and papaparse, run after run in the same process. */
async function csvAgainstReferences(csv: string, bytes: number): Promise<void> {
  const raw: number[] = [];
  const papa: number[] = [];
  const probes: ProbeResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    raw.push(await rawRead(csv));
    papa.push((await papaparseParse(csv)).ms);
    probes.push(await probeFile(csv));
  }
  const pick = (key: keyof ProbeResult): number => median(probes.map((p) => p[key]));
  const result: ProbeResult = {
    firstWindowMs: pick('firstWindowMs'),
    passMs: pick('passMs'),
    rows: probes[0]!.rows,
    columns: probes[0]!.columns,
    windowMedianMs: pick('windowMedianMs'),
    windowMaxMs: Math.max(...probes.map((p) => p.windowMaxMs)),
    viewPageMedianMs: pick('viewPageMedianMs'),
    viewPageMaxMs: Math.max(...probes.map((p) => p.viewPageMaxMs)),
    peakRssMb: Math.max(...probes.map((p) => p.peakRssMb)),
  };
  report(`CSV 1M rows (medians of ${RUNS} runs, peak RSS the highest)`, bytes, result);
  console.log([
    `  references in this run: raw read ${ms(median(raw))}, papaparse on decoded text ${ms(median(papa))}`,
    `  ratios: first pass / raw read ${(result.passMs / median(raw)).toFixed(1)}×, first pass / papaparse ${(result.passMs / median(papa)).toFixed(2)}× (goal ≤ 1.5×)`,
    `  per run (first pass / papaparse): ${probes.map((p, i) => (p.passMs / papa[i]!).toFixed(2)).join(', ')}`,
  ].join('\n'));
}

/**
 * The reading benchmark of issue 3: a seeded 1M-row, 15-column CSV and 100k-row XLSX and ODS
 * files (generated once in the temp folder), each opened with `openTable` in a fresh process;
 * papaparse, fed decoded text, is the reference parser. `ATELIER_BENCH_1GB=1` adds the 1 GB CSV
 * memory check (peak RSS must stay flat).
 */
export async function run(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const csv = path.join(dir, 'bench-1m.csv');
  await csvAgainstReferences(csv, await benchCsv(csv, 1_000_000));

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
