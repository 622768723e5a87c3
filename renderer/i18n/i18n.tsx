import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { AppErrorPayload } from '../../shared/api/result.js';
import type { Locale } from '../../shared/i18n/error-messages.js';
import { errorMessage, intlLocale } from '../../shared/i18n/error-messages.js';
import type { MessageParams } from '../../shared/i18n/format-message.js';
import { formatMessage } from '../../shared/i18n/format-message.js';
import { en } from './catalogue-en.js';
import type { MessageKey } from './catalogue-fr.js';
import { fr } from './catalogue-fr.js';

/** What components use to speak the clerk's language. */
export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  error(error: AppErrorPayload): string;
  number(value: number): string;
  date(iso: string): string;
}

function makeI18n(locale: Locale): I18n {
  const intl = intlLocale(locale);
  const numbers = new Intl.NumberFormat(intl);
  const dates = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short' });
  return {
    locale,
    t: (key, params) => formatMessage((locale === 'en' ? en[key] : undefined) ?? fr[key], params, intl),
    error: (error) => errorMessage(error, locale),
    number: (value) => numbers.format(value),
    date: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n('fr'));

/** Provides the catalogue of the chosen language to the tree below. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's helpers. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Shorthand for `useI18n().t`. */
export function useT(): I18n['t'] {
  const { t } = useI18n();
  return useCallback<I18n['t']>((key, params) => t(key, params), [t]);
}
