/**
 * A synthetic table holding every kind of personal column a municipal export can hold, written
 * as a `;`-separated UTF-8 CSV. Seeded: the same seed gives the same file. All values are
 * synthetic (fiction phone ranges, checksum-valid NIR and IBAN built here).
 */
import fs from 'node:fs';

const FIRST = ['Jeanne', 'Kévin', 'Marie-Claire', 'Inès', 'Gaëlle', 'Loïc', 'Thomas', 'Camille', 'Hugo', 'Léa', 'Nathalie', 'Sébastien'];
const LAST = ['DUPONT', 'CAZENEUVE', 'MARTIN', 'FABRE', 'ROUQUETTE', 'MOREAU', 'BERNARD', 'FAURE', 'GARCIA', 'LAMBERT'];
const STREETS = ['rue des Lilas', 'allée Jean Jaurès', 'chemin de la Flambère', 'avenue de Muret', 'cheminement Louis Aragon'];
const COMMUNES: [string, string][] = [['31000', 'Toulouse'], ['31700', 'Blagnac'], ['31770', 'Colomiers'], ['31240', "L'Union"], ['20090', 'Ajaccio']];
const PHONE_BLOCKS = ['06 39 98', '05 36 49', '01 99 00'];

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: () => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(random() * 10));
  return out;
}

function nir(random: () => number): string {
  const body = `${pick(random, ['1', '2'])}${digits(random, 2)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}31${String(100 + Math.floor(random() * 800))}${String(1 + Math.floor(random() * 998)).padStart(3, '0')}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}

function iban(random: () => number): string {
  const bban = `30001${digits(random, 5)}${digits(random, 11)}`;
  const rib = 97 - Number((89n * BigInt(bban.slice(0, 5)) + 15n * BigInt(bban.slice(5, 10)) + 3n * BigInt(bban.slice(10, 21))) % 97n);
  const full = `${bban}${String(rib).padStart(2, '0')}`;
  const check = 98 - Number(BigInt(`${full}152700`) % 97n);
  return `FR${String(check).padStart(2, '0')}${full}`;
}

function birthDate(random: () => number): string {
  const year = 1930 + Math.floor(random() * 75);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The header of the synthetic table. */
export const SYNTHETIC_HEADER = [
  'id', 'nom', 'courriel', 'telephone', 'nir', 'iban', 'date_naissance', 'code_postal', 'adresse', 'geo', 'commentaire', 'montant', 'effectif',
];

/** One row of the table: the personal values are returned too, so that a test can look for them in the output. */
export function syntheticRow(random: () => number, index: number): string[] {
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  const email = `${first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')}.${last.toLowerCase()}${index}@example.fr`;
  const phone = `${pick(random, PHONE_BLOCKS)} ${digits(random, 2)} ${digits(random, 2)}`;
  const [postalCode, commune] = pick(random, COMMUNES);
  const street = `${1 + Math.floor(random() * 150)} ${pick(random, STREETS)}`;
  const lat = (43.5 + random() * 0.2).toFixed(6);
  const lon = (1.3 + random() * 0.3).toFixed(6);
  const comment = pick(random, [
    `Rappeler Mme ${last} au ${phone}`,
    `Dossier transmis par ${email}`,
    `Demande complète`,
    `Voir avec Monsieur ${first} ${last} avant le passage`,
    `RAS`,
  ]);
  const amount = `${Math.floor(random() * 9) + 1} ${digits(random, 3)},${digits(random, 2)}`;
  return [
    String(index + 1), `${last} ${first}`, email, phone, nir(random), iban(random), birthDate(random), postalCode,
    `${street} ${postalCode} ${commune}`, `${lat}, ${lon}`, comment, amount, String(Math.floor(random() * 40)),
  ];
}

/** Writes the synthetic table (`rows` data rows) and returns its rows. */
export function writeSyntheticTable(file: string, rows: number, seed = 42): string[][] {
  const random = seededRandom(seed);
  const data = Array.from({ length: rows }, (_, index) => syntheticRow(random, index));
  const quote = (field: string): string => (/[;"\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  fs.writeFileSync(file, [SYNTHETIC_HEADER, ...data].map((row) => row.map(quote).join(';')).join('\n') + '\n', 'utf8');
  return data;
}
