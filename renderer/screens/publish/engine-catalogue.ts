import { defineCatalogue } from '../../i18n/screen-catalogue.js';

/**
 * The names of the portal engines as a clerk knows them, shared by the description form (« check
 * for this portal »), the publishing step and the settings.
 */
export const engineCatalogue = defineCatalogue({
  fr: {
    'opendatasoft': 'Opendatasoft',
    'udata': 'data.gouv.fr (udata)',
    'ckan': 'CKAN',
  },
  en: {
    'opendatasoft': 'Opendatasoft',
    'udata': 'data.gouv.fr (udata)',
    'ckan': 'CKAN',
  },
});
