import type { AppErrorPayload } from '../api/result.js';
import { coreMessages } from './messages/core.js';
import { filesMessages } from './messages/files.js';
import { historyMessages } from './messages/history.js';
import { metadataMessages } from './messages/metadata.js';
import { publishMessages } from './messages/publish.js';
import { scanMessages } from './messages/scan.js';
import { decisionsMessages } from './messages/decisions.js';
import { workbookMessages } from './messages/workbook.js';
import { workspaceMessages } from './messages/workspace.js';
import { formatMessage } from './format-message.js';

/** The UI languages: French first, English second. */
export type Locale = 'fr' | 'en';

/** Every error code's sentence, gathered from each area's message file. */
export const ERROR_MESSAGES: Record<string, { fr: string; en: string }> = {
  ...filesMessages,
  ...workbookMessages,
  ...metadataMessages,
  ...historyMessages,
  ...scanMessages,
  ...publishMessages,
  ...decisionsMessages,
  ...workspaceMessages,
  // Generic codes (jobs, API, disk) keep their generic sentence whatever an area wrote.
  ...coreMessages,
};

/** The Intl locale of a UI language. */
export function intlLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/**
 * The clerk's sentence for an error: the code's message with its details filled in. An unknown
 * code still gives a readable sentence, never a raw code alone.
 */
export function errorMessage(error: AppErrorPayload, locale: Locale = 'fr'): string {
  const entry = ERROR_MESSAGES[error.code] ?? ERROR_MESSAGES.internal;
  const template = entry ? entry[locale] : error.code;
  return formatMessage(template, error.details ?? {}, intlLocale(locale));
}
