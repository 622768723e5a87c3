import type { EmulatedLicence, EmulatorLimits, EmulatorState } from './emulator-state.js';

/**
 * The accounts the emulator knows. Test values, public on purpose: a « Bac à sable » profile uses
 * them, and the tests use the others to see a bad key or a missing permission answered.
 */
export const EMULATOR_KEYS = {
  ods: { editor: 'ods-editor-key-0123456789', reader: 'ods-reader-key-0123456789' },
  udata: {
    editor: 'udata_editor-token-0123456789',
    outsider: 'udata_outsider-token-0123456789',
    revoked: 'udata_revoked-token-0123456789',
  },
  ckan: { editor: 'ckan-editor-token-0123456789', member: 'ckan-member-token-0123456789' },
} as const;

/** The organisation each engine knows, by the ids a profile uses. */
export const EMULATOR_ORGANIZATIONS = {
  udata: { id: '5f0c1e2d3a4b5c6d7e8f9012', name: 'Commune de Castelmaurou', slug: 'commune-de-castelmaurou' },
  ckan: { id: '7b5c1c2e-2f0e-4c55-9c2a-0d1b7f1e9a01', name: 'commune-de-castelmaurou', title: 'Commune de Castelmaurou' },
} as const;

/** An Opendatasoft domain's licences: opaque ids, as on real domains (reference §1.9). */
const ODS_LICENCES: EmulatedLicence[] = [
  { id: '5sylls5', title: 'Licence Ouverte v2.0 (Etalab)', url: 'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf' },
  { id: '4bj8ceb', title: 'Open Database License (ODbL)', url: 'http://opendatacommons.org/licenses/odbl/' },
  { id: 'cc_by', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
];

/** data.gouv.fr's list (reference §2.7). */
const UDATA_LICENCES: EmulatedLicence[] = [
  { id: 'lov2', title: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' },
  { id: 'fr-lo', title: 'Licence Ouverte / Open Licence', url: 'http://www.data.gouv.fr/Licence-Ouverte-Open-Licence' },
  { id: 'odc-odbl', title: 'Open Data Commons Open Database License (ODbL)', url: 'http://opendatacommons.org/licenses/odbl/summary/' },
  { id: 'odc-by', title: 'Open Data Commons Attribution License', url: 'http://opendatacommons.org/licenses/by/summary/' },
  { id: 'odc-pddl', title: 'Open Data Commons Public Domain Dedication and Licence (PDDL)', url: 'http://opendatacommons.org/licenses/pddl/summary/' },
  { id: 'cc-by', title: 'Creative Commons Attribution', url: 'http://www.opendefinition.org/licenses/cc-by' },
  { id: 'cc-by-sa', title: 'Creative Commons Attribution Share-Alike', url: 'http://www.opendefinition.org/licenses/cc-by-sa' },
  { id: 'cc-zero', title: 'Creative Commons CCZero', url: 'http://www.opendefinition.org/licenses/cc-zero' },
  { id: 'notspecified', title: 'License Not Specified', url: '' },
  { id: 'other-at', title: 'Other (Attribution)', url: '' },
  { id: 'other-open', title: 'Other (Open)', url: '' },
  { id: 'other-pd', title: 'Other (Public Domain)', url: '' },
];

/** CKAN core's default list (`ckan/model/license.py`), plus the Etalab entry a French site adds. */
const CKAN_LICENCES: EmulatedLicence[] = [
  { id: 'notspecified', title: 'License not specified', url: '' },
  { id: 'odc-pddl', title: 'Open Data Commons Public Domain Dedication and License (PDDL)', url: 'http://www.opendefinition.org/licenses/odc-pddl' },
  { id: 'odc-odbl', title: 'Open Data Commons Open Database License (ODbL)', url: 'http://www.opendefinition.org/licenses/odc-odbl' },
  { id: 'odc-by', title: 'Open Data Commons Attribution License', url: 'http://www.opendefinition.org/licenses/odc-by' },
  { id: 'cc-zero', title: 'Creative Commons CCZero', url: 'http://www.opendefinition.org/licenses/cc-zero' },
  { id: 'cc-by', title: 'Creative Commons Attribution', url: 'http://www.opendefinition.org/licenses/cc-by' },
  { id: 'cc-by-sa', title: 'Creative Commons Attribution Share-Alike', url: 'http://www.opendefinition.org/licenses/cc-by-sa' },
  { id: 'gfdl', title: 'GNU Free Documentation License', url: 'http://www.opendefinition.org/licenses/gfdl' },
  { id: 'other-open', title: 'Other (Open)', url: '' },
  { id: 'other-pd', title: 'Other (Public Domain)', url: '' },
  { id: 'other-at', title: 'Other (Attribution)', url: '' },
  { id: 'uk-ogl', title: 'UK Open Government Licence (OGL)', url: 'http://reference.data.gov.uk/id/open-government-licence' },
  { id: 'cc-nc', title: 'Creative Commons Non-Commercial (Any)', url: 'http://creativecommons.org/licenses/by-nc/2.0/' },
  { id: 'other-nc', title: 'Other (Non-Commercial)', url: '' },
  { id: 'other-closed', title: 'Other (Not Open)', url: '' },
  { id: 'lo-2.0', title: 'Licence Ouverte / Open Licence 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' },
];

/** Defaults: the proxies' limits of reference §5.A.7, processing that ends in well under a second. */
export const DEFAULT_LIMITS: EmulatorLimits = {
  proxyBytes: { ods: 240 * 1024 * 1024, udata: 100 * 1024 * 1024, ckan: 100 * 1024 * 1024 },
  ckanMaxResourceBytes: 10 * 1024 * 1024,
  odsQueuedMs: 40,
  odsProcessingMs: 80,
  odsRejectMetadataWhileProcessing: false,
};

/** A fresh world: the accounts above, no dataset. */
export function seedState(filesDir: string, limits: Partial<EmulatorLimits> = {}): EmulatorState {
  const keys = EMULATOR_KEYS;
  const udataOrg = EMULATOR_ORGANIZATIONS.udata;
  const ckanOrg = EMULATOR_ORGANIZATIONS.ckan;
  return {
    filesDir,
    limits: { ...DEFAULT_LIMITS, ...limits, proxyBytes: { ...DEFAULT_LIMITS.proxyBytes, ...limits.proxyBytes } },
    ods: {
      keys: {
        [keys.ods.editor]: { user: 'agent', permissions: ['create_dataset', 'edit_dataset', 'publish_dataset'] },
        [keys.ods.reader]: { user: 'lecteur', permissions: [] },
      },
      licences: ODS_LICENCES,
      datasets: new Map(),
    },
    udata: {
      users: {
        [keys.udata.editor]: { id: '64a0a0a0a0a0a0a0a0a0a001', first_name: 'Agent', last_name: 'Mairie', organizations: [udataOrg.id], token: 'valid' },
        [keys.udata.outsider]: { id: '64a0a0a0a0a0a0a0a0a0a002', first_name: 'Autre', last_name: 'Personne', organizations: [], token: 'valid' },
        [keys.udata.revoked]: { id: '64a0a0a0a0a0a0a0a0a0a003', first_name: 'Ancien', last_name: 'Agent', organizations: [udataOrg.id], token: 'revoked' },
      },
      organizations: new Map([[udataOrg.id, { ...udataOrg }]]),
      licences: UDATA_LICENCES,
      datasets: new Map(),
      chunks: new Map(),
    },
    ckan: {
      users: {
        [keys.ckan.editor]: { id: 'b1f5e0c4-0000-4000-8000-000000000001', name: 'agent', capacities: { [ckanOrg.id]: 'editor' } },
        [keys.ckan.member]: { id: 'b1f5e0c4-0000-4000-8000-000000000002', name: 'lecteur', capacities: { [ckanOrg.id]: 'member' } },
      },
      organizations: new Map([[ckanOrg.id, { ...ckanOrg }]]),
      licences: CKAN_LICENCES,
      packages: new Map(),
    },
    activeUploads: 0,
    stalledUploads: 0,
  };
}
