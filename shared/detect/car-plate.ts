/**
 * French vehicle registration plates: SIV (`AB-123-CD`, since 2009) and FNI (`1234 AB 31`,
 * 1950–2009). Reference §3.8. A plate identifies its holder indirectly.
 */

/** The registration system a plate belongs to. */
export type CarPlateKind = 'siv' | 'fni';

const SIV = /^(?!SS)([A-HJ-NP-TV-Z]{2})[ -]?(?!000)(\d{3})[ -]?(?!SS)([A-HJ-NP-TV-Z]{2})$/;
const FNI = /^(\d{1,4}) ?([A-Z]{1,3}) ?(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;

/** Returns the plate's system, or null when the text is not a plate. */
export function carPlateKind(value: string): CarPlateKind | null {
  if (value.length < 5 || value.length > 11) return null;
  const upper = value.toUpperCase();
  if (SIV.test(upper)) return 'siv';
  if (FNI.test(upper)) return 'fni';
  return null;
}
