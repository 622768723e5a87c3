/**
 * Masked examples for the evidence shown to the clerk: enough to recognise the kind of value,
 * never the clear value (`2 84 ** ** *** *** 37`, `j****@exemple.fr`, `06 ** ** ** 78`).
 */

/** Keeps the first `head` and last `tail` visible characters, stars in between, spacing kept. */
function starMiddle(value: string, head: number, tail: number): string {
  const visible = [...value].filter((char) => /[\p{L}\p{N}]/u.test(char)).length;
  let seen = 0;
  let out = '';
  for (const char of value) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      out += seen < head || seen >= visible - tail ? char : '*';
      seen += 1;
    } else {
      out += char;
    }
  }
  return out;
}

/** A NIR in its printed grouping with only the sex digit, birth year and key visible. */
function maskNir(value: string): string {
  const compact = value.replace(/[\s.]/g, '');
  if (compact.length !== 15) return starMiddle(value, 1, 2);
  return `${compact.slice(0, 1)} ${compact.slice(1, 3)} ** ** *** *** ${compact.slice(13)}`;
}

function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at < 1) return starMiddle(value, 1, 0);
  return `${value.slice(0, 1)}${'*'.repeat(Math.min(6, at - 1))}${value.slice(at)}`;
}

function maskWords(value: string): string {
  return value
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) || part.length <= 1 ? part : `${part.slice(0, 1)}${'*'.repeat(Math.min(6, part.length - 1))}`))
    .join('');
}

/** How a category's example is masked. */
export type MaskStyle = 'nir' | 'email' | 'words' | 'identifier' | 'date' | 'coordinates';

/** Masks one example value for display; the result never holds more than a few clear characters. */
export function maskExample(value: string, style: MaskStyle): string {
  const text = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  switch (style) {
    case 'nir':
      return maskNir(text);
    case 'email':
      return maskEmail(text);
    case 'words':
      return maskWords(text);
    case 'date':
      // The year stays visible, whatever the writing: `**/**/1985`, `1985-**-**`, `1985****`.
      if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}****`;
      if (/^\d{4}-/.test(text)) return `${text.slice(0, 4)}${text.slice(4).replace(/\d/g, '*')}`;
      return text.replace(/\d/g, (digit, offset: number) => (offset >= text.length - 4 && /\d{4}$/.test(text) ? digit : '*'));
    case 'coordinates':
      return text.replace(/(\d+[.,]\d{2})\d+/g, '$1**');
    case 'identifier':
      return starMiddle(text, 2, 2);
  }
}
