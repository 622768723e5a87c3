/**
 * Drafts in SQLite (migration 0020): created when the clerk opens a file to publish, saved on
 * every change (no « Enregistrer »), restored at start, discarded explicitly. Each save is one
 * transaction that reads, changes and writes the row, so a crash leaves the previous save or the
 * new one, never half of each.
 */
import { randomUUID } from 'node:crypto';
import type { DraftContent } from '../../shared/decisions/draft-content.js';
import { AppError } from '../../shared/errors.js';
import type { AtelierDatabase } from '../db/database.js';

/** A draft as main knows it: the content, and the source path the renderer never sees. */
export interface Draft {
  id: string;
  sourcePath: string;
  sourceSize: number;
  sourceModifiedAt: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  content: DraftContent;
}

/** What is needed to start a draft. */
export interface NewDraft {
  sourcePath: string;
  sourceSize: number;
  sourceModifiedAt: string;
  content: DraftContent;
}

interface DraftRow {
  id: string;
  source_path: string;
  source_name: string;
  source_size: number;
  source_modified_at: string;
  read_options: string;
  columns: string;
  findings: string;
  quasi_identifiers: string;
  dismissals: string;
  decisions: string;
  metadata: string;
  output_options: string;
  preflight: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

const CONTENT_COLUMNS = `read_options = @read_options, columns = @columns, findings = @findings,
  quasi_identifiers = @quasi_identifiers, dismissals = @dismissals, decisions = @decisions,
  metadata = @metadata, output_options = @output_options, preflight = @preflight`;

/** The drafts of the database, with statements prepared once. */
export class DraftRepository {
  private readonly insertStatement;
  private readonly selectStatement;
  private readonly listStatement;
  private readonly updateStatement;
  private readonly deleteStatement;
  private readonly sourceStatement;

  constructor(
    private readonly db: AtelierDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insertStatement = db.prepare(`INSERT INTO draft (id, source_path, source_name, source_size, source_modified_at,
      read_options, columns, findings, quasi_identifiers, dismissals, decisions, metadata, output_options, preflight,
      revision, created_at, updated_at)
      VALUES (@id, @source_path, @source_name, @source_size, @source_modified_at, @read_options, @columns, @findings,
      @quasi_identifiers, @dismissals, @decisions, @metadata, @output_options, @preflight, 1, @now, @now)`);
    this.selectStatement = db.prepare<[string], DraftRow>('SELECT * FROM draft WHERE id = ?');
    this.listStatement = db.prepare<[], DraftRow>('SELECT * FROM draft ORDER BY updated_at DESC, id');
    this.updateStatement = db.prepare(`UPDATE draft SET ${CONTENT_COLUMNS}, source_name = @source_name,
      revision = revision + 1, updated_at = @now WHERE id = @id AND revision = @revision`);
    this.deleteStatement = db.prepare<[string]>('DELETE FROM draft WHERE id = ?');
    this.sourceStatement = db.prepare(`UPDATE draft SET source_size = @size, source_modified_at = @modified,
      revision = revision + 1, updated_at = @now WHERE id = @id`);
  }

  /** Starts a draft and returns it. */
  create(input: NewDraft): Draft {
    const id = `draft-${randomUUID()}`;
    this.insertStatement.run({
      id,
      source_path: input.sourcePath,
      source_size: input.sourceSize,
      source_modified_at: input.sourceModifiedAt,
      now: this.now().toISOString(),
      ...contentParameters(input.content),
    });
    return this.require(id);
  }

  /** The draft, or null when there is none by that id. */
  find(id: string): Draft | null {
    const row = this.selectStatement.get(id);
    return row ? toDraft(row) : null;
  }

  /** The draft; `draft.unknown-id` when there is none (discarded, or never was). */
  require(id: string): Draft {
    const draft = this.find(id);
    if (!draft) throw new AppError('draft.unknown-id');
    return draft;
  }

  /** Every draft, the most recently changed first: what the home screen offers to resume. */
  list(): Draft[] {
    return this.listStatement.all().map(toDraft);
  }

  /**
   * Saves a change: reads the draft, applies `change` and writes the result, in one transaction.
   * Returns the saved draft.
   */
  update(id: string, change: (content: DraftContent) => DraftContent): Draft {
    return this.db.transaction(() => {
      const current = this.require(id);
      const next = change(current.content);
      const result = this.updateStatement.run({
        id,
        revision: current.revision,
        now: this.now().toISOString(),
        ...contentParameters(next),
      });
      if (result.changes !== 1) throw new AppError('draft.unknown-id');
      return this.require(id);
    }).immediate();
  }

  /**
   * Records the size and modification time of the source as scanned: an export from a source
   * that changed since is refused (`export.source-changed`).
   */
  recordSource(id: string, size: number, modifiedAt: string): Draft {
    const result = this.sourceStatement.run({ id, size, modified: modifiedAt, now: this.now().toISOString() });
    if (result.changes !== 1) throw new AppError('draft.unknown-id');
    return this.require(id);
  }

  /** Discards a draft; false when there was none. */
  discard(id: string): boolean {
    return this.deleteStatement.run(id).changes === 1;
  }
}

function contentParameters(content: DraftContent): Record<string, string | null> {
  return {
    source_name: content.sourceName,
    read_options: JSON.stringify(content.readOptions),
    columns: JSON.stringify(content.columns),
    findings: JSON.stringify(content.findings),
    quasi_identifiers: JSON.stringify(content.quasiIdentifiers),
    dismissals: JSON.stringify(content.dismissals),
    decisions: JSON.stringify(content.decisions),
    metadata: JSON.stringify(content.metadata),
    output_options: JSON.stringify(content.output),
    preflight: content.preflight ? JSON.stringify(content.preflight) : null,
  };
}

function toDraft(row: DraftRow): Draft {
  try {
    return {
      id: row.id,
      sourcePath: row.source_path,
      sourceSize: row.source_size,
      sourceModifiedAt: row.source_modified_at,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      content: {
        sourceName: row.source_name,
        readOptions: JSON.parse(row.read_options) as DraftContent['readOptions'],
        columns: JSON.parse(row.columns) as DraftContent['columns'],
        findings: JSON.parse(row.findings) as DraftContent['findings'],
        quasiIdentifiers: JSON.parse(row.quasi_identifiers) as DraftContent['quasiIdentifiers'],
        dismissals: JSON.parse(row.dismissals) as DraftContent['dismissals'],
        decisions: JSON.parse(row.decisions) as DraftContent['decisions'],
        metadata: JSON.parse(row.metadata) as DraftContent['metadata'],
        output: JSON.parse(row.output_options) as DraftContent['output'],
        preflight: row.preflight === null ? null : (JSON.parse(row.preflight) as DraftContent['preflight']),
      },
    };
  } catch (error) {
    throw new AppError('draft.corrupt', { draft: row.id }, { cause: error });
  }
}
