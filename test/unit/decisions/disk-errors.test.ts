import { describe, expect, it } from 'vitest';
import { diskError } from '../../../main/export/atomic-file.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

describe('write failures, as the clerk reads them', () => {
  it('tells a full disk from a locked target and from any other failure, naming only the file', () => {
    expect(diskError(errno('ENOSPC'), '/home/agent/Bureau/sortie.csv')).toMatchObject({ code: 'disk.full', details: { file: 'sortie.csv' } });
    expect(diskError(errno('EDQUOT'), '/x/sortie.csv')).toMatchObject({ code: 'disk.full' });
    for (const code of ['EBUSY', 'EPERM', 'EACCES', 'EROFS']) {
      expect(diskError(errno(code), 'C:\\Users\\agent\\sortie.csv')).toMatchObject({ code: 'disk.target-locked' });
    }
    expect(diskError(errno('ENOENT'), '/x/sortie.csv')).toMatchObject({ code: 'export.folder-missing' });
    expect(diskError(errno('EIO'), '/x/sortie.csv')).toMatchObject({ code: 'disk.write-failed' });
  });
});
