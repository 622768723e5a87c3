import { AppError, isAppError } from '../../shared/errors.js';
import { ERROR_MESSAGES } from '../../shared/i18n/error-messages.js';
import { formatMessage } from '../../shared/i18n/format-message.js';
import { filesMessages } from '../../shared/i18n/messages/files.js';
import { workbookMessages } from '../../shared/i18n/messages/workbook.js';
import type { ReadOptions } from '../../shared/table/table-info.js';
import { inspectFile } from '../files/open-table.js';
import { inspectionJson } from './inspection-json.js';
import { inspectionSummary } from './inspection-summary.js';
import { personalColumnExtras } from '../scan/personal-columns.js';
import { inspectAndScan } from '../scan/scan-opened-table.js';

const USAGE = 'Usage\u00a0: atelier inspect FICHIER [--sheet NOM] [--header-row N] [--encoding LIBELLÉ] [--delimiter C] [--json]';

/** Exit codes: 0 success, 2 file unreadable or bad usage. */
const EXIT_OK = 0;
const EXIT_FAILED = 2;

interface InspectArguments {
  file: string;
  options: ReadOptions;
  json: boolean;
}

function parseArguments(args: string[]): InspectArguments {
  const [command, ...rest] = args;
  if (command !== 'inspect') throw new AppError('cli.usage', { usage: USAGE });
  const options: ReadOptions = {};
  let file: string | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new AppError('cli.usage', { usage: USAGE });
      return v;
    };
    if (flag === '--json') json = true;
    else if (flag === '--sheet') options.sheet = value();
    else if (flag === '--encoding') options.encoding = value();
    else if (flag === '--delimiter') options.delimiter = value();
    else if (flag === '--header-row') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new AppError('cli.usage', { usage: USAGE });
      options.headerRow = n;
    } else if (!flag.startsWith('--') && file === undefined) file = flag;
    else throw new AppError('cli.usage', { usage: USAGE });
  }
  if (file === undefined) throw new AppError('cli.usage', { usage: USAGE });
  return { file, options, json };
}

/** The French sentence for an error, from the message catalogues. */
function frenchMessage(error: AppError): string {
  const catalogue = { ...workbookMessages, ...filesMessages, ...ERROR_MESSAGES };
  const entry = catalogue[error.code] ?? catalogue.internal;
  return entry ? formatMessage(entry.fr, error.details ?? {}, 'fr-FR') : error.code;
}

/**
 * Runs `atelier` with its arguments and returns the exit code: `inspect FILE` prints the JSON
 * object of issue 3 (`--json`) or a French summary; an unreadable file prints
 * `{ "error": { "code", "message" } }` (or the message alone) and exits 2.
 */
export async function runAtelier(args: string[], out: (text: string) => void = (t) => process.stdout.write(t + '\n')): Promise<number> {
  const json = args.includes('--json');
  try {
    const request = parseArguments(args);
    if (request.json) {
      // Issue 4: each column gets a `personal` member, from the scan of the same opened table.
      const { info, report } = await inspectAndScan(request.file, request.options);
      out(JSON.stringify(inspectionJson(info, { columns: personalColumnExtras(info.columns.length, report.findings) }), null, 2));
    } else {
      out(inspectionSummary(await inspectFile(request.file, request.options)));
    }
    return EXIT_OK;
  } catch (caught) {
    const error = isAppError(caught) ? caught : new AppError('internal', {}, { cause: caught });
    const message = frenchMessage(error);
    out(json ? JSON.stringify({ error: { code: error.code, message } }, null, 2) : message);
    return EXIT_FAILED;
  }
}
