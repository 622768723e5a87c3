/**
 * Export benchmark (issue 5 « Speed »): transform-and-write throughput on a generated 1M-row
 * CSV against the parse-only time of the same file, and peak memory in both. Goal: within 1.5×
 * of parse-only, constant memory. Run alone with
 * `node --import tsx -e "import('./test/bench/export.bench.ts').then(m => m.run())"`.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTable } from '../../main/files/open-table.js';
import { writeVettedCsv } from '../../main/export/vetted-csv-writer.js';
import { createPseudonymiser } from '../../main/transform/keyed-pseudonymiser.js';
import { findPersonalSpans } from '../../shared/detect/free-text-spans.js';
import type { ColumnDecision } from '../../shared/decisions/column-decision.js';
import { EMPTY_DECISIONS, withDecision } from '../../shared/decisions/decision-history.js';
import { DEFAULT_OUTPUT_OPTIONS } from '../../shared/decisions/draft-content.js';
import { planOutputColumns } from '../../shared/decisions/output-plan.js';
import { createRowTransform } from '../../shared/transform/column-transform.js';

const ROWS = Number(process.env.ATELIER_BENCH_ROWS ?? 1_000_000);
const dir = path.join(os.tmpdir(), 'atelier-bench-export');
const HEADER = ['id', 'nom', 'telephone', 'courriel', 'date_naissance', 'code_postal', 'commune', 'montant', 'date_decision', 'commentaire', 'effectif', 'code'];

/** A seeded generator: the same file on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

async function generate(file: string, rows: number): Promise<number> {
  if (fs.existsSync(file)) return fs.statSync(file).size;
  const random = seeded(5);
  const names = ['DUPONT Jeanne', 'MARTIN Loïc', 'FABRE Hélène', 'GARCIA Zoé', 'FAURE Étienne'];
  const towns = ['Toulouse', 'Blagnac', 'Colomiers', 'Balma', 'Tournefeuille'];
  const out = fs.createWriteStream(file);
  let chunk = `${HEADER.join(';')}\n`;
  for (let i = 0; i < rows; i++) {
    const n = Math.floor(random() * 1_000_000);
    const comment = n % 10 === 0 ? `Rappeler Mme Durand au 06 39 98 ${String(n % 90 + 10)} 12` : n % 10 === 1 ? 'RAS' : '';
    chunk += `${i + 1};${names[n % 5]} ${n % 997};06 39 98 ${String(n % 90 + 10)} ${String(n % 89 + 10)};p${n}@example.fr;`
      + `${String(n % 28 + 1).padStart(2, '0')}/${String(n % 12 + 1).padStart(2, '0')}/${1940 + (n % 65)};`
      + `${String(31000 + (n % 900)).padStart(5, '0')};${towns[n % 5]};${n % 100} ${String(n % 1000).padStart(3, '0')},${String(n % 100).padStart(2, '0')};`
      + `${String(n % 28 + 1).padStart(2, '0')}/03/2024;${comment};${n % 40};0${n % 1000}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

/**
 * Samples the resident memory while `work` runs; returns the elapsed time, the CPU time of the
 * whole process (all threads: on a loaded machine it moves less than the elapsed time) and the peak.
 */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; peakRssMb: number; result: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    const result = await work();
    const cpu = process.cpuUsage(cpuBefore);
    return {
      ms: performance.now() - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20),
      result,
    };
  } finally {
    clearInterval(timer);
  }
}

const DECISIONS: [string, ColumnDecision][] = [
  ['nom', { kind: 'pseudonymise', justification: 'Jointure avec le registre des versements' }],
  ['telephone', { kind: 'mask' }],
  ['courriel', { kind: 'drop' }],
  ['date_naissance', { kind: 'generalise', rule: { kind: 'age-band', width: 10, referenceDate: '2026-01-01' } }],
  ['code_postal', { kind: 'generalise', rule: { kind: 'postal-code-department' } }],
  ['commentaire', { kind: 'redact' }],
  ['effectif', { kind: 'generalise', rule: { kind: 'small-count', threshold: 11 } }],
];

/** Prints parse-only and transform-and-write figures, and their ratio. */
/** Opens the file and walks every batch of rows, doing nothing with them: the parse-only time. */
async function readOnly(file: string): Promise<{ rows: number; passMs: number }> {
  const table = await openTable(file, {});
  const opened = performance.now();
  let rows = 0;
  for await (const batch of table.rows()) rows += batch.length;
  const passMs = performance.now() - opened;
  await table.close();
  return { rows, passMs };
}

/** Opens the file the same way and streams its rows through the decisions into the vetted CSV. */
async function transformAndWrite(file: string, target: string): Promise<{ rows: number; size: number; passMs: number }> {
  const table = await openTable(file, {});
  const opened = performance.now();
  const columns = table.info.columns.map((c) => ({ index: c.index, name: c.name, type: c.type }));
  let state = EMPTY_DECISIONS;
  for (const [name, decision] of DECISIONS) state = withDecision(state, HEADER.indexOf(name), decision);
  const plan = planOutputColumns(columns, state);
  const transform = createRowTransform(plan, { pseudonymise: createPseudonymiser(Buffer.alloc(32, 1)), findSpans: findPersonalSpans });
  const written = await writeVettedCsv({ rows: table.rows(), plan, transform, output: DEFAULT_OUTPUT_OPTIONS, target, totalRows: table.info.rowCount });
  const passMs = performance.now() - opened;
  await table.close();
  return { rows: written.rowCount, size: written.size, passMs };
}

/** The faster of two runs, with the higher of their memory peaks. */
function faster<T>(a: Measured<T>, b: Measured<T>): Measured<T> {
  const best = a.ms <= b.ms ? a : b;
  return { ...best, peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) };
}

type Measured<T> = Awaited<ReturnType<typeof measure<T>>>;

/** Prints parse-only and transform-and-write figures, and their ratio. */
export async function run(): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `export-${ROWS}.csv`);
  const bytes = await generate(file, ROWS);
  console.log(`Fichier : ${ROWS.toLocaleString('fr-FR')} lignes, ${(bytes / 2 ** 20).toFixed(0)} Mio`);

  // Both sides read through the same path (openTable + rows()). They alternate, twice each, and
  // the faster run of each side is compared, so that neither pays alone for a cold JIT or cache.
  const target = path.join(dir, 'sortie.csv');
  const parseRuns: Measured<{ rows: number; passMs: number }>[] = [];
  const writeRuns: Measured<{ rows: number; size: number; passMs: number }>[] = [];
  for (let round = 0; round < 2; round++) {
    parseRuns.push(await measure(() => readOnly(file)));
    writeRuns.push(await measure(() => transformAndWrite(file, target)));
  }
  fs.rmSync(target, { force: true });
  const [parseA, parseB] = parseRuns as [Measured<{ rows: number; passMs: number }>, Measured<{ rows: number; passMs: number }>];
  const [writeA, writeB] = writeRuns as [Measured<{ rows: number; size: number; passMs: number }>, Measured<{ rows: number; size: number; passMs: number }>];
  const parse = faster(parseA, parseB);
  const write = faster(writeA, writeB);

  const perSecond = (rows: number, ms: number): string => `${Math.round(rows / (ms / 1000)).toLocaleString('fr-FR')} lignes/s`;
  console.log(`Lecture seule (openTable + parcours, meilleur de 2) : ${(parse.ms / 1000).toFixed(2)} s dont parcours ${(parse.result.passMs / 1000).toFixed(2)} s, ${perSecond(parse.result.rows, parse.ms)}, pic ${parse.peakRssMb} Mo`);
  console.log(`Transformer et écrire (openTable + décisions + CSV atomique, meilleur de 2) : ${(write.ms / 1000).toFixed(2)} s dont parcours ${(write.result.passMs / 1000).toFixed(2)} s, ${perSecond(write.result.rows, write.ms)}, ${(write.result.size / 2 ** 20).toFixed(0)} Mio écrits, pic ${write.peakRssMb} Mo`);
  console.log(`Rapport transformer-et-écrire / lecture seule : ${(write.ms / parse.ms).toFixed(2)}× (objectif ≤ 1,5×) ; parcours seul : ${(write.result.passMs / parse.result.passMs).toFixed(2)}× ; temps CPU : ${(write.cpuMs / parse.cpuMs).toFixed(2)}× (${(write.cpuMs / 1000).toFixed(2)} s / ${(parse.cpuMs / 1000).toFixed(2)} s)`);
}
