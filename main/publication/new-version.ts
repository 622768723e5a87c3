import type { DecisionsApi } from '../../shared/api/decisions-api.js';
import type { NewVersionDraft, PublicationApi } from '../../shared/api/publication-api.js';
import { AppError } from '../../shared/errors.js';
import { draftDecisionOf } from '../../shared/history/draft-decisions.js';
import { carryOverDecisions } from '../../shared/history/previous-version.js';
import type { CallContext, DomainHandlers } from '../api/handler-types.js';
import type { AtelierDatabase } from '../db/database.js';
import { previousVersionContext } from '../history/dataset-versions.js';
import type { PublicationLinks } from './publication-links.js';

/** What the new-version flow needs: the history, the links, and the drafts' own handlers. */
export interface NewVersionDeps {
  db: AtelierDatabase;
  links: PublicationLinks;
  drafts: DomainHandlers<DecisionsApi>;
}

/**
 * « Publier une nouvelle version » (issue 8): the new file becomes a draft, scanned; the previous
 * version's decisions and dismissals are applied again to columns of the same name; its metadata
 * is carried over; the draft continues the same dataset, so the portal's dataset is updated rather
 * than duplicated. The clerk then confirms (or changes) every decision before publishing.
 */
export async function startNewVersion(
  deps: NewVersionDeps,
  request: PublicationApi['publication:new-version']['request'],
  context: CallContext,
): Promise<NewVersionDraft> {
  const previous = previousVersionContext(deps.db, request.publicationId);
  const datasetKey = deps.links.datasetOfPublication(request.publicationId);
  if (!datasetKey) throw new AppError('publication.dataset-unknown', { publicationId: request.publicationId });
  const created = await deps.drafts['drafts:create']({ fileId: request.fileId, options: request.options, metadata: previous.metadata }, context);
  const draftId = created.draftId;
  deps.links.continueDataset(draftId, datasetKey, request.publicationId);
  const scanned = await deps.drafts['drafts:scan']({ draftId }, context);
  const carry = carryOverDecisions(previous, scanned.columns.map((column) => column.name));
  const indexOf = new Map(scanned.columns.map((column) => [column.name, column.index]));
  for (const recorded of carry.carried) {
    const decision = draftDecisionOf(recorded);
    const columnIndex = indexOf.get(recorded.columnName);
    if (decision && columnIndex !== undefined) await deps.drafts['decisions:decide']({ draftId, columnIndex, decision }, context);
  }
  for (const dismissal of carry.dismissals) {
    const columnIndex = indexOf.get(dismissal.columnName);
    const finding = scanned.findings.find((each) => each.columnIndex === columnIndex && each.category === dismissal.category);
    if (finding && columnIndex !== undefined) {
      await deps.drafts['drafts:dismiss']({ draftId, columnIndex, category: finding.category, reason: dismissal.reason }, context);
    }
  }
  return {
    draft: await deps.drafts['drafts:get']({ draftId }, context),
    version: previous.nextVersion,
    basedOnVersion: previous.basedOn.version,
    carried: carry.carried.map((decision) => decision.columnName),
    undecided: carry.undecided,
    gone: carry.gone,
  };
}
