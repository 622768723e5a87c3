/**
 * Turns a code of the metadata area into its French and English sentences, filling `{name}`
 * placeholders, so that validation issues and licence warnings carry text ready to show.
 */
import { metadataMessages } from '../i18n/messages/metadata.js';

/** The sentences of a code, placeholders filled; the code itself when no sentence exists. */
export function metadataText(code: string, params: Record<string, string | number> = {}): { fr: string; en: string } {
  const entry = metadataMessages[code];
  if (!entry) return { fr: code, en: code };
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { fr: fill(entry.fr), en: fill(entry.en) };
}
