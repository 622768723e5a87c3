import type { AtelierDatabase } from './db/database.js';

/** The app's settings, as JSON values in the `setting` table (migration 0010). */
export class Settings {
  private readonly read;
  private readonly write;

  constructor(db: AtelierDatabase) {
    this.read = db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?');
    this.write = db.prepare<[string, string, string]>(
      `INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  /** A setting's value, or undefined when never set. */
  get(key: string): unknown {
    const row = this.read.get(key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  /** Sets a setting. */
  set(key: string, value: unknown): void {
    this.write.run(key, JSON.stringify(value), new Date().toISOString());
  }
}
