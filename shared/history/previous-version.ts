/**
 * « Publier une nouvelle version » from a journal entry: what the last version of the dataset
 * leaves to the next one, and how its decisions carry over to a new file's columns.
 */
import type { DatasetMetadata } from '../metadata/model.js';
import type { PortalRef, RecordedDecision, RecordedDismissal, RemoteLinks } from './publication-record.js';

/** What the next version of a dataset starts from. */
export interface PreviousVersionContext {
  /** The version these come from: the latest one recorded for the dataset on its portal. */
  basedOn: { publicationId: number; version: number; recordedAt: string };
  /** The number the next version will get. */
  nextVersion: number;
  datasetTitle: string;
  datasetSlug: string;
  portal: PortalRef;
  /**
   * The portal's dataset, from the latest version that reached it, so that the new version
   * updates it instead of creating a duplicate. All null if no version reached the portal.
   */
  remote: RemoteLinks;
  metadata: DatasetMetadata;
  /** The last version's decision on each column (one per column name). */
  decisions: RecordedDecision[];
  dismissals: RecordedDismissal[];
  /** How the previous source file was read, to suggest the same reading of the new one. */
  reading: { sourceName: string; sheet: string | null; headerRow: number | null; encoding: string | null; columns: string[] };
}

/** The previous decisions laid over a new file's columns, for the clerk to confirm. */
export interface CarriedOverDecisions {
  /** Decisions of columns the new file still has, in the new file's column order. */
  carried: RecordedDecision[];
  /** Columns of the new file that had no decision last time: they are to be reviewed. */
  undecided: string[];
  /** Columns that had a decision last time and are gone from the new file. */
  gone: string[];
  /** Dismissals of columns the new file still has. */
  dismissals: RecordedDismissal[];
}

/**
 * Re-applies the previous version's decisions to the columns of a new file that bear the same
 * name (exact name: a renamed column is a new column, and must be decided again).
 */
export function carryOverDecisions(context: PreviousVersionContext, newColumns: string[]): CarriedOverDecisions {
  const present = new Set(newColumns);
  const byColumn = new Map(context.decisions.map((decision) => [decision.columnName, decision]));
  const carried: RecordedDecision[] = [];
  const undecided: string[] = [];
  for (const column of newColumns) {
    const decision = byColumn.get(column);
    if (decision) carried.push(decision);
    else undecided.push(column);
  }
  return {
    carried,
    undecided,
    gone: [...byColumn.keys()].filter((column) => !present.has(column)),
    dismissals: context.dismissals.filter((dismissal) => present.has(dismissal.columnName)),
  };
}
