/**
 * The history seen dataset by dataset: comparing two recorded versions, and what the last version
 * hands on to the next (« Publier une nouvelle version »).
 */
import { AppError } from '../../shared/errors.js';
import type { VersionComparison } from '../../shared/history/compare-versions.js';
import { compareVersions } from '../../shared/history/compare-versions.js';
import type { PreviousVersionContext } from '../../shared/history/previous-version.js';
import type { RemoteLinks } from '../../shared/history/publication-record.js';
import type { AtelierDatabase } from '../db/database.js';
import { publicationDetail } from './journal-queries.js';
import { preparedFor } from './prepared-statements.js';

const statements = preparedFor((db) => ({
  dataset: db.prepare<[number], { portal_profile: string; dataset_slug: string }>(
    'SELECT portal_profile, dataset_slug FROM publication WHERE id = ?',
  ),
  latest: db.prepare<[string, string], { id: number }>(
    'SELECT id FROM publication WHERE portal_profile = ? AND dataset_slug = ? ORDER BY version DESC LIMIT 1',
  ),
  latestRemote: db.prepare<[string, string], { remote_dataset_id: string | null; remote_dataset_url: string | null;
    remote_resource_id: string | null; remote_resource_url: string | null }>(`SELECT s.remote_dataset_id,
      s.remote_dataset_url, s.remote_resource_id, s.remote_resource_url
    FROM publication p JOIN publication_state s ON s.publication_id = p.id
    WHERE p.portal_profile = ? AND p.dataset_slug = ? AND s.remote_dataset_id IS NOT NULL
    ORDER BY p.version DESC LIMIT 1`),
}));

/**
 * Compares two recorded publications; the earlier recorded is « avant » whatever the order of
 * the ids. Throws `history.not-found` for an unknown id.
 */
export function compareRecordedVersions(db: AtelierDatabase, firstId: number, secondId: number): VersionComparison {
  const [older, newer] = [publicationDetail(db, firstId), publicationDetail(db, secondId)].sort(
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.publicationId - b.publicationId,
  );
  if (!older || !newer) throw new AppError('history.not-found', { publicationId: firstId });
  return compareVersions(older, newer);
}

/**
 * What the next version of the dataset of `publicationId` starts from: the latest version's
 * decisions (one per column name), metadata and reading options, and the portal's dataset to update.
 */
export function previousVersionContext(db: AtelierDatabase, publicationId: number): PreviousVersionContext {
  const sql = statements(db);
  const dataset = sql.dataset.get(publicationId);
  if (!dataset) throw new AppError('history.not-found', { publicationId });
  const latestId = sql.latest.get(dataset.portal_profile, dataset.dataset_slug)?.id ?? publicationId;
  const latest = publicationDetail(db, latestId);
  const remoteRow = sql.latestRemote.get(dataset.portal_profile, dataset.dataset_slug);
  const remote: RemoteLinks = {
    datasetId: remoteRow?.remote_dataset_id ?? null,
    datasetUrl: remoteRow?.remote_dataset_url ?? null,
    resourceId: remoteRow?.remote_resource_id ?? null,
    resourceUrl: remoteRow?.remote_resource_url ?? null,
  };
  // One decision per column: should a record hold two for a name, the later one stands.
  const decisions = [...new Map(latest.decisions.map((decision) => [decision.columnName, decision])).values()];
  return {
    basedOn: { publicationId: latest.publicationId, version: latest.version, recordedAt: latest.recordedAt },
    nextVersion: latest.version + 1,
    datasetTitle: latest.datasetTitle,
    datasetSlug: latest.datasetSlug,
    portal: latest.portal,
    remote,
    metadata: latest.metadata,
    decisions,
    dismissals: latest.dismissals,
    reading: {
      sourceName: latest.source.name,
      sheet: latest.source.sheet,
      headerRow: latest.source.headerRow,
      encoding: latest.source.encoding,
      columns: latest.source.columns,
    },
  };
}
