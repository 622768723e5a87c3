/**
 * Personal-data detection measured on the development corpus (`../shared/corpus/labels.json`):
 * recall on the columns labelled `yes` (goal 100 %) and precision over all flagged columns (goal
 * ≥ 90 %). A column counts as flagged when it has any finding — what the `personal` member of
 * `atelier inspect --json` shows, quasi-identifier marks included (they are only given in tables
 * whose rows are persons). `maybe` columns count neither way.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonalDataFinding } from '../../../shared/detect/finding.js';
import { openTable } from '../../../main/files/open-table.js';
import { scanOpenedTable } from '../../../main/scan/scan-opened-table.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');

interface LabelledColumn {
  name: string | null;
  personal: 'yes' | 'maybe' | 'no';
}

interface LabelledFile {
  path: string;
  sheet: string | null;
  expect: string;
  columns?: LabelledColumn[];
}

/** Whether a finding flags its column (see the file comment). */
function flags(finding: PersonalDataFinding): boolean {
  // Statistical secrecy of aggregated tables is not personal data of a column: labels do not speak of it.
  return finding.category !== 'small-count';
}

describe('personal-data detection on the development corpus', () => {
  it('finds every personal column (recall 100 %) with precision ≥ 90 %', async () => {
    const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as { files: LabelledFile[] };
    let yes = 0;
    let truePositives = 0;
    let falsePositives = 0;
    const misses: string[] = [];
    const wrongFlags: string[] = [];
    for (const file of labels.files) {
      if (file.expect !== 'table' || !file.columns) continue;
      const table = await openTable(path.join(CORPUS, file.path), file.sheet ? { sheet: file.sheet } : {});
      let findings: PersonalDataFinding[];
      try {
        findings = (await scanOpenedTable(table)).findings;
      } finally {
        await table.close();
      }
      const flagged = new Map(findings.filter(flags).map((finding) => [finding.columnIndex, finding]));
      file.columns.forEach((column, index) => {
        const finding = flagged.get(index);
        const where = `${file.path}${file.sheet ? ` [${file.sheet}]` : ''} « ${column.name ?? `colonne ${String(index + 1)}`} »`;
        if (column.personal === 'yes') {
          yes += 1;
          if (finding) truePositives += 1;
          else misses.push(where);
        } else if (column.personal === 'no' && finding) {
          falsePositives += 1;
          wrongFlags.push(`${where}: ${finding.category} — ${finding.reason}`);
        }
      });
    }
    const recall = yes === 0 ? 1 : truePositives / yes;
    const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
    console.log(`Détection des données personnelles — rappel ${(recall * 100).toFixed(1)} % (${String(truePositives)}/${String(yes)}), précision ${(precision * 100).toFixed(1)} % (${String(falsePositives)} faux positifs)`);
    for (const miss of misses) console.log(`  manqué : ${miss}`);
    for (const wrong of wrongFlags) console.log(`  faux positif : ${wrong}`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
