import { useCallback } from 'react';
import type { MessageParams } from '../../shared/i18n/format-message.js';
import { formatMessage } from '../../shared/i18n/format-message.js';
import { intlLocale } from '../../shared/i18n/error-messages.js';
import { useI18n } from './i18n.js';

/**
 * A screen's own sentences: French complete (the reference), English for every key it can. Each
 * screen keeps its catalogue beside it, so screens can grow without touching one shared file.
 */
export interface ScreenCatalogue<Key extends string> {
  fr: Record<Key, string>;
  en: Partial<Record<Key, string>>;
}

/** Declares a screen catalogue, keeping its keys as a type. */
export function defineCatalogue<Key extends string>(catalogue: ScreenCatalogue<Key>): ScreenCatalogue<Key> {
  return catalogue;
}

/** The translate function of a screen catalogue, in the current language (English falls back to French). */
export function useCatalogue<Key extends string>(catalogue: ScreenCatalogue<Key>): (key: Key, params?: MessageParams) => string {
  const { locale } = useI18n();
  return useCallback(
    (key: Key, params?: MessageParams) =>
      formatMessage((locale === 'en' ? catalogue.en[key] : undefined) ?? catalogue.fr[key], params, intlLocale(locale)),
    [catalogue, locale],
  );
}
