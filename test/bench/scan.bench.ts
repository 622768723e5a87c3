/**
 * Benchmark of the personal-data scan (issue 4): throughput on a generated 1M-row × 15-column
 * CSV, the ratio of parse-plus-scan time to parse-only time on the same file, and the time to
 * the first preliminary findings; then, once, the scan of every row that the pre-flight check of
 * an export runs (no sampling). Each figure is the median of three runs, measured in turn in
 * the same process; prints figures, asserts nothing (performance is not a test).
 * `ATELIER_BENCH_ROWS` sets another row count.
 */

import fs from 'node:fs';
import { openTable } from '../../main/files/open-table.js';
import { scanTable } from '../../main/scan/scan-table.js';
import { median, papaparseParse } from './reading-references.js';
import { benchCsv } from './scan-bench-file.js';

const RUNS = 3;
const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const rows = Number(process.env.ATELIER_BENCH_ROWS ?? 1_000_000);
  const file = await benchCsv(rows);
  const megabytes = fs.statSync(file).size / 1_048_576;
  const papa: number[] = [];
  const parse: number[] = [];
  const job: number[] = [];
  const firstFindings: number[] = [];
  let rowCount = 0;
  let findings = '';
  for (let i = 0; i < RUNS; i++) {
    papa.push((await papaparseParse(file)).ms);

    // Parse only: the first pass of `openTable` (decode, parse, index, profile) on both cores.
    let start = performance.now();
    const table = await openTable(file);
    parse.push(performance.now() - start);
    rowCount = table.info.rowCount;
    await table.close();

    // Parse plus scan, as the app runs it: one job in a worker thread, the scan in the same pass.
    start = performance.now();
    let firstPreliminaryMs: number | null = null;
    const report = await scanTable(file, {}, {
      onPreliminary: () => {
        firstPreliminaryMs ??= performance.now() - start;
      },
    });
    job.push(performance.now() - start);
    firstFindings.push(firstPreliminaryMs ?? NaN);
    findings = report.findings.map((finding) => `${finding.columnName}=${finding.category}`).join(', ');
  }
  const scanMs = median(job);
  const parseMs = median(parse);
  console.log(`scan — ${rowCount.toLocaleString('fr-FR')} lignes × 15 colonnes, ${megabytes.toFixed(1)} Mo (médianes de ${RUNS} essais)`);
  console.log(`  papaparse (texte décodé), référence       : ${seconds(median(papa))} s`);
  console.log(`  lecture seule (openTable, 1re passe)      : ${seconds(parseMs)} s, ${(rowCount / (parseMs / 1000)).toFixed(0)} lignes/s, ${(megabytes / (parseMs / 1000)).toFixed(1)} Mo/s`);
  console.log(`  lecture + analyse (tâche scanTable)       : ${seconds(scanMs)} s, ${(rowCount / (scanMs / 1000)).toFixed(0)} lignes/s, ${(megabytes / (scanMs / 1000)).toFixed(1)} Mo/s`);
  console.log(`  rapport (lecture + analyse) / lecture     : ${(scanMs / parseMs).toFixed(2)} (objectif ≤ 2) ; par essai : ${job.map((ms, i) => (ms / parse[i]!).toFixed(2)).join(', ')}`);
  console.log(`  rapport (lecture + analyse) / papaparse   : ${(scanMs / median(papa)).toFixed(2)}`);
  console.log(`  premiers constats provisoires après       : ${seconds(median(firstFindings))} s`);
  console.log(`  constats : ${findings}`);

  // The pre-flight check examines every row of the output: measured once, for its order of size.
  const start = performance.now();
  await scanTable(file, {}, { everyRow: true });
  const everyRowMs = performance.now() - start;
  console.log(`  analyse de chaque ligne (contrôle avant envoi), 1 essai : ${seconds(everyRowMs)} s, ${(rowCount / (everyRowMs / 1000)).toFixed(0)} lignes/s ; rapport à la lecture seule : ${(everyRowMs / parseMs).toFixed(2)}`);
}
