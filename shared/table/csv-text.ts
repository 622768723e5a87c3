/** What ends a CSV record: LF (with or without CR before it) or a lone CR (old Mac files). */
export type RecordTerminator = '\n' | '\r';

/** The delimiters Atelier recognises, in the order preferred when two fit equally well. */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * Reads CSV records from decoded text that holds whole records only (the reader cuts the file
 * where quotes are balanced). A quote toggles quoting wherever it stands and `""` inside quotes
 * is a quote, so that record ends are exactly the line breaks met with an even number of
 * quotes before them — the same rule the byte-level reader uses to cut the file. Stops early
 * when `onRecord` returns false; returns the number of records read.
 */
export function parseCsvText(text: string, delimiter: string, terminator: RecordTerminator, onRecord: (fields: string[]) => boolean | void): number {
  const n = text.length;
  let pos = 0;
  let records = 0;
  let nextQuote = text.indexOf('"');
  while (pos < n) {
    let end = text.indexOf(terminator, pos);
    if (end === -1) end = n;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    let fields: string[];
    if (nextQuote === -1 || nextQuote >= end) {
      let lineEnd = end;
      if (terminator === '\n' && lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      fields = text.slice(pos, lineEnd).split(delimiter);
      pos = end + 1;
    } else {
      const parsed = parseQuotedRecord(text, pos, delimiter, terminator);
      fields = parsed.fields;
      pos = parsed.next;
    }
    records++;
    if (onRecord(fields) === false) break;
  }
  return records;
}

function parseQuotedRecord(text: string, start: number, delimiter: string, terminator: RecordTerminator): { fields: string[]; next: number } {
  const fields: string[] = [];
  const n = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const terminatorCode = terminator.charCodeAt(0);
  let field = '';
  let runStart = start;
  let inQuotes = false;
  let i = start;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      field += text.slice(runStart, i);
      if (inQuotes && text.charCodeAt(i + 1) === 34) {
        field += '"';
        i++;
      } else {
        inQuotes = !inQuotes;
      }
      runStart = i + 1;
    } else if (!inQuotes && c === delimiterCode) {
      fields.push(field + text.slice(runStart, i));
      field = '';
      runStart = i + 1;
    } else if (!inQuotes && c === terminatorCode) {
      break;
    }
  }
  let last = field + text.slice(runStart, i);
  if (terminator === '\n' && last.endsWith('\r') && !inQuotes) last = last.slice(0, -1);
  fields.push(last);
  return { fields, next: i + 1 };
}

/**
 * Where record `count` starts in decoded text holding whole records: the records before it are
 * passed over without being cut into fields, by the rule of `parseCsvText` — a record ends at
 * the first line break with an even number of quotes since its start. Returns `text.length`
 * when the text holds fewer records.
 */
export function skipCsvRecords(text: string, count: number, terminator: RecordTerminator): number {
  const n = text.length;
  let pos = 0;
  let nextQuote = text.indexOf('"');
  for (let skipped = 0; skipped < count && pos < n; skipped++) {
    let end = text.indexOf(terminator, pos);
    if (end === -1) return n;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote !== -1 && nextQuote < end) {
      let quotes = 0;
      for (;;) {
        while (nextQuote !== -1 && nextQuote < end) {
          quotes++;
          nextQuote = text.indexOf('"', nextQuote + 1);
        }
        if (quotes % 2 === 0) break;
        end = text.indexOf(terminator, end + 1);
        if (end === -1) return n;
      }
    }
    pos = end + 1;
  }
  return Math.min(pos, n);
}

/** LF when the text has any, else CR when it has any (CR-only files), else LF. */
export function detectTerminator(text: string): RecordTerminator {
  if (text.includes('\n')) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/**
 * Picks the delimiter from the first records: the candidate that splits the most records into
 * the same number of fields (two or more) wins; quoted fields are respected, so commas inside
 * quotes do not count. Returns the first preferred delimiter when none splits anything.
 */
export function sniffDelimiter(text: string, terminator: RecordTerminator, maxRecords = 200): string {
  let best: string = CSV_DELIMITERS[0];
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = new Map<number, number>();
    let records = 0;
    parseCsvText(text, delimiter, terminator, (fields) => {
      if (fields.length === 1 && fields[0]!.trim() === '') return records < maxRecords;
      counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
      records++;
      return records < maxRecords;
    });
    if (records === 0) continue;
    let modeFields = 1;
    let modeCount = 0;
    for (const [fields, count] of counts) {
      if (fields > 1 && (count > modeCount || (count === modeCount && fields > modeFields))) {
        modeFields = fields;
        modeCount = count;
      }
    }
    if (modeFields < 2) continue;
    // Share of records agreeing on the field count, slightly favouring more fields on a tie.
    const score = modeCount / records + Math.min(modeFields, 50) / 10_000;
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
