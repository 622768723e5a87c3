/**
 * A CKAN dataset `name` made from a title: 2–100 characters, lowercase ASCII letters, digits,
 * `-` and `_` only (reference 3.3, `ckan/logic/validators.py`).
 */

/** The rule CKAN applies to `name`. */
export const CKAN_NAME_PATTERN = /^[a-z0-9_-]{2,100}$/;

/**
 * `Subventions aux associations 2024` + `pub-12` → `subventions-aux-associations-2024-pub-12`.
 * The suffix (a local publication id) keeps names unique; the title part is cut to fit.
 */
export function ckanNameFromTitle(title: string, suffix: string): string {
  const slug = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const tail = slug(suffix);
  const room = 100 - (tail === '' ? 0 : tail.length + 1);
  const head = slug(title).slice(0, Math.max(room, 0)).replace(/-+$/, '');
  const name = [head, tail].filter((part) => part !== '').join('-');
  return name.length >= 2 ? name : ['jeu-de-donnees', name].filter((part) => part !== '').join('-');
}
