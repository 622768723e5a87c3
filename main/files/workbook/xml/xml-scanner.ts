/**
 * Receives the elements a scanner finds. Names are local names (`x:row` and `row` alike, since
 * writers pick prefixes freely); an open tag is given as `source[start..end)` so attributes are
 * read only by the handlers that want them, without copying the tag.
 */
export interface XmlHandler {
  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data (entities not yet decoded), only while `wantText` is set. */
  text(raw: string): void;
}

/**
 * A small streaming XML tokenizer for the few elements spreadsheet parts need. It is fed text
 * chunks of any size, keeps only an unfinished tag or text run between chunks, and never reads a
 * DTD: `<!DOCTYPE>` is skipped whole and entities other than the five predefined ones and
 * character references stay as written, so entity expansion attacks have nothing to expand.
 */
export class XmlScanner {
  /** Set by the handler while it wants the character data of the current element. */
  wantText = false;
  private rest = '';
  private skipMarker: RegExp | null = null;
  private stopped = false;

  private handler: XmlHandler = IGNORE_ALL;

  constructor(
    private readonly maxPending: number,
    private readonly onOverflow: () => Error,
  ) {}

  /** Gives the scanner the handler that will receive its events (it may need the scanner first). */
  attach(handler: XmlHandler): void {
    this.handler = handler;
  }

  /**
   * Jumps, without tokenizing, to the tag holding the next match of `marker` (a plain string, or
   * a pattern for a tag name followed by space or `>`), as a regular-expression search is far
   * cheaper than tokenizing what lies between.
   */
  skipUntil(marker: string | RegExp): void {
    this.skipMarker = typeof marker === 'string' ? new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(marker.source, 'g');
  }

  /** Ends the scan: later chunks are ignored. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  feed(chunk: string): void {
    if (this.stopped) return;
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    const handler = this.handler;
    const length = s.length;
    let pos = 0;
    while (!this.stopped) {
      if (this.skipMarker !== null) {
        this.skipMarker.lastIndex = pos;
        const at = this.skipMarker.exec(s)?.index ?? -1;
        if (at < 0) {
          // Keep a tail long enough for a marker cut between two chunks.
          pos = Math.max(pos, length - 256);
          this.rest = s.slice(pos);
          return;
        }
        const lt = s.lastIndexOf('<', at);
        pos = lt >= pos ? lt : at;
        this.skipMarker = null;
      }
      const lt = s.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) {
        if (this.wantText) handler.text(s.slice(pos, lt));
        pos = lt;
      }
      if (lt + 1 >= length) break;
      const first = s.charCodeAt(lt + 1);
      if (first === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) break;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && s.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
        handler.close(localName(s, lt + 2, nameEnd));
        pos = gt + 1;
        continue;
      }
      if (first === 33 /* ! */ || first === 63 /* ? */) {
        const end = this.specialEnd(s, lt);
        if (end < 0) break;
        pos = end;
        continue;
      }
      // An open tag: where its name ends, then its end outside quoted attribute values (the
      // values themselves are jumped over with indexOf rather than walked).
      let nameEnd = lt + 1;
      while (nameEnd < length) {
        const c = s.charCodeAt(nameEnd);
        if (c <= 32 || c === 47 || c === 62) break;
        nameEnd += 1;
      }
      let gt = -1;
      let i = nameEnd;
      while (i < length) {
        const c = s.charCodeAt(i);
        if (c === 62 /* > */) {
          gt = i;
          break;
        }
        if (c === 34 || c === 39) {
          const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close < 0) break;
          i = close + 1;
        } else {
          i += 1;
        }
      }
      if (gt < 0) break;
      handler.open(localName(s, lt + 1, nameEnd), s, lt, gt + 1, s.charCodeAt(gt - 1) === 47);
      pos = gt + 1;
    }
    if (this.stopped) return;
    // Keep an unfinished tag, or a text run the handler is waiting for.
    this.rest = pos < length && (this.wantText || s.charCodeAt(pos) === 60) ? s.slice(pos) : '';
    if (this.rest.length > this.maxPending) throw this.onOverflow();
  }

  /** Where a comment, CDATA section, processing instruction or declaration ends; -1 if later. */
  private specialEnd(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      // Re-escape so the handler's entity decoding gives the CDATA text back unchanged.
      if (this.wantText) this.handler.text(s.slice(lt + 9, end).replace(/&/g, '&amp;'));
      return end + 3;
    }
    if (s.charCodeAt(lt + 1) === 63) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    // <!DOCTYPE …> and other declarations, with an internal subset in brackets skipped unread.
    const gt = s.indexOf('>', lt + 2);
    const bracket = s.indexOf('[', lt + 2);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = s.indexOf(']', bracket);
      if (close < 0) return -1;
      const end = s.indexOf('>', close);
      return end < 0 ? -1 : end + 1;
    }
    return gt < 0 ? -1 : gt + 1;
  }

  /** Checks the part did not end inside a tag (a skip that found nothing more is fine). */
  finish(): boolean {
    return this.stopped || this.skipMarker !== null || this.rest.trim().length === 0 || this.wantText;
  }
}

const IGNORE_ALL: XmlHandler = { open: () => undefined, close: () => undefined, text: () => undefined };

function localName(s: string, start: number, end: number): string {
  for (let i = start; i < end; i += 1) {
    if (s.charCodeAt(i) === 58 /* : */) return s.slice(i + 1, end);
  }
  return s.slice(start, end);
}
