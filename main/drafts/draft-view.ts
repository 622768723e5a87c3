/**
 * A draft as the renderer sees it: its content, what is flagged, what the gate says, and the
 * source file's opaque id (never its path).
 */
import path from 'node:path';
import fs from 'node:fs';
import type { DraftSummary, DraftView } from '../../shared/api/decisions-api.js';
import type { FileRef } from '../../shared/api/files-api.js';
import { flaggedColumns, gateProblems } from '../../shared/decisions/gate-rules.js';
import type { Draft } from './draft-repository.js';

/** The part of the file registry a draft view needs: an id for the source path. */
export interface DraftFileRegistry {
  register(filePath: string): FileRef;
}

/** The view of a draft; `fileId` is null when the source file is no longer there. */
export function draftView(draft: Draft, files: DraftFileRegistry): DraftView {
  let fileId: string | null = null;
  try {
    fileId = files.register(draft.sourcePath).fileId;
  } catch {
    fileId = null;
  }
  return {
    ...draft.content,
    draftId: draft.id,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    fileId,
    flagged: flaggedColumns(draft.content),
    gate: gateProblems(draft.content),
    canUndo: draft.content.decisions.past.length > 0,
    canRedo: draft.content.decisions.future.length > 0,
  };
}

/** The line of a draft in the list of drafts to resume. */
export function draftSummary(draft: Draft): DraftSummary {
  const title = draft.content.metadata.title?.trim();
  return {
    draftId: draft.id,
    sourceName: draft.content.sourceName || path.basename(draft.sourcePath),
    title: title ? title : null,
    updatedAt: draft.updatedAt,
    flagged: flaggedColumns(draft.content).length,
    undecided: gateProblems(draft.content).filter((problem) => problem.code === 'gate.undecided').length,
    sourceAvailable: fs.existsSync(draft.sourcePath),
  };
}
