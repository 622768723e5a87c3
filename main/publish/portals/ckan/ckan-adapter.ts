import { CKAN_PUBLICATION_EXTRA, toCkanPackage } from '../../../../shared/metadata/portal-mapping/ckan.js';
import type { SiteLicence } from '../../../../shared/licences/site-licence-match.js';
import type { ConnectionReport } from '../../../../shared/publish/portal-profile.js';
import type { PortalReadBack } from '../../../../shared/publish/read-back-check.js';
import type { MultipartFile, MultipartText } from '../../http/multipart-body.js';
import { multipartBody } from '../../http/multipart-body.js';
import { PortalError } from '../../http/portal-error.js';
import { recordList, requireString } from '../answer-fields.js';
import { check, failedCheck, report } from '../connection-report.js';
import { missingLicences, resolveSiteLicence } from '../licence-resolution.js';
import { pickResource } from '../pick-resource.js';
import type { AdapterContext, PortalAdapter, PublicationTarget, RemoteDataset, RemoteResource, UploadOptions } from '../portal-adapter.js';
import { PortalClient } from '../portal-client.js';
import { readBackByDownload } from '../read-back-download.js';
import { ckanRecord, ckanResult } from './ckan-answers.js';

/**
 * CKAN: the action API with the raw token in `Authorization` (or the site's own header), and its
 * `{success, result, error}` envelope (reference §3). The dataset `name` is the idempotency key
 * (§3.8), checked against the extras marker; the licence is checked against `license_list`
 * because core CKAN accepts any id silently; the file goes up with `resource_create` and a new
 * version replaces it with `resource_update`.
 */
export class CkanAdapter implements PortalAdapter {
  readonly engine = 'ckan' as const;
  private readonly context: AdapterContext;
  private readonly client: PortalClient;

  constructor(context: AdapterContext) {
    this.context = context;
    const header = context.profile.options.tokenHeader || 'Authorization';
    this.client = new PortalClient(context, '/api/3/action', { [header]: context.apiKey });
  }

  async checkConnection(): Promise<ConnectionReport> {
    let organizations: { id: string; name: string; slug: string }[];
    try {
      const result = ckanResult(await this.client.call('GET', '/organization_list_for_user', { query: { permission: 'create_dataset' } }), 'check');
      organizations = recordList(result).map((organization) => ({ id: String(organization.id), name: String(organization.title ?? organization.name), slug: String(organization.name) }));
    } catch (error) {
      return report([failedCheck('key', error)]);
    }
    const checks = [check('reach', true, 'publish.check.reach-ok')];
    // An unknown token is anonymous, not refused: no organisation at all is how it shows.
    if (organizations.length === 0) checks.push(check('permissions', false, 'publish.check.no-organization'));
    else checks.push(check('key', true, 'publish.check.key-ok'), check('permissions', true, 'publish.check.permissions-ok'));
    const wanted = this.context.profile.organization;
    if (organizations.length > 0) {
      const found = organizations.some((organization) => organization.id === wanted || organization.slug === wanted);
      checks.push(found
        ? check('organization', true, 'publish.check.organization-ok', { organization: wanted })
        : check('organization', false, 'publish.check.organization-missing', { organization: wanted }));
    }
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
    return report(
      checks,
      organizations.map(({ id, name }) => ({ id, name })),
      licences.map((licence) => ({ id: licence.id, title: licence.title ?? licence.id })),
    );
  }

  async findDataset(target: PublicationTarget, knownId: string | null): Promise<RemoteDataset | null> {
    const answer = await this.client.call('GET', '/package_show', { query: { id: knownId ?? target.name } });
    if (answer.status === 404) return knownId ? this.findDataset(target, null) : null;
    const pkg = ckanRecord(answer, 'locate');
    const marker = recordList(pkg.extras).find((extra) => extra.key === CKAN_PUBLICATION_EXTRA)?.value;
    // The name is taken by a dataset that is not this publication's: never adopt someone else's.
    if (marker !== target.request.publicationKey) throw new PortalError('publish.name-taken', 'permanent', { name: target.name });
    return this.remote(pkg);
  }

  async createDataset(target: PublicationTarget): Promise<RemoteDataset> {
    const answer = await this.client.call('POST', '/package_create', { json: await this.pkg(target, true) });
    return this.remote(ckanRecord(answer, 'dataset'));
  }

  async updateDataset(remote: RemoteDataset, target: PublicationTarget): Promise<RemoteDataset> {
    const pkg = await this.pkg(target, !remote.isPublic);
    // `package_patch` keeps the resources and whatever else the site added (reference §3.2).
    const answer = await this.client.call('POST', '/package_patch', { json: { ...pkg, id: remote.id, name: remote.name } });
    return this.remote(ckanRecord(answer, 'dataset'));
  }

  async uploadFile(remote: RemoteDataset, target: PublicationTarget, options: UploadOptions): Promise<RemoteResource> {
    const file = target.request.file;
    const present = remote.resources.find((resource) => resource.checksum === file.sha256);
    if (present) return present;
    const existing = pickResource(remote.resources, target);
    const fields: (MultipartText | MultipartFile)[] = [
      existing ? { name: 'id', value: existing.id } : { name: 'package_id', value: remote.id },
      { name: 'name', value: file.name },
      { name: 'format', value: 'CSV' },
      // Our sha256 in `hash`: how a retry recognises the file is already there (reference §3.8).
      { name: 'hash', value: file.sha256 },
      { name: 'upload', filename: file.name, contentType: 'text/csv', path: file.path, size: file.size },
    ];
    const action = existing ? '/resource_update' : '/resource_create';
    const answer = await this.client.call('POST', action, { body: multipartBody(fields), onProgress: options.onProgress });
    return toResource(ckanRecord(answer, 'upload'));
  }

  async process(): Promise<void> {
    // CKAN serves the file as uploaded: there is no processing to wait for.
  }

  async readBack(remote: RemoteDataset, target: PublicationTarget): Promise<PortalReadBack> {
    const pkg = ckanRecord(await this.client.call('GET', '/package_show', { query: { id: remote.id } }), 'verify');
    const resource = recordList(pkg.resources).map(toResource).find((candidate) => candidate.checksum === target.request.file.sha256);
    if (!resource?.url) throw new PortalError('publish.read-back-missing', 'transient', { name: remote.name });
    return readBackByDownload(this.client, resource.url, target.request.file.delimiter);
  }

  async makePublic(remote: RemoteDataset): Promise<void> {
    ckanRecord(await this.client.call('POST', '/package_patch', { json: { id: remote.id, private: false } }), 'make-public');
  }

  async isPubliclyVisible(remote: RemoteDataset): Promise<boolean> {
    const answer = await this.client.call('GET', '/package_show', { query: { id: remote.id }, auth: false });
    if (answer.status === 403 || answer.status === 404) return false;
    return ckanRecord(answer, 'verify-public').private === false;
  }

  private async pkg(target: PublicationTarget, isPrivate: boolean): Promise<Record<string, unknown>> {
    const licenseId = resolveSiteLicence(this.context.profile, target.request.metadata.licence, await this.siteLicences());
    return toCkanPackage(target.request.metadata, {
      ownerOrg: this.context.profile.organization,
      name: target.name,
      licenseId,
      private: isPrivate,
      publicationId: target.request.publicationKey,
    });
  }

  private async siteLicences(): Promise<SiteLicence[]> {
    const result = ckanResult(await this.client.call('GET', '/license_list'), 'licences');
    return recordList(result).map((licence) => ({
      id: String(licence.id),
      title: typeof licence.title === 'string' ? licence.title : null,
      url: typeof licence.url === 'string' ? licence.url : null,
    }));
  }

  private remote(pkg: Record<string, unknown>): RemoteDataset {
    const name = requireString(pkg, 'name', 'locate');
    return {
      id: requireString(pkg, 'id', 'locate'),
      name,
      pageUrl: `${this.context.profile.baseUrl.replace(/\/+$/, '')}/dataset/${name}`,
      isPublic: pkg.private === false,
      resources: recordList(pkg.resources).map(toResource),
    };
  }
}

function toResource(resource: Record<string, unknown>): RemoteResource {
  return {
    id: String(resource.id),
    title: String(resource.name ?? ''),
    fileRef: null,
    checksum: typeof resource.hash === 'string' && resource.hash !== '' ? resource.hash : null,
    url: typeof resource.url === 'string' ? resource.url : null,
  };
}
