import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.js';
import { inspectFile } from '../../../main/files/open-table.js';
import { tableChecks, type LabelledTable } from './corpus-labels.js';

const corpus = path.resolve(process.cwd(), '../shared/corpus');
const labels = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8')) as { files: LabelledTable[] };

/** The share of checks that must agree with the labels (issue 3). */
const REQUIRED_SHARE = 0.95;

async function checkEntry(label: LabelledTable): Promise<Record<string, boolean>> {
  const file = path.join(corpus, label.path);
  if (label.expect === 'error') {
    try {
      await inspectFile(file);
      return { error: false };
    } catch (error) {
      const expected = /password/i.test(label.reason ?? '') ? 'file.encrypted' : null;
      return { error: isAppError(error) && (expected === null || error.code === expected) };
    }
  }
  if (label.expect === 'no-table') {
    const info = await inspectFile(file);
    const sheet = info.sheets.find((s) => s.name === label.sheet);
    return { noTable: sheet !== undefined && !sheet.hasTable };
  }
  const info = await inspectFile(file, label.sheet === null ? {} : { sheet: label.sheet });
  return tableChecks(label, info);
}

describe('the development corpus, read as the labels say', () => {
  it(`agrees with at least ${REQUIRED_SHARE * 100} % of the labelled facts`, async () => {
    let agreed = 0;
    let total = 0;
    let wholeEntries = 0;
    const disagreements: string[] = [];
    for (const label of labels.files) {
      let checks: Record<string, boolean>;
      try {
        checks = await checkEntry(label);
      } catch (error) {
        checks = { opened: false };
        disagreements.push(`${label.path} [${label.sheet ?? ''}]: ${isAppError(error) ? error.code : String(error)}`);
      }
      const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
      total += Object.keys(checks).length;
      agreed += Object.keys(checks).length - failed.length;
      if (failed.length === 0) wholeEntries++;
      else disagreements.push(`${label.path} [${label.sheet ?? ''}]: ${failed.join(', ')}`);
    }
    const share = agreed / total;
    console.log(
      `corpus: ${agreed}/${total} checks agree (${(share * 100).toFixed(1)} %); ` +
        `${wholeEntries}/${labels.files.length} tables agree on everything` +
        (disagreements.length > 0 ? `\n  ${disagreements.join('\n  ')}` : ''),
    );
    expect(share).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
