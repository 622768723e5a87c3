import { createWriteStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import * as XLSX from 'xlsx';

/** A small seeded generator: the same files on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const FIRST = ['Hélène', 'Jérôme', 'Anaïs', 'François', 'Zoé', 'Loïc', 'Maëlle', 'Noël', 'Chloé', 'Étienne'];
const LAST = ['Lefèvre', 'Dupré', 'Bérard', 'Garçon', 'Mühlberg', 'Œillet', 'Durand', 'Martin', 'Faure', 'Rivière'];
const TOWNS = ['Évry-Courcouronnes', 'Saint-Étienne', 'Albi', 'Toulouse', 'Ajaccio', 'Foix', 'Montauban', 'Pointe-à-Pitre'];
const CATEGORIES = ['Culture', 'Sport', 'Social', 'Éducation', 'Santé'];

export const HEADER = [
  'id', 'nom', 'prenom', 'date_naissance', 'adresse', 'code_postal', 'commune', 'telephone',
  'email', 'montant', 'categorie', 'date_decision', 'actif', 'siret', 'commentaire',
];

/** One row of the benchmark table: French accents, codes with leading zeros, amounts with a comma. */
export function benchRow(i: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  const year = 1940 + Math.floor(random() * 65);
  const comment = random() < 0.002
    ? `"Remarque « importante »\nsur deux lignes; voir ""annexe"""`
    : random() < 0.3 ? `"Dossier suivi par l’agent ; relance prévue – ${i}"` : '';
  return [
    String(i + 1),
    pick(LAST),
    pick(FIRST),
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    `${1 + Math.floor(random() * 200)} rue de la République`,
    String(1000 + Math.floor(random() * 95000)).padStart(5, '0'),
    pick(TOWNS),
    random() < 0.15 ? '' : `06 ${String(Math.floor(random() * 100)).padStart(2, '0')} 34 56 78`,
    random() < 0.2 ? '' : `agent${i}@mairie.fr`,
    `${Math.floor(random() * 100000)},${String(Math.floor(random() * 100)).padStart(2, '0')}`,
    pick(CATEGORIES),
    `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    random() < 0.5 ? 'oui' : 'non',
    `2131055540${String(Math.floor(random() * 10000)).padStart(4, '0')}`,
    comment,
  ];
}

/** Writes (once) a seeded CSV of `rows` rows of 15 columns, `;`-separated, UTF-8. */
export async function benchCsv(file: string, rows: number): Promise<number> {
  if (existsSync(file)) return statSync(file).size;
  const random = seeded(42);
  const out = createWriteStream(file);
  let chunk = HEADER.join(';') + '\n';
  for (let i = 0; i < rows; i++) {
    chunk += benchRow(i, random).join(';') + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return statSync(file).size;
}

/** Writes (once) a seeded workbook of `rows` rows with SheetJS, numbers and dates typed. */
export function benchWorkbook(file: string, rows: number, bookType: 'xlsx' | 'ods'): number {
  if (existsSync(file)) return statSync(file).size;
  const random = seeded(7);
  const data: unknown[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = benchRow(i, random);
    row[0] = i + 1;
    row[9] = Math.round(random() * 10_000_000) / 100;
    data.push(row);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data, { dense: true }), 'Feuil1');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType, compression: true }) as Uint8Array);
  return statSync(file).size;
}
