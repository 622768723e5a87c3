/**
 * Counts the records of a CSV read in chunks, and reads its header, in constant memory: the
 * read-back of a published file (udata, CKAN) and the emulator's processing both need nothing
 * more. Quoted fields may hold delimiters and line breaks (RFC 4180).
 */
export class CsvRecordCounter {
  private readonly delimiter: string;
  private inQuotes = false;
  private started = false;
  private recordHasContent = false;
  private records = 0;
  private headerDone = false;
  private readonly header: string[] = [];
  private field = '';

  constructor(delimiter: string) {
    this.delimiter = delimiter;
  }

  /** Feeds the next piece of decoded text. */
  push(text: string): void {
    let start = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    for (let i = start; i < text.length; i++) {
      const char = text[i] as string;
      if (char === '"') {
        // `""` inside quotes toggles twice: the state stays right without look-ahead.
        this.inQuotes = !this.inQuotes;
        this.recordHasContent = true;
        if (!this.headerDone) this.field += char;
      } else if (!this.inQuotes && char === '\n') {
        this.endRecord();
      } else if (!this.inQuotes && char === '\r') {
        continue;
      } else {
        this.recordHasContent = true;
        if (!this.headerDone) {
          if (!this.inQuotes && char === this.delimiter) this.endHeaderField();
          else this.field += char;
        }
      }
    }
  }

  /** Ends the input and returns the header and the number of data records (header excluded). */
  finish(): { columns: string[]; rowCount: number } {
    if (this.recordHasContent) this.endRecord();
    return { columns: [...this.header], rowCount: Math.max(0, this.records - 1) };
  }

  private endRecord(): void {
    if (!this.recordHasContent) return;
    if (!this.headerDone) {
      this.endHeaderField();
      this.headerDone = true;
    }
    this.records++;
    this.recordHasContent = false;
  }

  private endHeaderField(): void {
    let value = this.field;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replaceAll('""', '"');
    }
    this.header.push(value);
    this.field = '';
  }
}
