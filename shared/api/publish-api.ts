import type { OutboxItemView } from '../publish/outbox-item.js';
import type { ConnectionReport, PortalProfile, PortalProfileOptions } from '../publish/portal-profile.js';
import type { PortalEngine } from '../publish/publication-request.js';
import type { JsonSchema, MethodSpec, NoParams, RequestSchemas } from './method.js';
import { idSchema, noParamsSchema, objectSchema } from './method.js';

/** What the settings form sends; `apiKey` omitted on a change keeps the saved key. */
export interface PortalProfileForm {
  profileId?: number;
  label: string;
  engine: PortalEngine;
  baseUrl: string;
  organization: string;
  autoPublic: boolean;
  options?: PortalProfileOptions;
  apiKey?: string;
}

/** Methods of the `publish` domain: portal profiles, « Tester la connexion », the outbox. */
export interface PublishApi {
  'publish:profiles': MethodSpec<NoParams, PortalProfile[]>;
  'publish:save-profile': MethodSpec<PortalProfileForm, PortalProfile>;
  'publish:delete-profile': MethodSpec<{ profileId: number }, { deleted: true }>;
  /** Creates the « Bac à sable » profile of an engine, served by `npm run portal:sandbox`. */
  'publish:create-sandbox-profile': MethodSpec<{ engine: PortalEngine }, PortalProfile>;
  'publish:test-connection': MethodSpec<{ profileId: number }, ConnectionReport>;
  /** One click: queues the vetted export for the portal; it leaves when the network allows. */
  'publish:start': MethodSpec<{ draftId: string; profileId: number }, OutboxItemView>;
  'publish:list': MethodSpec<NoParams, OutboxItemView[]>;
  'publish:cancel': MethodSpec<{ outboxId: number }, OutboxItemView>;
  'publish:make-public': MethodSpec<{ outboxId: number }, OutboxItemView>;
  'publish:retry': MethodSpec<{ outboxId: number }, OutboxItemView>;
  /** The renderer saw the network come back (`online`): probe waiting publications now. */
  'publish:network-back': MethodSpec<NoParams, { probing: true }>;
}

/** Events of the `publish` domain: a publication changed (status, step, upload progress). */
export interface PublishEvents {
  'publish:item-changed': OutboxItemView;
}

const engineSchema: JsonSchema = { enum: ['opendatasoft', 'udata', 'ckan'] };
const rowIdSchema: JsonSchema = { type: 'integer', minimum: 1 };

const profileOptionsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    tokenHeader: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' },
    licenceIds: {
      type: 'object',
      maxProperties: 64,
      propertyNames: { maxLength: 64 },
      additionalProperties: { type: 'string', minLength: 1, maxLength: 128 },
    },
  },
};

export const publishRequestSchemas: RequestSchemas<PublishApi> = {
  'publish:profiles': noParamsSchema,
  'publish:save-profile': objectSchema(
    {
      profileId: rowIdSchema,
      label: { type: 'string', minLength: 1, maxLength: 120 },
      engine: engineSchema,
      baseUrl: { type: 'string', minLength: 8, maxLength: 500 },
      organization: { type: 'string', maxLength: 200 },
      autoPublic: { type: 'boolean' },
      options: profileOptionsSchema,
      apiKey: { type: 'string', minLength: 1, maxLength: 4096 },
    },
    ['profileId', 'options', 'apiKey'],
  ),
  'publish:delete-profile': objectSchema({ profileId: rowIdSchema }),
  'publish:create-sandbox-profile': objectSchema({ engine: engineSchema }),
  'publish:test-connection': objectSchema({ profileId: rowIdSchema }),
  'publish:start': objectSchema({ draftId: idSchema, profileId: rowIdSchema }),
  'publish:list': noParamsSchema,
  'publish:cancel': objectSchema({ outboxId: rowIdSchema }),
  'publish:make-public': objectSchema({ outboxId: rowIdSchema }),
  'publish:retry': objectSchema({ outboxId: rowIdSchema }),
  'publish:network-back': noParamsSchema,
};
