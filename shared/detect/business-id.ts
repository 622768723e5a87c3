/**
 * SIREN / SIRET (Luhn, with La Poste's exception) and French VAT numbers. Reference §3.3–3.4.
 * A company's number is not personal data; a sole trader's (entrepreneur individuel) is.
 */

/** Luhn check over a string of digits. */
export function luhnIsValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True for a 9-digit SIREN passing Luhn (spaces allowed). */
export function sirenIsValid(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  return /^\d{9}$/.test(compact) && luhnIsValid(compact);
}

const LA_POSTE_SIREN = '356000000';

/**
 * True for a 14-digit SIRET: Luhn on all 14 digits and on its SIREN; La Poste's establishments
 * (SIREN 356000000) follow another rule: their digit sum is a multiple of 5.
 */
export function siretIsValid(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(compact)) return false;
  if (compact.startsWith(LA_POSTE_SIREN)) {
    if (luhnIsValid(compact)) return true;
    let sum = 0;
    for (const char of compact) sum += char.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnIsValid(compact) && luhnIsValid(compact.slice(0, 9));
}

/** True for an intra-community VAT number `FR` + key + SIREN, key = (12 + 3·(SIREN mod 97)) mod 97. */
export function frenchVatIsValid(value: string): boolean {
  const match = /^FR(\d{2})(\d{9})$/.exec(value.replace(/\s/g, '').toUpperCase());
  if (!match) return false;
  const siren = match[2] ?? '';
  if (!luhnIsValid(siren)) return false;
  return Number(match[1]) === (12 + 3 * (Number(siren) % 97)) % 97;
}
