/**
 * Workbook reading benchmark: 100 000-row × 15-column XLSX (shared strings) and ODS files (seeded,
 * generated once into the temporary folder with SheetJS), read by Atelier's streaming readers and by a SheetJS
 * whole-workbook dense read in the same run. Every figure comes from its own child process, so
 * peak RSS is that process's maximum resident set (`process.resourceUsage().maxRSS`).
 *
 * Run alone: node --import tsx -e "import('./test/bench/workbook.bench.ts').then(m => m.run())"
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROWS = 100_000;
const SEED = 42;
const THIS_FILE = fileURLToPath(import.meta.url);
const PROJECT = path.resolve(path.dirname(THIS_FILE), '../..');

interface Measure {
  firstRowsMs: number | null;
  fullMs: number;
  rows: number;
  maxRssMb: number;
}

/** Seeded generator (mulberry32), so every run reads the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST_NAMES = ['Hélène', 'Jean', 'Zoé', 'François', 'Anaïs', 'Noël', 'Léa', 'Jérôme', 'Chloé', 'Loïc'];
const LAST_NAMES = ['Lefèvre', 'Martin', 'Dubois', 'Bernard', 'Garçon', 'Petit', 'Durand', 'Müller', 'Roux', 'Fabre'];
const TOWNS = ['Toulouse', 'Évry-Courcouronnes', 'Blagnac', 'Colomiers', 'Muret', 'Balma', 'L’Union', 'Tournefeuille'];
const CATEGORIES = ['Culture', 'Sport', 'Social', 'Éducation', 'Environnement'];

function generatedRows(): unknown[][] {
  const next = random(SEED);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const rows: unknown[][] = [['id', 'nom', 'prenom', 'date_naissance', 'adresse', 'code_postal', 'commune', 'telephone', 'email', 'montant', 'categorie', 'actif', 'quantite', 'taux', 'commentaire']];
  for (let index = 1; index <= ROWS; index += 1) {
    const last = pick(LAST_NAMES);
    const first = pick(FIRST_NAMES);
    rows.push([
      index, last, first,
      new Date(Date.UTC(1940 + Math.floor(next() * 65), Math.floor(next() * 12), 1 + Math.floor(next() * 28))),
      `${1 + Math.floor(next() * 200)} rue ${pick(LAST_NAMES)}`,
      String(31000 + Math.floor(next() * 999)).padStart(5, '0'),
      pick(TOWNS),
      `06 ${String(Math.floor(next() * 1e8)).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')}`,
      next() < 0.8 ? `${first}.${last}@exemple.fr`.toLowerCase() : null,
      Math.round(next() * 1e6) / 100,
      pick(CATEGORIES),
      next() < 0.5,
      Math.floor(next() * 1000),
      Math.round(next() * 1e4) / 1e4,
      `Dossier n° ${index} – « ${pick(CATEGORIES)} »`,
    ]);
  }
  return rows;
}

/** The generated files, made once per machine and reused (SheetJS takes ~10 s to write each). */
async function ensureFiles(): Promise<{ xlsx: string; ods: string }> {
  const dir = path.join(os.tmpdir(), 'atelier-workbook-bench-v2');
  const files = { xlsx: path.join(dir, `rows-${ROWS}.xlsx`), ods: path.join(dir, `rows-${ROWS}.ods`) };
  if (fs.existsSync(files.xlsx) && fs.existsSync(files.ods)) return files;
  fs.mkdirSync(dir, { recursive: true });
  const XLSX = await import('xlsx');
  const sheet = XLSX.utils.aoa_to_sheet(generatedRows(), { cellDates: true, dateNF: 'dd/mm/yyyy', dense: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Données');
  for (const [type, file] of [['xlsx', files.xlsx], ['ods', files.ods]] as const) {
    const started = performance.now();
    fs.writeFileSync(`${file}.part`, XLSX.write(book, { type: 'buffer', bookType: type, compression: true, bookSST: true }));
    fs.renameSync(`${file}.part`, file);
    console.log(`  generated ${path.basename(file)}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return files;
}

/** Runs one measurement in a child process and parses the figures it prints. */
function measureInChild(mode: 'atelier' | 'atelier-first' | 'sheetjs', file: string): Measure {
  const child = spawnSync(process.execPath, ['--import', 'tsx', THIS_FILE, mode, file], { cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`${mode} ${file} failed: ${child.stderr}`);
  return JSON.parse(line) as Measure;
}

/** In the child: reads the file one way and prints the figures as JSON. */
async function measureHere(mode: string, file: string): Promise<void> {
  const started = performance.now();
  let firstRowsMs: number | null = null;
  let rows = 0;
  if (mode === 'sheetjs') {
    const XLSX = await import('xlsx');
    const book = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''] as { '!data'?: unknown[] } | undefined;
    rows = sheet?.['!data']?.length ?? 0;
    firstRowsMs = performance.now() - started;
  } else {
    const { identifyWorkbook, openWorkbook } = await import('../../main/files/workbook/index.js');
    const format = await identifyWorkbook(file);
    if (!format) throw new Error('not a workbook');
    const workbook = await openWorkbook(file, format);
    const sheet = workbook.sheets[0]?.name ?? '';
    await workbook.readSheet(sheet, () => {
      rows += 1;
      if (rows === 100) firstRowsMs = performance.now() - started;
    }, mode === 'atelier-first' ? { maxRows: 101 } : {});
    await workbook.close();
  }
  const fullMs = performance.now() - started;
  console.log(JSON.stringify({ firstRowsMs, fullMs, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function seconds(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`;
}

/** Prints the figures for each format and reader, with ratios to the SheetJS read of the same file. */
export async function run(): Promise<void> {
  console.log(`Workbook reading — ${ROWS.toLocaleString('fr-FR')} rows × 15 columns (median of 3 runs, each in its own process)`);
  const files = await ensureFiles();
  for (const [format, file] of Object.entries(files)) {
    const sizeMb = fs.statSync(file).size / 1e6;
    const median = (mode: 'atelier' | 'atelier-first' | 'sheetjs'): Measure => {
      const runs = [0, 1, 2].map(() => measureInChild(mode, file)).sort((a, b) => a.fullMs - b.fullMs);
      return runs[1] as Measure;
    };
    const first = median('atelier-first');
    const full = median('atelier');
    const sheetJs = median('sheetjs');
    console.log(`\n${format.toUpperCase()} (${sizeMb.toFixed(1)} MB)`);
    console.log(`  Atelier first 100 rows : ${seconds(first.firstRowsMs)}  (peak RSS ${first.maxRssMb.toFixed(0)} MB)`);
    console.log(`  Atelier full pass      : ${seconds(full.fullMs)}  (${full.rows} rows, first 100 rows at ${seconds(full.firstRowsMs)}, peak RSS ${full.maxRssMb.toFixed(0)} MB, ${(sizeMb / (full.fullMs / 1000)).toFixed(1)} MB/s of file)`);
    console.log(`  SheetJS dense read     : ${seconds(sheetJs.fullMs)}  (peak RSS ${sheetJs.maxRssMb.toFixed(0)} MB)`);
    console.log(`  ratios Atelier/SheetJS : time ${(full.fullMs / sheetJs.fullMs).toFixed(2)}, first rows ${((first.firstRowsMs ?? 0) / sheetJs.fullMs).toFixed(2)}, memory ${(full.maxRssMb / sheetJs.maxRssMb).toFixed(2)}`);
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv[2]) {
  await measureHere(process.argv[2], process.argv[3] ?? '');
}
