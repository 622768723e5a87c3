/**
 * Benchmark of the personal-data scan (issue 4): throughput on a generated 1M-row × 15-column
 * CSV, the ratio of parse-plus-scan time to parse-only time on the same file, and the time to
 * the first preliminary findings. Prints figures; asserts nothing (performance is not a test).
 * `ATELIER_BENCH_ROWS` sets another row count.
 */

import fs from 'node:fs';
import { openTable } from '../../main/files/open-table.js';
import { scanOpenedTable } from '../../main/scan/scan-opened-table.js';
import { scanTable } from '../../main/scan/scan-table.js';
import { benchCsv } from './scan-bench-file.js';

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const rows = Number(process.env.ATELIER_BENCH_ROWS ?? 1_000_000);
  const file = await benchCsv(rows);
  const megabytes = fs.statSync(file).size / 1_048_576;

  // Parse only: open the table (the full reading pass), then read every row once.
  let start = performance.now();
  const table = await openTable(file);
  const openMs = performance.now() - start;
  start = performance.now();
  let read = 0;
  for await (const batch of table.rows()) read += batch.length;
  const rowsPassMs = performance.now() - start;
  start = performance.now();
  const inThread = await scanOpenedTable(table);
  const scanPassMs = performance.now() - start;
  await table.close();

  // Parse plus scan, as the app runs it: one job in a worker thread.
  start = performance.now();
  let firstPreliminaryMs: number | null = null;
  const report = await scanTable(file, {}, {
    onPreliminary: () => {
      firstPreliminaryMs ??= performance.now() - start;
    },
  });
  const scanJobMs = performance.now() - start;

  const cells = read * 15;
  console.log(`scan — ${read.toLocaleString('fr-FR')} lignes × 15 colonnes, ${megabytes.toFixed(1)} Mo`);
  console.log(`  lecture seule (openTable)                 : ${seconds(openMs)} s, ${(read / (openMs / 1000)).toFixed(0)} lignes/s, ${(megabytes / (openMs / 1000)).toFixed(1)} Mo/s`);
  console.log(`  relecture des lignes (rows())             : ${seconds(rowsPassMs)} s`);
  console.log(`  relecture + analyse, même fil             : ${seconds(scanPassMs)} s, ${(read / (scanPassMs / 1000)).toFixed(0)} lignes/s, ${(cells / (scanPassMs / 1000) / 1e6).toFixed(2)} M cellules/s`);
  console.log(`  analyse seule (écart)                     : ${seconds(scanPassMs - rowsPassMs)} s`);
  console.log(`  tâche d’analyse complète (worker)         : ${seconds(scanJobMs)} s, ${(read / (scanJobMs / 1000)).toFixed(0)} lignes/s, ${(megabytes / (scanJobMs / 1000)).toFixed(1)} Mo/s`);
  console.log(`  rapport (lecture + analyse) / lecture     : ${(scanJobMs / openMs).toFixed(2)} (objectif ≤ 2)`);
  console.log(`  premiers constats provisoires après       : ${firstPreliminaryMs === null ? 'aucun' : `${seconds(firstPreliminaryMs)} s`}`);
  console.log(`  constats : ${report.findings.map((finding) => `${finding.columnName}=${finding.category}`).join(', ')}`);
  console.log(`  même fil : ${String(inThread.findings.length)} constats, ${String(report.quasiIdentifiers.length)} quasi-identifiants`);
}
