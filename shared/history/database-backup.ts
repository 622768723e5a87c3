/** The database's backups as the restore screen shows them (plain JSON, no folder path). */

/** One backup of the database. */
export interface DatabaseBackup {
  fileName: string;
  /** ISO instant the backup was taken. */
  createdAt: string;
  sizeBytes: number;
}

/** What a restore did: the backup put in place, and the name the replaced database was kept under. */
export interface RestoreOutcome {
  restoredFrom: string;
  /** File name, beside the database, of the database that was replaced; null if there was none. */
  setAside: string | null;
}
