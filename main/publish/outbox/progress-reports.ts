/**
 * Upload progress of the items being published, reported to the UI at most once per interval
 * per item — and the latest figure always reported once its interval ends, so that an upload
 * that stalls after a throttled report still shows how far it got.
 */

/** How far an item's upload has gone. */
export interface UploadProgress {
  sent: number;
  total: number;
}

interface Entry extends UploadProgress {
  reportedAt: number;
  trailing: ReturnType<typeof setTimeout> | null;
}

export class ProgressReports {
  private readonly entries = new Map<number, Entry>();

  constructor(
    private readonly intervalMs: number,
    /** Reports item `id`'s progress (read back with `get`). */
    private readonly emit: (id: number) => void,
  ) {}

  /** The latest progress of item `id`, or null when it is not uploading. */
  get(id: number): UploadProgress | null {
    const entry = this.entries.get(id);
    return entry ? { sent: entry.sent, total: entry.total } : null;
  }

  /** Notes progress; reports it now when due (first, last, or an interval since the last report), else at the interval's end. */
  note(id: number, sent: number, total: number): void {
    const now = Date.now();
    const entry = this.entries.get(id);
    if (!entry || sent >= total || now - entry.reportedAt >= this.intervalMs) {
      if (entry?.trailing) clearTimeout(entry.trailing);
      this.entries.set(id, { sent, total, reportedAt: now, trailing: null });
      this.emit(id);
      return;
    }
    entry.sent = sent;
    entry.total = total;
    if (entry.trailing) return;
    entry.trailing = setTimeout(() => {
      entry.trailing = null;
      if (this.entries.get(id) !== entry) return;
      entry.reportedAt = Date.now();
      this.emit(id);
    }, this.intervalMs - (now - entry.reportedAt));
    entry.trailing.unref?.();
  }

  /** Item `id` stopped uploading: its progress is dropped, and no late report follows. */
  forget(id: number): void {
    const entry = this.entries.get(id);
    if (entry?.trailing) clearTimeout(entry.trailing);
    this.entries.delete(id);
  }
}
