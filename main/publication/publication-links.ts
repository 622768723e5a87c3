import { randomUUID } from 'node:crypto';
import type { AtelierDatabase } from '../db/database.js';

/**
 * The links of migration 0070: which dataset a draft publishes (its idempotency key, stable across
 * versions), and which history record an outbox item belongs to.
 */
export class PublicationLinks {
  private readonly datasetOf;
  private readonly insertDataset;
  private readonly insertLink;
  private readonly publicationOf_;
  private readonly statusOf_;
  private readonly recordDataset;
  private readonly datasetOfPublication_;

  constructor(db: AtelierDatabase) {
    this.datasetOf = db.prepare<[string], { dataset_key: string }>('SELECT dataset_key FROM draft_dataset WHERE draft_id = ?');
    this.insertDataset = db.prepare<[string, string, number | null]>(
      `INSERT INTO draft_dataset (draft_id, dataset_key, based_on_publication_id) VALUES (?, ?, ?)
       ON CONFLICT (draft_id) DO UPDATE SET dataset_key = excluded.dataset_key, based_on_publication_id = excluded.based_on_publication_id`,
    );
    this.insertLink = db.prepare<[number, number]>('INSERT OR REPLACE INTO outbox_publication (outbox_id, publication_id) VALUES (?, ?)');
    this.publicationOf_ = db.prepare<[number], { publication_id: number }>('SELECT publication_id FROM outbox_publication WHERE outbox_id = ?');
    this.statusOf_ = db.prepare<[number], { status: string }>('SELECT status FROM publication_state WHERE publication_id = ?');
    this.recordDataset = db.prepare<[number, string]>('INSERT OR IGNORE INTO publication_dataset (publication_id, dataset_key) VALUES (?, ?)');
    this.datasetOfPublication_ = db.prepare<[number], { dataset_key: string }>('SELECT dataset_key FROM publication_dataset WHERE publication_id = ?');
  }

  /** Remembers which dataset a recorded publication belongs to. */
  recordPublicationDataset(publicationId: number, datasetKey: string): void {
    this.recordDataset.run(publicationId, datasetKey);
  }

  /** The dataset of a recorded publication, or null for one recorded before this link existed. */
  datasetOfPublication(publicationId: number): string | null {
    return this.datasetOfPublication_.get(publicationId)?.dataset_key ?? null;
  }

  /** The dataset key of a draft, created on first use. */
  datasetKeyOf(draftId: string): string {
    const known = this.datasetOf.get(draftId)?.dataset_key;
    if (known) return known;
    const key = `jeu-${randomUUID()}`;
    this.insertDataset.run(draftId, key, null);
    return key;
  }

  /** Makes a draft publish a new version of a dataset already in the history. */
  continueDataset(draftId: string, datasetKey: string, basedOnPublicationId: number): void {
    this.insertDataset.run(draftId, datasetKey, basedOnPublicationId);
  }

  link(outboxId: number, publicationId: number): void {
    this.insertLink.run(outboxId, publicationId);
  }

  publicationOf(outboxId: number): number | null {
    return this.publicationOf_.get(outboxId)?.publication_id ?? null;
  }

  /** The history status of a publication (`queued`, `uploaded`, `published`…). */
  historyStatus(publicationId: number): string | null {
    return this.statusOf_.get(publicationId)?.status ?? null;
  }
}
