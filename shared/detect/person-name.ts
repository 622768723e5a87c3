/**
 * How one value reads as a person's name: a first name alone, a surname in the administrative
 * upper-case convention (`DUPONT`), or a full name (`Jean DUPONT`, `DUPONT Jean`, `M. Dupont`).
 * Places and organisations named after people are not people. Reference §4.1.
 */

import { isFirstName } from './first-names.js';
import { CIVILITIES, FIRST_NAMES_THAT_ARE_WORDS, NOT_PERSON_WORDS } from './name-words.js';
import { foldAccents } from './text-fold.js';

/** What a value looks like, as far as names go. */
export interface NameShape {
  /** The whole value is one first name (possibly compound: `Marie-Claire`). */
  firstName: boolean;
  /** That first name is also a common word (`Rose`, `Pierre`): weak evidence. */
  firstNameIsWord: boolean;
  /** 1–3 alphabetic tokens, no place or organisation word, in upper case (or after a civility): a surname shape. */
  surnameShape: boolean;
  /**
   * 1–3 capitalised tokens, no first name among them (`Dubois`, `Da Silva`, `Lefèvre-Roux`): a
   * surname in ordinary writing — or a commune, a word; only a surname header makes it one.
   */
  capitalised: boolean;
  /** A first name next to a surname, or a civility before a name. */
  fullName: boolean;
  /**
   * A surname in ordinary writing, then a first name (`Dupont Jean`, `Da Silva Marie`): the
   * order of lists sorted by surname, but also of a few place names — only a name header makes it a person.
   */
  surnameFirst: boolean;
  /** A place, facility or organisation word is present. */
  notPerson: boolean;
}

const EMPTY: NameShape = { firstName: false, firstNameIsWord: false, surnameShape: false, capitalised: false, fullName: false, surnameFirst: false, notPerson: false };
const NAME_TOKEN = /^[\p{L}][\p{L}'’-]*\.?$/u;

/** A capital then small letters (`Dubois`, `Lefèvre-Roux`, `D'Almeida`), or a particle (`de`, `da`, `van`). */
const CAPITALISED_TOKEN = /^(?:\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]\p{Lu}\p{Ll}+|de|du|des|da|di|del|della|do|dos|le|la|van|von|der|den|ben|el|al|d['’]\p{Lu}\p{Ll}+)$/u;

function isUpper(token: string): boolean {
  return token.length >= 2 && token === token.toUpperCase() && token !== token.toLowerCase();
}

/** True when a folded token, or every part of a compound (`jean-pierre`), is a first name. */
function isNameToken(folded: string): boolean {
  if (isFirstName(folded)) return true;
  if (!folded.includes('-')) return false;
  const parts = folded.split('-');
  return parts.length <= 3 && parts.every((part) => isFirstName(part));
}

/** Reads one cell as a name. Values longer than 60 characters or holding digits are never names. */
export function nameShape(value: string): NameShape {
  if (value.length < 2 || value.length > 60 || /\d/.test(value)) return EMPTY;
  const rawTokens = value.split(/[\s,]+/).filter((token) => token.length > 0);
  if (rawTokens.length === 0 || rawTokens.length > 6) return EMPTY;
  const folded = rawTokens.map((token) => foldAccents(token).replace(/[.’']+$/g, ''));
  if (folded.some((token) => NOT_PERSON_WORDS.has(token) || token.startsWith('saint-') || token.startsWith('sainte-'))) {
    return { ...EMPTY, notPerson: true };
  }
  if (!rawTokens.every((token) => NAME_TOKEN.test(token))) return EMPTY;

  let tokens = rawTokens;
  let foldedTokens = folded;
  const titled = CIVILITIES.has(folded[0] ?? '') && rawTokens.length >= 2;
  if (titled) {
    tokens = rawTokens.slice(1);
    foldedTokens = folded.slice(1);
  }
  const allUpper = tokens.every((token) => isUpper(token) || token.length === 1);
  const firstIndexes = foldedTokens.flatMap((token, index) => (isNameToken(token) ? [index] : []));

  if (tokens.length === 1) {
    const single = foldedTokens[0] ?? '';
    const first = isNameToken(single);
    return {
      firstName: first && !titled,
      firstNameIsWord: first && FIRST_NAMES_THAT_ARE_WORDS.has(single),
      surnameShape: !first && (isUpper(tokens[0] ?? '') || titled),
      capitalised: !first && !titled && isCapitalisedName(tokens),
      fullName: titled,
      surnameFirst: false,
      notPerson: false,
    };
  }

  if (!titled && tokens.length <= 3 && firstIndexes.length === tokens.length) {
    // Many surnames are also first names (MARTIN, THOMAS, ROBERT): two name tokens are a person.
    const allWords = foldedTokens.every((token) => FIRST_NAMES_THAT_ARE_WORDS.has(token));
    return { ...EMPTY, fullName: !allWords };
  }
  const surnameShape = tokens.length <= 3 && (allUpper || titled) && firstIndexes.length === 0;
  let fullName = titled;
  let surnameFirst = false;
  if (!fullName && tokens.length <= 4 && firstIndexes.length > 0 && firstIndexes.length < tokens.length) {
    const at = firstIndexes[0] ?? 0;
    const firstIsWord = FIRST_NAMES_THAT_ARE_WORDS.has(foldedTokens[at] ?? '');
    const others = tokens.filter((_, index) => !firstIndexes.includes(index));
    const surnameUpper = others.length > 0 && others.every((token) => isUpper(token) || token.length <= 3);
    if (at === 0) {
      // `Jean DUPONT`, `JEAN DUPONT`, `Jean Dupont`, `Marie Da Silva`.
      const surnameAfter = surnameUpper || tokens.length === 2 || isCapitalisedName(tokens.slice(1));
      fullName = surnameAfter ? !firstIsWord || surnameUpper : false;
    } else if (at === 1 && tokens.length === 2) {
      // `DUPONT Jean`, `DUPONT JEAN`: the surname comes first only in upper case.
      fullName = isUpper(tokens[0] ?? '') && !firstIsWord;
    } else if (at >= 1 && isUpper(tokens[0] ?? '') && !allUpper) {
      // `LE GALL Marie`, `DUPONT Jean-Pierre`.
      fullName = tokens.slice(0, at).every((token) => isUpper(token));
    }
    // `Dupont Jean`, `Da Silva Marie`: the first name last, after a surname in ordinary writing.
    surnameFirst = !fullName && at >= 1 && at === tokens.length - 1 && !firstIsWord && isCapitalisedName(tokens.slice(0, at));
  }
  const capitalised = !titled && !surnameShape && !fullName && tokens.length <= 3 && firstIndexes.length === 0 && isCapitalisedName(tokens);
  return { firstName: false, firstNameIsWord: false, surnameShape, capitalised, fullName, surnameFirst, notPerson: false };
}

/** Every token capitalised or a particle, and at least one capitalised. */
function isCapitalisedName(tokens: readonly string[]): boolean {
  return tokens.every((token) => CAPITALISED_TOKEN.test(token)) && tokens.some((token) => /^\p{Lu}/u.test(token));
}
