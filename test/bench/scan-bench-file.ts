/**
 * The synthetic table of the scan benchmark: 15 columns of a municipal register with personal
 * data (names, birth dates, e-mails, phones, addresses, SIRETs, comments, coordinates) and plain
 * columns, written as a `;`-separated UTF-8 CSV in the temp folder. Seeded, so every run reads
 * the same bytes.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthetic } from '../unit/detect/synthetic-table.js';

/** The header of the benchmark table. */
export const BENCH_HEADERS = [
  'id', 'nom', 'prenom', 'date_naissance', 'courriel', 'telephone', 'adresse', 'code_postal', 'commune', 'montant',
  'date_decision', 'siret', 'commentaire', 'categorie', 'latitude',
];

/** Writes (once) and returns the path of a benchmark CSV of `rows` data rows. */
export async function benchCsv(rows: number): Promise<string> {
  const file = path.join(os.tmpdir(), `atelier-scan-bench-${String(rows)}.csv`);
  if (fs.existsSync(file)) return file;
  const gen = synthetic(42);
  const communes = ['Toulouse', 'Blagnac', 'Colomiers', 'Balma', 'Tournefeuille', "L'Union", 'Saint-Jean', 'Mondouzil'];
  const categories = ['Aide', 'Subvention', 'Permis', 'Inscription', 'Réclamation'];
  const out = fs.createWriteStream(`${file}.part`);
  const write = (text: string): Promise<void> => new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write(`${BENCH_HEADERS.join(';')}\n`);
  let chunk = '';
  for (let row = 0; row < rows; row += 1) {
    const comment = row % 10 === 0 ? `Rappeler Mme ${gen.lastName()} au ${gen.phone(row)}` : 'Dossier complet';
    chunk += [
      String(row + 1), gen.lastName(), gen.firstName(), gen.birthDate(), gen.email(), gen.phone(row), gen.address(),
      `31${String(gen.int(0, 9))}00`, gen.pick(communes), `${String(gen.int(10, 99999))},${String(gen.int(0, 99))}`,
      gen.workingDay(), gen.siret(), comment, gen.pick(categories), `43.${gen.digits(6)}`,
    ].join(';') + '\n';
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  fs.renameSync(`${file}.part`, file);
  return file;
}
