import { describe, expect, it } from 'vitest';
import { findLicence } from '../../../shared/licences/catalogue.js';
import type { Licence } from '../../../shared/licences/catalogue.js';
import { matchSiteLicence } from '../../../shared/licences/site-licence-match.js';

function licence(id: string): Licence {
  const found = findLicence(id);
  if (!found) throw new Error(`no licence ${id}`);
  return found;
}

/** CKAN core's default ids (reference 3.5), plus a French site's own Licence Ouverte entries. */
const ckanSite = [
  { id: 'notspecified', title: 'License not specified' },
  { id: 'odc-pddl', title: 'Open Data Commons Public Domain Dedication and License (PDDL)', url: 'http://www.opendefinition.org/licenses/odc-pddl' },
  { id: 'odc-odbl', title: 'Open Data Commons Open Database License (ODbL)', url: 'http://www.opendefinition.org/licenses/odc-odbl' },
  { id: 'cc-by', title: 'Creative Commons Attribution', url: 'http://www.opendefinition.org/licenses/cc-by' },
  { id: 'cc-zero', title: 'Creative Commons CCZero', url: 'http://www.opendefinition.org/licenses/cc-zero' },
  { id: 'other-at', title: 'Other (Attribution)' },
  { id: 'fr-lo', title: 'Licence Ouverte / Open Licence', url: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf' },
  { id: 'lo-v2', title: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' },
];

describe('matching a catalogue licence in a site list', () => {
  it('finds core CKAN ids directly', () => {
    expect(matchSiteLicence(licence('ODbL-1.0'), ckanSite)).toBe('odc-odbl');
    expect(matchSiteLicence(licence('CC0-1.0'), ckanSite)).toBe('cc-zero');
  });

  it('finds the Licence Ouverte 2.0 by title, not the legacy v1 entry', () => {
    expect(matchSiteLicence(licence('etalab-2.0'), ckanSite)).toBe('lo-v2');
    expect(matchSiteLicence(licence('etalab-1.0'), ckanSite)).toBe('fr-lo');
  });

  it('finds an Opendatasoft domain licence by its label when the id is opaque', () => {
    const ods = [
      { id: '38js5ao', title: 'Open Database License (ODbL)' },
      { id: '5sylls5', title: 'Licence Ouverte v2.0 (Etalab)' },
      { id: '4bj8ceb', title: 'CC BY 4.0' },
    ];
    expect(matchSiteLicence(licence('etalab-2.0'), ods)).toBe('5sylls5');
    expect(matchSiteLicence(licence('ODbL-1.0'), ods)).toBe('38js5ao');
    expect(matchSiteLicence(licence('CC-BY-4.0'), ods)).toBe('4bj8ceb');
  });

  it('does not take a share-alike entry for plain attribution', () => {
    const site = [{ id: 'x1', title: 'CC BY-SA 4.0' }, { id: 'x2', title: 'CC BY 4.0' }];
    expect(matchSiteLicence(licence('CC-BY-4.0'), site)).toBe('x2');
    expect(matchSiteLicence(licence('CC-BY-SA-4.0'), site)).toBe('x1');
  });

  it('answers null rather than another licence when the site has none', () => {
    expect(matchSiteLicence(licence('etalab-2.0'), ckanSite.slice(0, 6))).toBeNull();
    expect(matchSiteLicence(licence('CC-BY-SA-4.0'), ckanSite)).toBeNull();
  });
});
