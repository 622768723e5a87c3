import { randomUUID } from 'node:crypto';
import { findLicence } from '../../../../shared/licences/catalogue.js';
import { UDATA_PUBLICATION_EXTRA, toUdataDataset, udataResourceSchema } from '../../../../shared/metadata/portal-mapping/udata.js';
import type { ConnectionReport } from '../../../../shared/publish/portal-profile.js';
import type { PortalReadBack } from '../../../../shared/publish/read-back-check.js';
import { asRecord, parseJson } from '../../http/http-transport.js';
import type { MultipartFile, MultipartText } from '../../http/multipart-body.js';
import { multipartBody } from '../../http/multipart-body.js';
import { PortalError } from '../../http/portal-error.js';
import { recordList, requireString } from '../answer-fields.js';
import { check, failedCheck, report } from '../connection-report.js';
import { LICENCES_TO_CHECK } from '../licence-resolution.js';
import { pickResource } from '../pick-resource.js';
import type { AdapterContext, PortalAdapter, PublicationTarget, RemoteDataset, RemoteResource, UploadOptions } from '../portal-adapter.js';
import { PortalClient } from '../portal-client.js';
import { readBackByDownload } from '../read-back-download.js';
import { udataBody } from './udata-answers.js';

/**
 * udata (data.gouv.fr): API v1 with `X-API-KEY` (reference §2). udata never refuses a duplicate
 * title, so the dataset is found by the publication id kept in `extras` (§2.8); `private` is sent
 * on every write, because a PUT without it makes the dataset public (§2.3). Large files go in
 * chunks (§2.4); a new version replaces the file of the existing resource.
 */
export class UdataAdapter implements PortalAdapter {
  readonly engine = 'udata' as const;
  private readonly context: AdapterContext;
  private readonly client: PortalClient;

  constructor(context: AdapterContext) {
    this.context = context;
    this.client = new PortalClient(context, '/api/1', { 'X-API-KEY': context.apiKey });
  }

  async checkConnection(): Promise<ConnectionReport> {
    let me: Record<string, unknown>;
    try {
      me = udataBody(await this.client.call('GET', '/me/'), 'check');
    } catch (error) {
      return report([failedCheck('key', error)]);
    }
    const organizations = recordList(me.organizations).map((organization) => ({ id: String(organization.id), name: String(organization.name ?? organization.slug ?? organization.id) }));
    const checks = [check('reach', true, 'publish.check.reach-ok'), check('key', true, 'publish.check.key-ok')];
    const wanted = this.context.profile.organization;
    const member = recordList(me.organizations).some((organization) => organization.id === wanted || organization.slug === wanted);
    if (wanted === '') checks.push(check('organization', true, 'publish.check.organization-none'));
    else if (member) checks.push(check('organization', true, 'publish.check.organization-ok', { organization: wanted }), check('permissions', true, 'publish.check.permissions-ok'));
    else checks.push(check('organization', false, 'publish.check.organization-missing', { organization: wanted }));
    let licences: { id: string; title: string }[] = [];
    try {
      licences = recordList(parseJson((await this.client.call('GET', '/datasets/licenses/')).text)).map((licence) => ({ id: String(licence.id), title: String(licence.title ?? licence.id) }));
      const missing = LICENCES_TO_CHECK.map((id) => findLicence(id)).filter((licence) => licence && !licences.some((site) => site.id === licence.udataId));
      checks.push(missing.length === 0
        ? check('licences', true, 'publish.check.licences-ok', { count: licences.length })
        : check('licences', false, 'publish.check.licences-missing', { licences: missing.map((licence) => licence?.title).join(', ') }));
    } catch (error) {
      checks.push(failedCheck('licences', error));
    }
    return report(checks, organizations, licences);
  }

  async findDataset(target: PublicationTarget, knownId: string | null): Promise<RemoteDataset | null> {
    if (knownId) {
      const answer = await this.client.call('GET', `/datasets/${knownId}/`);
      // 404 or 410: deleted on the portal since; look for it by its publication id, else create anew.
      if (answer.status !== 404 && answer.status !== 410) return this.remote(udataBody(answer, 'locate'));
    }
    // After a lost answer to a create: the private datasets of me and my organisations (§2.8).
    const answer = await this.client.call('GET', '/me/org_datasets/', { query: { q: target.request.metadata.title } });
    if (answer.status !== 200) udataBody(answer, 'locate');
    const ours = recordList(parseJson(answer.text)).find(
      (dataset) => asRecord(dataset.extras)?.[UDATA_PUBLICATION_EXTRA] === target.request.publicationKey && !dataset.deleted,
    );
    return ours ? this.remote(ours) : null;
  }

  async createDataset(target: PublicationTarget): Promise<RemoteDataset> {
    const answer = await this.client.call('POST', '/datasets/', { json: this.dataset(target, true) });
    return this.remote(udataBody(answer, 'dataset', [201]));
  }

  async updateDataset(remote: RemoteDataset, target: PublicationTarget): Promise<RemoteDataset> {
    const answer = await this.client.call('PUT', `/datasets/${remote.id}/`, { json: this.dataset(target, !remote.isPublic) });
    return this.remote(udataBody(answer, 'dataset'));
  }

  async uploadFile(remote: RemoteDataset, target: PublicationTarget, options: UploadOptions): Promise<RemoteResource> {
    // Already there (a lost answer to the upload, or the same file again): adopt it.
    const present = remote.resources.find((resource) => resource.checksum === target.sha1);
    if (present) return present;
    const existing = pickResource(remote.resources, target);
    const path = existing ? `/datasets/${remote.id}/resources/${existing.id}/upload/` : `/datasets/${remote.id}/upload/`;
    const uploaded = await this.upload(path, target, options);
    const schema = udataResourceSchema(target.request.metadata);
    const file = target.request.file;
    if (uploaded.title !== file.name || schema) {
      const { success: _success, ...resource } = uploaded;
      const answer = await this.client.call('PUT', `/datasets/${remote.id}/resources/${String(uploaded.id)}/`, {
        json: { ...resource, title: file.name, ...(schema ? { schema } : {}) },
      });
      return toResource(udataBody(answer, 'upload'));
    }
    return toResource(uploaded);
  }

  async process(): Promise<void> {
    // udata serves the file as uploaded: there is no processing to wait for.
  }

  async readBack(remote: RemoteDataset, target: PublicationTarget): Promise<PortalReadBack> {
    const fresh = this.remote(udataBody(await this.client.call('GET', `/datasets/${remote.id}/`), 'verify'));
    const resource = fresh.resources.find((candidate) => candidate.checksum === target.sha1);
    if (!resource?.url) throw new PortalError('publish.read-back-missing', 'transient', { name: remote.name });
    return readBackByDownload(this.client, resource.url, target.request.file.delimiter);
  }

  async makePublic(remote: RemoteDataset, target: PublicationTarget): Promise<void> {
    udataBody(await this.client.call('PUT', `/datasets/${remote.id}/`, { json: this.dataset(target, false) }), 'make-public');
  }

  async isPubliclyVisible(remote: RemoteDataset): Promise<boolean> {
    const answer = await this.client.call('GET', `/datasets/${remote.id}/`, { auth: false });
    if (answer.status === 404) return false;
    return udataBody(answer, 'verify-public').private === false;
  }

  private dataset(target: PublicationTarget, isPrivate: boolean): Record<string, unknown> {
    const organization = this.context.profile.organization === '' ? null : this.context.profile.organization;
    return toUdataDataset(target.request.metadata, { organization, publicationId: target.request.publicationKey, private: isPrivate });
  }

  /** One multipart request, or fine-uploader chunks then the request that joins them (§2.4). */
  private async upload(path: string, target: PublicationTarget, options: UploadOptions): Promise<Record<string, unknown>> {
    const file = target.request.file;
    const part = (start: number, size: number): MultipartFile => ({ name: 'file', filename: file.name, contentType: 'text/csv', path: file.path, start, size });
    const chunkBytes = this.context.timings.chunkBytes;
    if (file.size <= chunkBytes) {
      const answer = await this.client.call('POST', path, { body: multipartBody([part(0, file.size)]), onProgress: options.onProgress });
      return udataBody(answer, 'upload', [200, 201]);
    }
    const uuid = randomUUID();
    const totalParts = Math.ceil(file.size / chunkBytes);
    const common: MultipartText[] = [
      { name: 'uuid', value: uuid },
      { name: 'filename', value: file.name },
      { name: 'totalparts', value: String(totalParts) },
      { name: 'totalfilesize', value: String(file.size) },
    ];
    for (let index = 0; index < totalParts; index++) {
      const start = index * chunkBytes;
      const size = Math.min(chunkBytes, file.size - start);
      const body = multipartBody([
        ...common,
        { name: 'partindex', value: String(index) },
        { name: 'partbyteoffset', value: String(start) },
        { name: 'chunksize', value: String(size) },
        part(start, size),
      ]);
      const answer = await this.client.call('POST', path, {
        body,
        onProgress: (sent, total) => options.onProgress(start + Math.round((sent / total) * size), file.size),
      });
      udataBody(answer, 'upload');
    }
    return udataBody(await this.client.call('POST', path, { body: multipartBody(common) }), 'upload', [200, 201]);
  }

  private remote(dataset: Record<string, unknown>): RemoteDataset {
    return {
      id: requireString(dataset, 'id', 'locate'),
      name: String(dataset.slug ?? dataset.id),
      pageUrl: typeof dataset.page === 'string' ? dataset.page : `${this.context.profile.baseUrl}/fr/datasets/${String(dataset.id)}/`,
      isPublic: dataset.private === false,
      resources: recordList(dataset.resources).map(toResource),
    };
  }
}

function toResource(resource: Record<string, unknown>): RemoteResource {
  const checksum = asRecord(resource.checksum);
  return {
    id: String(resource.id),
    title: String(resource.title ?? ''),
    fileRef: null,
    checksum: typeof checksum?.value === 'string' ? checksum.value : null,
    url: typeof resource.url === 'string' ? resource.url : null,
  };
}
