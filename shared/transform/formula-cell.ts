/**
 * Cells a spreadsheet would run as a formula when the published CSV is opened (CSV injection,
 * OWASP): `=HYPERLINK(…)`, `+SUM(A1)`, `@cmd`, `-2+3+cmd|' /C calc'!A0`. Pre-flight blocks them
 * until decided. Signed numbers and phone numbers (`-12,5`, `+33 5 36 49 00 11`) are not formulas.
 */

const FUNCTION_CALL = /[A-Za-z_][A-Za-z0-9_.]*\s*\(/;
const CELL_REFERENCE = /(?:^|[^A-Za-z0-9_])\$?[A-Za-z]{1,3}\$?\d{1,7}(?![A-Za-z0-9_])/;
const DDE = /\|/;
/** `=`, `+`, `-`, `@`, and the blanks spreadsheets skip before them. */
const FIRST_CHARACTERS = new Set([61, 43, 45, 64, 9, 13, 10, 32]);

/** True when a spreadsheet would read the cell as a formula. */
export function looksLikeFormula(text: string): boolean {
  // Most cells start with none of the trigger characters: answer them without a regex.
  if (!FIRST_CHARACTERS.has(text.charCodeAt(0))) return false;
  // Spreadsheets skip leading tabs, carriage returns and spaces before looking for `=`.
  const s = text.replace(/^[\t\r\n ]+/, '');
  if (s.length < 2) return false;
  const first = s[0];
  const rest = s.slice(1);
  if (first === '=') return true;
  if (first !== '+' && first !== '-' && first !== '@') return false;
  return FUNCTION_CALL.test(rest) || DDE.test(rest) || CELL_REFERENCE.test(rest);
}

/**
 * The cell made inert for spreadsheets by a leading apostrophe, the OWASP mitigation; other
 * cells unchanged. Used by « caviarder », whose output is text meant for reading.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
