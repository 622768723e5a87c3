/**
 * A small ICU MessageFormat subset for the catalogue: `{name}` placeholders and
 * `{count, plural, =0 {…} one {…} other {…}}` with `#` for the number, formatted in the locale, and
 * `{kind, select, a {…} other {…}}`.
 * No string concatenation in the UI (STYLE.md): sentences are whole in the catalogue.
 */
export type MessageParams = Record<string, string | number | boolean | null | undefined>;

function formatValue(value: MessageParams[string], locale: string): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Finds the end of the brace group opening at `start` (which holds `{`). */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The `key {text}` options of a plural or select argument. */
function parseOptions(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    const close = closingBrace(body, open);
    if (close < 0) break;
    options.set(key, body.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

function formatPlural(body: string, value: number, locale: string): string {
  const options = parseOptions(body);
  const chosen = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(locale).select(value)) ?? options.get('other') ?? '';
  return chosen.replace(/#/g, new Intl.NumberFormat(locale).format(value));
}

/** Formats a catalogue message with its parameters in the given locale (`fr-FR`, `en-GB`…). */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'fr-FR'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = closingBrace(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const [name = '', kind, ...rest] = inner.split(',');
    if (kind?.trim() === 'plural') {
      const value = Number(params[name.trim()] ?? 0);
      out += formatMessage(formatPlural(rest.join(','), value, locale), params, locale);
    } else if (kind?.trim() === 'select') {
      const options = parseOptions(rest.join(','));
      out += formatMessage(options.get(String(params[name.trim()])) ?? options.get('other') ?? '', params, locale);
    } else {
      out += formatValue(params[inner.trim()], locale);
    }
    i = close + 1;
  }
  return out;
}
