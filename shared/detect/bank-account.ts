/**
 * IBAN (ISO 13616, mod 97), the French RIB key inside FR/MC IBANs, and BIC (ISO 9362).
 * Reference §3.2. Bank details of a person are personal data (RGPD art. 4(1)).
 */

import { compactIdentifier } from './text-fold.js';

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27,
};

/** Remainder mod 97 of a digit-and-letter string, letters read as A=10 … Z=35, in chunks. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

const RIB_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RIB_VALUES = '12345678912345678923456789';

/** The RIB key of a French bank code, branch code and account number: 97 − ((89b + 15g + 3c) mod 97). */
export function ribKey(bank: string, branch: string, account: string): number {
  const digits = account.toUpperCase().replace(/[A-Z]/g, (letter) => RIB_VALUES[RIB_LETTERS.indexOf(letter)] ?? '0');
  const total = (89 * Number(bank) + 15 * Number(branch) + 3 * mod97(digits)) % 97;
  return 97 - total;
}

/** True when a 23-character French BBAN (bank 5, branch 5, account 11, key 2) has the right key. */
export function ribIsValid(bban: string): boolean {
  const compact = compactIdentifier(bban);
  const match = /^(\d{5})(\d{5})([0-9A-Z]{11})(\d{2})$/.exec(compact);
  if (!match) return false;
  return ribKey(match[1] ?? '', match[2] ?? '', match[3] ?? '') === Number(match[4]);
}

/** True for an IBAN of a known country with the right length and mod 97 = 1; FR/MC also need a valid RIB key. */
export function ibanIsValid(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{10,30}$/.test(compact)) return false;
  const country = compact.slice(0, 2);
  if (IBAN_LENGTHS[country] !== compact.length) return false;
  if (mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) return false;
  if (country === 'FR' || country === 'MC') return ribIsValid(compact.slice(4));
  return true;
}

const ISO_COUNTRIES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' '),
);

/** True for a BIC: 4 letters (bank), an ISO country, 2 location characters, optional 3-character branch. */
export function bicIsValid(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  const match = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/.exec(compact);
  return match !== null && ISO_COUNTRIES.has(match[1] ?? '');
}
