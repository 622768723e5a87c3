import { describe, expect, it } from 'vitest';
import { ChunkIndex } from '../../../main/files/csv/chunk-index.js';
import { lastRecordEnd } from '../../../main/files/csv/record-cut.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const single = { unit: 1, littleEndian: true } as const;

describe('cutting a CSV file where a record ends', () => {
  it('cuts after the last line break', () => {
    const b = bytes('a;b\n1;2\n3;');
    expect(lastRecordEnd(b, 0, b.length, 0x0a, single)).toBe(8);
  });
  it('never cuts inside quotes, even with doubled quotes', () => {
    const b = bytes('a;b\n1;"x\ny ""z"" \n');
    expect(lastRecordEnd(b, 0, b.length, 0x0a, single)).toBe(4);
    const closed = bytes('a;b\n1;"x\ny"\n2;"open\n');
    expect(lastRecordEnd(closed, 0, closed.length, 0x0a, single)).toBe(12);
  });
  it('says when no record ends in the range', () => {
    const b = bytes('"a\nb\nc');
    expect(lastRecordEnd(b, 0, b.length, 0x0a, single)).toBe(-1);
  });
  it('reads UTF-16 units, not stray bytes', () => {
    // U+0A22 holds a 0x0A byte: it is no line break.
    const b = new Uint8Array(Buffer.from('a\u0a22b\nc\u0a22', 'utf16le'));
    expect(lastRecordEnd(b, 0, b.length, 0x0a, { unit: 2, littleEndian: true })).toBe(8);
  });
});

describe('the block index', () => {
  it('finds the block holding a record', () => {
    const index = new ChunkIndex();
    for (let i = 0; i < 1000; i++) index.add(i * 100, i * 10);
    index.records = 10_000;
    index.endOffset = 100_000;
    expect(index.blockOf(0)).toBe(0);
    expect(index.blockOf(9)).toBe(0);
    expect(index.blockOf(10)).toBe(1);
    expect(index.blockOf(9999)).toBe(999);
    expect(index.blockOf(10_000)).toBe(-1);
    expect(index.block(999)).toEqual({ start: 99_900, end: 100_000, firstRecord: 9990 });
  });
});
