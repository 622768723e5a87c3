/**
 * Personal data inside free text (comments, observations, titles): e-mails, phones, NIR, IBAN
 * and titled names (`Mme Durand`, `Monsieur Jean DUPONT`), located by character offsets so that
 * the redaction step can blank them out. Reference §1.5.
 */

import { ibanIsValid } from './bank-account.js';
import { emailIsValid, isRoleMailbox } from './email.js';
import { nirIsValid } from './nir.js';
import { parseFrenchPhone } from './phone.js';

/** The kinds of span found in free text. */
export type PersonalSpanKind = 'email' | 'phone' | 'nir' | 'iban' | 'titled-name';

/** One span: `text.slice(start, end)` is the personal data. */
export interface PersonalSpan {
  start: number;
  end: number;
  kind: PersonalSpanKind;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;
const PHONE = /(?:(?:\+|00)33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;
const NIR = /\b[1-478]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[ABab])\s?\d{3}\s?\d{3}\s?\d{2}\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[0-9A-Z]{4}){3,7}(?:\s?[0-9A-Z]{1,4})?\b/g;
const NAME_WORD = "[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+";
const TITLED = new RegExp(
  `\\b(?:M\\.|Mr\\.?|MM\\.|Mme|Mmes|Mlle|Melle|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Dr\\.?|Docteur|Ma[iî]tre|Me|Veuve|Vve|Consorts|Indivision|H[ée]ritiers)\\s+(?:${NAME_WORD}\\s+){0,2}${NAME_WORD}`,
  'g',
);

function collect(text: string, pattern: RegExp, kind: PersonalSpanKind, accept: (match: string) => boolean, into: PersonalSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (accept(match[0])) into.push({ start: match.index, end: match.index + match[0].length, kind });
  }
}

/** Words that follow a civility without naming anyone (`Madame la Maire`, `Monsieur le Président`). */
const NOT_A_NAME = /^(?:le|la|les|l'|l’)\s/i;

/**
 * Finds the personal data in a text, in order of position, without overlaps (the first kind
 * found at a position wins: e-mail, IBAN, NIR, phone, titled name). Role mailboxes are kept.
 */
export function findPersonalSpans(text: string): PersonalSpan[] {
  if (text.length < 6) return [];
  const spans: PersonalSpan[] = [];
  if (text.includes('@')) collect(text, EMAIL, 'email', (match) => emailIsValid(match) && !isRoleMailbox(match), spans);
  if (/\d/.test(text)) {
    collect(text, IBAN, 'iban', (match) => ibanIsValid(match), spans);
    collect(text, NIR, 'nir', (match) => nirIsValid(match), spans);
    collect(text, PHONE, 'phone', (match) => parseFrenchPhone(match) !== null, spans);
  }
  collect(text, TITLED, 'titled-name', (match) => !NOT_A_NAME.test(match.replace(/^\S+\s+/, '')), spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalSpan[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
