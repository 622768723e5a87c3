/**
 * Seeded synthetic values for the scanner tests: every identifier in its common writings, and
 * decoys that look alike (wrong keys, company SIRETs, facility names, invoice numbers).
 */

import { luhnIsValid } from '../../../shared/detect/business-id.js';
import { nirKey } from '../../../shared/detect/nir.js';

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tools bound to one seed. */
export function synthetic(seed: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const digits = (count: number): string => Array.from({ length: count }, () => String(int(0, 9))).join('');
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');

  const nir = (writing: 'compact' | 'spaced' | 'corsica', wrongKey = false): string => {
    const department = writing === 'corsica' ? pick(['2A', '2B']) : pad(int(1, 95), 2);
    const body = `${pick(['1', '2'])}${pad(int(40, 99), 2)}${pad(int(1, 12), 2)}${department}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`;
    const key = (nirKey(body) + (wrongKey ? 1 : 0)) % 98 || 1;
    const full = `${body}${pad(key, 2)}`;
    return writing === 'spaced' ? `${full.slice(0, 1)} ${full.slice(1, 3)} ${full.slice(3, 5)} ${full.slice(5, 7)} ${full.slice(7, 10)} ${full.slice(10, 13)} ${full.slice(13)}` : full;
  };

  const luhnComplete = (partial: string): string => {
    for (let check = 0; check <= 9; check += 1) if (luhnIsValid(partial + String(check))) return partial + String(check);
    return partial + '0';
  };
  const siren = (): string => luhnComplete(`${int(1, 9)}${digits(7)}`);
  const siret = (): string => {
    const unit = siren();
    for (;;) {
      const candidate = luhnComplete(unit + digits(4));
      if (candidate.length === 14) return candidate;
    }
  };

  const ibanFr = (): string => {
    const bank = digits(5);
    const branch = digits(5);
    const account = digits(11);
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * (Number(account) % 97)) % 97);
    const bban = `${bank}${branch}${account}${pad(key, 2)}`;
    const numeric = `${bban}152700`;
    let remainder = 0;
    for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
    const iban = `FR${pad(98 - remainder, 2)}${bban}`;
    return iban.replace(/(.{4})/g, '$1 ').trim();
  };

  const phone = (writing: number): string => {
    const significant = `${pick(['1', '5', '6', '7', '9'])}${digits(8)}`;
    const pairs = significant.slice(1).match(/../g) ?? [];
    switch (writing % 4) {
      case 0: return `0${significant[0] ?? ''} ${pairs.join(' ')}`;
      case 1: return `0${significant[0] ?? ''}.${pairs.join('.')}`;
      case 2: return `+33 ${significant[0] ?? ''} ${pairs.join(' ')}`;
      default: return `0033${significant}`;
    }
  };

  const firstNames = ['Jeanne', 'Kévin', 'Marie-Claire', 'Inès', 'Gaëlle', 'Loïc', 'Thierry', 'Nathalie', 'Hugo', 'Chloé', 'Gérard', 'Monique'];
  const lastNames = [
    'DUPONT', 'CAZENEUVE', "N'DIAYE", 'LE GALL', 'ROUQUETTE', 'FAURE', 'CASTAING', 'BRUNEL', 'MARTY', 'SABATIER', 'MARTIN',
    'BERNARD', 'DURAND', 'LEFEBVRE', 'GARCIA', 'FOURNIER', 'GIRARD', 'BONNET', 'LAMBERT', 'FONTAINE', 'ROUSSEAU', 'VINCENT',
    'MULLER', 'BOYER', 'BLANC', 'GUERIN', 'BOUCHER', 'GAUTHIER', 'PERRIN', 'MOREL', 'CLEMENT', 'MERCIER', 'DUPUIS', 'LACOMBE',
    'ESCANDE', 'SAINT-PAUL', 'BAUDIS', 'PUJOL', 'ROUSSEL', 'TEYSSIER',
  ];
  const facilities = ['Gymnase Jean Jaurès', 'Stade Ernest Wallon', 'Piscine Léo Lagrange', 'Médiathèque José Cabanis', 'Ecole Jules Ferry', 'Salle Pierre Baudis'];
  const streets = ['rue Victor Hugo', 'allée Jean Jaurès', 'avenue de Muret', 'chemin de la Flambère', 'cheminement Louis Aragon'];
  const associations = ['JUDO CLUB BALMA', 'ASSOCIATION DES PARENTS D ELEVES', 'COMITE DES FETES', 'AMICALE LAIQUE', 'UNION SPORTIVE COLOMIERS'];

  const birthDate = (): string => {
    const date = new Date(Date.UTC(int(1935, 2015), 0, 1) + int(0, 364) * 86_400_000);
    return `${pad(date.getUTCDate(), 2)}/${pad(date.getUTCMonth() + 1, 2)}/${String(date.getUTCFullYear())}`;
  };
  const workingDay = (): string => {
    for (;;) {
      const date = new Date(Date.UTC(int(2015, 2024), 0, 1) + int(0, 364) * 86_400_000);
      const day = date.getUTCDay();
      if (day !== 0 && day !== 6) return date.toISOString().slice(0, 10);
    }
  };

  return {
    int, pick, digits, nir, siren, siret, ibanFr, phone, birthDate, workingDay,
    fullName: (): string => (random() < 0.5 ? `${pick(firstNames)} ${pick(lastNames)}` : `${pick(lastNames)} ${pick(firstNames)}`),
    firstName: (): string => pick(firstNames),
    lastName: (): string => pick(lastNames),
    facility: (): string => pick(facilities),
    address: (): string => `${String(int(1, 250))}${pick(['', ' bis', ''])} ${pick(streets)}`,
    association: (): string => pick(associations),
    invoice: (): string => `FAC-${String(int(2019, 2025))}-${digits(6)}`,
    email: (): string => `${pick(firstNames).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.${pick(lastNames).toLowerCase().replace(/[^a-z]/g, '')}@exemple.fr`,
  };
}
