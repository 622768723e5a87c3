/**
 * Accent-insensitive French search for the publishing history. better-sqlite3 ships SQLite
 * without ICU, so `LIKE` only folds ASCII case: the history stores a folded copy of the searchable
 * text, and queries are folded the same way before being looked up.
 */

/** Ligatures and letters that Unicode decomposition does not split. */
const EXTRA_FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/**
 * Folds text for search: lower case, accents removed (`Délibérations` → `deliberations`),
 * ligatures spelt out, typographic apostrophes and dashes made plain, runs of space collapsed.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđł]/g, (letter) => EXTRA_FOLDS[letter] ?? letter)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The folded terms of a clerk's query: every term must appear in an entry for it to match, so
 * « subventions 2024 » finds the 2024 subsidies and not every subsidy. Empty when the query is
 * blank.
 */
export function searchTerms(query: string): string[] {
  const folded = foldSearchText(query);
  if (folded === '') return [];
  return [...new Set(folded.split(' '))];
}
