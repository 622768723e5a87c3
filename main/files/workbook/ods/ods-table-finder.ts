/** ODF's table namespace, whose prefix names the `<…:table>` elements. */
const TABLE_NAMESPACE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

/**
 * The prefix `content.xml` binds to the table namespace (always `table` in practice, but any is
 * valid), read from the root element in the first bytes.
 */
export function tablePrefixOf(head: Buffer): string | null {
  const text = head.toString('latin1', 0, Math.min(head.length, 1 << 20));
  const match = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${TABLE_NAMESPACE.replace(/\./g, '\\.')}["']`).exec(text);
  return match?.[1] ?? null;
}

/** A table open tag found in the bytes: its text and where it starts in the buffer given. */
export interface FoundTableTag {
  tag: string;
  start: number;
  buffer: Buffer;
}

/**
 * Finds `<table:table …>` open tags directly in the inflated bytes of `content.xml`, without
 * decoding or tokenizing what lies between: listing the sheets of a 100 000-row ODS, or reaching
 * its third sheet, then costs little more than inflating. A tag cut between two chunks is
 * completed from the next one.
 */
export class TableTagFinder {
  private readonly pattern: Buffer;
  private carry: Buffer = Buffer.alloc(0);

  constructor(prefix: string, private readonly maxTagBytes: number) {
    this.pattern = Buffer.from(`<${prefix}:table`, 'latin1');
  }

  /**
   * Scans a chunk; `onTag` returns true to stop (the rest of the buffer is then the caller's).
   * Returns whether a tag stopped the scan.
   */
  push(chunk: Buffer, onTag: (found: FoundTableTag) => boolean): boolean {
    const buffer = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    let position = 0;
    for (;;) {
      const at = buffer.indexOf(this.pattern, position);
      if (at < 0) {
        this.carry = Buffer.from(buffer.subarray(Math.max(position, buffer.length - this.pattern.length)));
        return false;
      }
      const next = buffer[at + this.pattern.length];
      if (next === undefined) {
        this.carry = Buffer.from(buffer.subarray(at));
        return false;
      }
      // `<table:table-row`, `<table:table-cell`… share the prefix: only a space or `>` ends the name.
      if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x3e && next !== 0x2f) {
        position = at + 1;
        continue;
      }
      const end = tagEnd(buffer, at + this.pattern.length);
      if (end < 0) {
        if (buffer.length - at > this.maxTagBytes) throw new Error('table tag too long');
        this.carry = Buffer.from(buffer.subarray(at));
        return false;
      }
      if (onTag({ tag: buffer.toString('utf8', at, end + 1), start: at, buffer })) return true;
      position = end + 1;
    }
  }
}

/** The index of the `>` closing a tag, outside quoted attribute values; -1 if not in the buffer. */
function tagEnd(buffer: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i += 1) {
    const byte = buffer[i];
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === 0x3e) {
      return i;
    } else if (byte === 0x22 || byte === 0x27) {
      quote = byte;
    }
  }
  return -1;
}
