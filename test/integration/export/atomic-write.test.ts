import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../main/export/atomic-file.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-atomic-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Mounts a small tmpfs (Linux, as root): the only honest way to fill a disk or make one read-only in a test. */
function mountSmallDisk(target: string, options: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const canMount = (() => {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-mount-probe-'));
  const mounted = mountSmallDisk(probe, 'size=64k');
  if (mounted) execFileSync('umount', [probe]);
  fs.rmSync(probe, { recursive: true, force: true });
  return mounted;
})();

describe('atomic write', () => {
  it('replaces the target only once every byte is written', async () => {
    const target = path.join(dir, 'sortie.csv');
    fs.writeFileSync(target, 'ancien contenu');
    await writeFileAtomically(target, async (sink) => {
      await sink.write(bytes('a;b\r\n'));
      expect(fs.readFileSync(target, 'utf8')).toBe('ancien contenu');
      await sink.write(bytes('1;2\r\n'));
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('a;b\r\n1;2\r\n');
    expect(fs.readdirSync(dir)).toEqual(['sortie.csv']);
  });

  it('leaves the previous file and no temporary file when writing fails or the check refuses', async () => {
    const target = path.join(dir, 'sortie.csv');
    fs.writeFileSync(target, 'ancien contenu');
    await expect(writeFileAtomically(target, async (sink) => {
      await sink.write(bytes('début'));
      throw new Error('source illisible');
    })).rejects.toMatchObject({ code: 'disk.write-failed' });
    await expect(writeFileAtomically(target, (sink) => sink.write(bytes('nouveau')), async () => {
      throw Object.assign(new Error('refusé'), { name: 'AbortError' });
    })).rejects.toMatchObject({ code: 'job.cancelled' });
    expect(fs.readdirSync(dir)).toEqual(['sortie.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('ancien contenu');
  });

  it.skipIf(!canMount)('says the disk is full, and leaves nothing behind', async () => {
    const disk = path.join(dir, 'petit-disque');
    fs.mkdirSync(disk);
    expect(mountSmallDisk(disk, 'size=64k')).toBe(true);
    try {
      const target = path.join(disk, 'sortie.csv');
      await expect(writeFileAtomically(target, async (sink) => {
        for (let i = 0; i < 64; i++) await sink.write(Buffer.alloc(16 * 1024, 65));
      })).rejects.toMatchObject({ code: 'disk.full', details: { file: 'sortie.csv' } });
      expect(fs.readdirSync(disk)).toEqual([]);
    } finally {
      execFileSync('umount', [disk]);
    }
  });

  it.skipIf(!canMount)('says the target is locked when the folder cannot be written', async () => {
    const disk = path.join(dir, 'lecture-seule');
    fs.mkdirSync(disk);
    expect(mountSmallDisk(disk, 'ro,size=64k')).toBe(true);
    try {
      await expect(writeFileAtomically(path.join(disk, 'sortie.csv'), (sink) => sink.write(bytes('x'))))
        .rejects.toMatchObject({ code: 'disk.target-locked' });
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
