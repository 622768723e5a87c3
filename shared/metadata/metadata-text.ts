/**
 * Turns a code of the metadata area into its French and English sentences, filling `{name}`
 * placeholders, so that validation issues and licence warnings carry text ready to show.
 */
import { metadataMessages } from '../i18n/messages/metadata.js';

/** A placeholder value: the same in both languages, or one per language. */
export type TextParam = string | number | { fr: string; en: string };

/** The sentences of a code, placeholders filled; the code itself when no sentence exists. */
export function metadataText(code: string, params: Record<string, TextParam> = {}): { fr: string; en: string } {
  const entry = metadataMessages[code];
  if (!entry) return { fr: code, en: code };
  const fill = (text: string, language: 'fr' | 'en'): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { fr: fill(entry.fr, 'fr'), en: fill(entry.en, 'en') };
}
