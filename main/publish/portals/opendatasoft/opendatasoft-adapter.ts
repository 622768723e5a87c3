import { toOpendatasoftMetadata } from '../../../../shared/metadata/portal-mapping/opendatasoft.js';
import type { SiteLicence } from '../../../../shared/licences/site-licence-match.js';
import type { ConnectionReport } from '../../../../shared/publish/portal-profile.js';
import type { PortalReadBack } from '../../../../shared/publish/read-back-check.js';
import { asRecord } from '../../http/http-transport.js';
import { multipartBody } from '../../http/multipart-body.js';
import { PortalError, isPortalError } from '../../http/portal-error.js';
import { recordList, requireString } from '../answer-fields.js';
import { check, failedCheck, report } from '../connection-report.js';
import { missingLicences, resolveSiteLicence } from '../licence-resolution.js';
import type { AdapterContext, PortalAdapter, PublicationTarget, RemoteDataset, RemoteResource, UploadOptions } from '../portal-adapter.js';
import { PortalClient, pause } from '../portal-client.js';
import { odsBody, readOdsError } from './opendatasoft-answers.js';
import { pickResource } from '../pick-resource.js';

/** Files are limited to 240 MB on Opendatasoft (help centre, « Sourcing data »). */
export const ODS_FILE_LIMIT_BYTES = 240 * 1024 * 1024;

/**
 * Opendatasoft (data.toulouse-metropole.fr): Automation API v1.0 to write, Explore API v2.1 to
 * read back (reference §1). The dataset is created restricted with a deterministic `dataset_id`;
 * the file is uploaded, then one resource points at it; `publish` runs in the background and
 * `/status/` is polled until `idle` and published.
 */
export class OpendatasoftAdapter implements PortalAdapter {
  readonly engine = 'opendatasoft' as const;
  private readonly context: AdapterContext;
  private readonly automation: PortalClient;
  private readonly explore: PortalClient;

  constructor(context: AdapterContext) {
    this.context = context;
    const auth = { Authorization: `apikey ${context.apiKey}` };
    this.automation = new PortalClient(context, '/api/automation/v1.0', auth);
    this.explore = new PortalClient(context, '/api/explore/v2.1', auth);
  }

  async checkConnection(): Promise<ConnectionReport> {
    try {
      odsBody(await this.automation.call('GET', '/datasets/', { query: { limit: '0' } }), 'check');
    } catch (error) {
      const failed = failedCheck(isPortalError(error) && error.code === 'publish.forbidden' ? 'permissions' : 'key', error);
      return report([failed]);
    }
    const checks = [check('reach', true, 'publish.check.reach-ok'), check('key', true, 'publish.check.key-ok')];
    // The Automation API has no « who am I »: create/edit/publish rights show at the first write.
    checks.push(check('permissions', null, 'publish.check.permissions-unknown'));
    let licences: SiteLicence[] = [];
    try {
      licences = await this.siteLicences();
      const missing = missingLicences(this.context.profile, licences);
      checks.push(missing.length === 0
        ? check('licences', true, 'publish.check.licences-ok', { count: licences.length })
        : check('licences', false, 'publish.check.licences-missing', { licences: missing.join(', ') }));
    } catch (error) {
      checks.push(failedCheck('licences', error));
    }
    return report(checks, [], licences.map((licence) => ({ id: licence.id, title: licence.title ?? licence.id })));
  }

  async findDataset(target: PublicationTarget, knownId: string | null): Promise<RemoteDataset | null> {
    let dataset: Record<string, unknown> | null = null;
    if (knownId) {
      const answer = await this.automation.call('GET', `/datasets/${knownId}/`);
      if (answer.status !== 404) dataset = odsBody(answer, 'locate');
    }
    if (!dataset) {
      const found = odsBody(await this.automation.call('GET', '/datasets/', { query: { dataset_id: target.name } }), 'locate');
      dataset = recordList(found.results).find((candidate) => candidate.dataset_id === target.name) ?? null;
    }
    return dataset ? this.remote(dataset) : null;
  }

  async createDataset(target: PublicationTarget): Promise<RemoteDataset> {
    const metadata = toOpendatasoftMetadata(target.request.metadata, { licenseId: await this.licenceId(target) });
    const answer = await this.automation.call('POST', '/datasets/', {
      json: { dataset_id: target.name, is_restricted: true, metadata },
    });
    if (answer.status === 400 && readOdsError(answer).fields.dataset_id) {
      throw new PortalError('publish.name-taken', 'permanent', { name: target.name });
    }
    return this.remote(odsBody(answer, 'dataset', [201]));
  }

  async updateDataset(remote: RemoteDataset, target: PublicationTarget): Promise<RemoteDataset> {
    const metadata = toOpendatasoftMetadata(target.request.metadata, { licenseId: await this.licenceId(target) });
    // Metadata is written only while the dataset is idle (reference §1.3, ods-utils-py).
    await this.waitIdle(remote, false);
    // A template PUT replaces it whole: `default` is ours entirely; in `internal` only the licence is.
    odsBody(await this.automation.call('PUT', `/datasets/${remote.id}/metadata/default/`, { json: metadata.default }), 'dataset');
    const licence = metadata.internal.license_id;
    if (licence) {
      odsBody(await this.automation.call('PUT', `/datasets/${remote.id}/metadata/internal/license_id/`, { json: licence }), 'dataset');
    }
    return remote;
  }

  async uploadFile(remote: RemoteDataset, target: PublicationTarget, options: UploadOptions): Promise<RemoteResource> {
    const file = target.request.file;
    // Opendatasoft's documented limit: refuse before sending 240 MB for nothing (reference §1.9).
    if (file.size > ODS_FILE_LIMIT_BYTES) throw new PortalError('publish.too-large', 'permanent', { step: 'upload', limit: ODS_FILE_LIMIT_BYTES });
    let fileRef = options.fileRef;
    if (!fileRef) {
      const body = multipartBody([{ name: 'file', filename: file.name, contentType: 'text/csv', path: file.path, size: file.size }]);
      const answer = await this.automation.call('POST', `/datasets/${remote.id}/resources/files/`, { body, onProgress: options.onProgress });
      fileRef = requireString(odsBody(answer, 'upload'), 'uid', 'upload');
      options.saveFileRef(fileRef);
    }
    const resources = await this.resources(remote.id);
    const adopted = resources.find((resource) => resource.fileRef === fileRef);
    if (adopted) return adopted;
    const resource = {
      type: 'csvfile',
      title: file.name,
      params: { separator: file.delimiter, encoding: 'utf-8', headers_first_row: true, first_row_no: 1, doublequote: true },
      datasource: { type: 'uploaded_file', file: { uid: fileRef } },
    };
    const existing = pickResource(resources, target);
    const answer = existing
      ? await this.automation.call('PUT', `/datasets/${remote.id}/resources/${existing.id}/`, { json: resource })
      : await this.automation.call('POST', `/datasets/${remote.id}/resources/`, { json: resource });
    return toResource(odsBody(answer, 'upload', existing ? [200] : [201]));
  }

  async process(remote: RemoteDataset): Promise<void> {
    const answer = await this.automation.call('POST', `/datasets/${remote.id}/publish/`);
    // Already processing (a run resumed after a lost answer): keep polling (reference §1.10).
    if (!(answer.status === 400 && readOdsError(answer).errorCode === 'invalid_dataset_status')) odsBody(answer, 'process');
    await this.waitIdle(remote, true);
  }

  async readBack(remote: RemoteDataset, target: PublicationTarget): Promise<PortalReadBack> {
    const expected = target.request.file.rowCount;
    const deadline = Date.now() + this.context.timings.pollTimeoutMs;
    for (;;) {
      const dataset = await this.explore.call('GET', `/catalog/datasets/${remote.name}`);
      if (dataset.status === 404 && Date.now() < deadline) {
        await pause(this.context.timings.pollIntervalMs, this.context.signal);
        continue;
      }
      if (dataset.status === 404) throw new PortalError('publish.read-back-missing', 'transient', { name: remote.name });
      const fields = recordList(odsBody(dataset, 'verify').fields);
      const records = odsBody(await this.explore.call('GET', `/catalog/datasets/${remote.name}/records`, { query: { limit: '0' } }), 'verify');
      const rowCount = Number(records.total_count);
      // Explore may lag behind processing for a moment: wait for the count before judging it.
      if (rowCount !== expected && Date.now() < deadline) {
        await pause(this.context.timings.pollIntervalMs, this.context.signal);
        continue;
      }
      // Opendatasoft renames fields (`Montant (€)` → `montant_eur`); the label keeps the header.
      return { columns: fields.map((field) => String(field.label ?? field.name)), rowCount };
    }
  }

  async makePublic(remote: RemoteDataset): Promise<void> {
    const dataset = odsBody(await this.automation.call('GET', `/datasets/${remote.id}/`), 'make-public');
    odsBody(
      await this.automation.call('PUT', `/datasets/${remote.id}/`, {
        json: { dataset_id: dataset.dataset_id, is_restricted: false, metadata: dataset.metadata },
      }),
      'make-public',
    );
  }

  async isPubliclyVisible(remote: RemoteDataset): Promise<boolean> {
    const answer = await this.explore.call('GET', `/catalog/datasets/${remote.name}`, { auth: false });
    if (answer.status === 404 || answer.status === 401 || answer.status === 403) return false;
    odsBody(answer, 'verify-public');
    return true;
  }

  private async licenceId(target: PublicationTarget): Promise<string> {
    return resolveSiteLicence(this.context.profile, target.request.metadata.licence, await this.siteLicences());
  }

  /** The domain's licences (reference §1.9): `choices` (ids) and `labels`, objects tolerated. */
  private async siteLicences(): Promise<SiteLicence[]> {
    const field = odsBody(await this.automation.call('GET', '/metadata/templates/internal/fields/license_id/'), 'licences');
    const labels = asRecord(field.labels) ?? {};
    const urls = asRecord(field.urls) ?? {};
    const choices = Array.isArray(field.choices) ? field.choices : [];
    return choices.map((choice: unknown) => {
      const object = asRecord(choice);
      const id = String(object ? (object.value ?? object.id) : choice);
      const title = object ? (object.label ?? object.title) : labels[id];
      return { id, title: typeof title === 'string' ? title : null, url: typeof urls[id] === 'string' ? (urls[id] as string) : null };
    });
  }

  /** Polls `/status/` until idle (and published, when asked); `error` and `limit_reached` stop. */
  private async waitIdle(remote: RemoteDataset, mustBePublished: boolean): Promise<void> {
    const deadline = Date.now() + this.context.timings.pollTimeoutMs;
    for (;;) {
      const status = odsBody(await this.automation.call('GET', `/datasets/${remote.id}/status/`), 'process');
      const state = String(status.status);
      if (state === 'idle' && (!mustBePublished || status.is_published === true)) return;
      if (mustBePublished && state === 'error') {
        throw new PortalError('publish.processing-failed', 'permanent', { message: String(status.message ?? '') });
      }
      if (mustBePublished && state === 'limit_reached') {
        const limit = asRecord(asRecord(status.params)?.error) ?? {};
        throw new PortalError('publish.limit-reached', 'permanent', { limit: String(limit.limit ?? ''), type: String(limit.limit_type ?? '') });
      }
      if (!mustBePublished && (state === 'error' || state === 'limit_reached' || state === 'idle')) return;
      if (Date.now() >= deadline) throw new PortalError('publish.processing-slow', 'transient', { status: state });
      await pause(this.context.timings.pollIntervalMs, this.context.signal);
    }
  }

  private async resources(uid: string): Promise<RemoteResource[]> {
    const all: RemoteResource[] = [];
    let answer = await this.automation.call('GET', `/datasets/${uid}/resources/`, { query: { limit: '100' } });
    for (;;) {
      const page = odsBody(answer, 'upload');
      all.push(...recordList(page.results).map(toResource));
      if (typeof page.next !== 'string') return all;
      answer = await this.automation.send('GET', new URL(page.next));
    }
  }

  private async remote(dataset: Record<string, unknown>): Promise<RemoteDataset> {
    const uid = requireString(dataset, 'uid', 'locate');
    const name = requireString(dataset, 'dataset_id', 'locate');
    return {
      id: uid,
      name,
      pageUrl: `${this.context.profile.baseUrl.replace(/\/+$/, '')}/explore/dataset/${name}/`,
      isPublic: dataset.is_restricted === false && dataset.is_published === true,
      resources: await this.resources(uid),
    };
  }
}

function toResource(resource: Record<string, unknown>): RemoteResource {
  const file = asRecord(asRecord(resource.datasource)?.file);
  return { id: String(resource.uid), title: String(resource.title ?? ''), fileRef: typeof file?.uid === 'string' ? file.uid : null, checksum: null, url: null };
}
