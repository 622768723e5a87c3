import { CkanAdapter } from './ckan/ckan-adapter.js';
import { OpendatasoftAdapter } from './opendatasoft/opendatasoft-adapter.js';
import type { AdapterContext, PortalAdapter } from './portal-adapter.js';
import { UdataAdapter } from './udata/udata-adapter.js';

/** The adapter of the profile's engine. */
export function createPortalAdapter(context: AdapterContext): PortalAdapter {
  switch (context.profile.engine) {
    case 'opendatasoft':
      return new OpendatasoftAdapter(context);
    case 'udata':
      return new UdataAdapter(context);
    case 'ckan':
      return new CkanAdapter(context);
  }
}
