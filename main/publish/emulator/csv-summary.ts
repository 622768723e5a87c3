import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CsvRecordCounter } from '../../../shared/publish/csv-record-counter.js';

/** Reads a stored CSV in a stream and returns its header and record count, as a portal's processing would. */
export async function summariseCsv(path: string, delimiter: string): Promise<{ columns: string[]; rowCount: number }> {
  const counter = new CsvRecordCounter(delimiter);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of fs.createReadStream(path)) counter.push(decoder.write(chunk as Buffer));
  counter.push(decoder.end());
  return counter.finish();
}

/** Opendatasoft's field name for a column label: lowercase ASCII, `_` for anything else. */
export function odsFieldName(label: string): string {
  return (
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'field'
  );
}
