import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../main/db/backup.js';

describe('backup rotation', () => {
  const at = (day: number, hour: number): { fileName: string; createdAt: string } => {
    const createdAt = new Date(2025, 4, day, hour).toISOString();
    return { fileName: `b-${day}-${hour}`, createdAt };
  };

  it('keeps the 3 latest of today and the latest of each earlier day', () => {
    const backups = [at(3, 8), at(3, 10), at(3, 12), at(3, 14), at(2, 9), at(2, 17), at(1, 11)];
    expect(backupsToKeep(backups, new Date(2025, 4, 3, 15))).toEqual(['b-3-14', 'b-3-12', 'b-3-10', 'b-2-17', 'b-1-11']);
  });

  it('keeps 10 in all, the newest', () => {
    const backups = Array.from({ length: 20 }, (_, i) => at(i + 1, 12));
    const kept = backupsToKeep(backups, new Date(2025, 4, 20, 13));
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe('b-20-12');
    expect(kept[9]).toBe('b-11-12');
  });
});
