import { describe, expect, it } from 'vitest';
import { newDraftContent, recordScan } from '../../../shared/decisions/draft-changes.js';
import { flaggedColumns } from '../../../shared/decisions/gate-rules.js';
import { flagProtected, unflagProtected } from '../../../shared/decisions/protected-flags.js';
import type { DraftColumn } from '../../../shared/decisions/draft-content.js';

const columns: DraftColumn[] = [
  { index: 0, name: 'equipement', type: 'text' },
  { index: 1, name: 'code_alarme', type: 'code' },
];
const scanned = recordScan(newDraftContent('sites.csv', {}), columns, [], []);

describe('the clerk flags a column as covered by a secret', () => {
  it('adds a protected finding with its legal ground, which the gate then requires a decision for', () => {
    const flagged = flagProtected(scanned, 1, 'crpa-l311-5-2-d');
    expect(flagged.findings).toEqual([
      expect.objectContaining({ columnIndex: 1, columnName: 'code_alarme', category: 'protected', legalGround: 'crpa-l311-5-2-d', origin: 'clerk' }),
    ]);
    expect(flagged.findings[0]?.reason).toContain('CRPA L311-5 2° d');
    expect(flaggedColumns(flagged).map((column) => column.columnName)).toEqual(['code_alarme']);
  });

  it('replaces an earlier flag of the same column, and can be withdrawn', () => {
    const twice = flagProtected(flagProtected(scanned, 1, 'crpa-l311-5-2-d'), 1, 'crpa-l311-6-1-business');
    expect(twice.findings.map((finding) => finding.legalGround)).toEqual(['crpa-l311-6-1-business']);
    expect(unflagProtected(twice, 1).findings).toEqual([]);
  });

  it('ignores an unknown column or ground', () => {
    expect(flagProtected(scanned, 7, 'crpa-l311-5-2-d')).toBe(scanned);
    expect(flagProtected(scanned, 1, 'secret-inventé')).toBe(scanned);
  });

  it('survives a new scan while the column keeps its place and name, not otherwise', () => {
    const flagged = flagProtected(scanned, 1, 'crpa-l311-5-2-d');
    expect(recordScan(flagged, columns, [], []).findings).toHaveLength(1);
    const renamed: DraftColumn[] = [columns[0] as DraftColumn, { index: 1, name: 'commentaire', type: 'text' }];
    expect(recordScan(flagged, renamed, [], []).findings).toHaveLength(0);
  });
});
