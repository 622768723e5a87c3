import { describe, expect, it } from 'vitest';
import { DEFAULT_LICENCE_ID, LICENCES, findLicence, licenceWarnings } from '../../../shared/licences/catalogue.js';

describe('licence catalogue', () => {
  it('offers the Licence Ouverte 2.0 by default, known to data.gouv.fr as lov2', () => {
    const licence = findLicence(DEFAULT_LICENCE_ID);
    expect(licence?.title).toBe('Licence Ouverte / Open Licence 2.0');
    expect(licence?.udataId).toBe('lov2');
    expect(licence?.allowedForPublicData).toBe(true);
  });

  it('knows the ODbL by its SPDX id and without case', () => {
    expect(findLicence('ODbL-1.0')?.udataId).toBe('odc-odbl');
    expect(findLicence('odbl-1.0')?.id).toBe('ODbL-1.0');
    expect(findLicence('cc-by-4.0')?.udataId).toBe('cc-by');
    expect(findLicence('CC0-1.0')?.udataId).toBe('cc-zero');
    expect(findLicence('GPL-3.0')).toBeUndefined();
  });

  it('gives every licence two French lines, two English lines and a URL, with unique ids', () => {
    expect(new Set(LICENCES.map((l) => l.id)).size).toBe(LICENCES.length);
    expect(new Set(LICENCES.map((l) => l.udataId)).size).toBe(LICENCES.length);
    for (const licence of LICENCES) {
      expect(licence.summaryFr).toHaveLength(2);
      expect(licence.summaryEn).toHaveLength(2);
      expect(licence.url).toMatch(/^https:\/\//);
    }
  });

  it('only the Licence Ouverte and the ODbL are on the décret 2017-638 list', () => {
    const allowed = LICENCES.filter((l) => l.allowedForPublicData).map((l) => l.id);
    expect(allowed.sort()).toEqual(['ODbL-1.0', 'etalab-1.0', 'etalab-2.0']);
  });
});

describe('licence warnings', () => {
  it('has nothing to say about the Licence Ouverte 2.0', () => {
    expect(licenceWarnings('etalab-2.0')).toEqual([]);
  });

  it('explains share-alike for the ODbL without calling it a problem', () => {
    const warnings = licenceWarnings('ODbL-1.0');
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['licence.share-alike', 'info']]);
    expect(warnings[0]?.message.fr).toContain('même licence');
  });

  it('warns that CC-BY 4.0 is not on the décret list, citing the article', () => {
    const [first, ...rest] = licenceWarnings('CC-BY-4.0');
    expect(rest).toEqual([]);
    expect(first?.code).toBe('licence.not-on-decree-list');
    expect(first?.severity).toBe('warning');
    expect(first?.message.fr).toContain('«\u00a0Creative Commons Attribution 4.0\u00a0»');
    expect(first?.message.fr).toContain('D323-2-1');
  });

  it('warns on CC-BY-SA with both the décret and share-alike', () => {
    expect(licenceWarnings('CC-BY-SA-4.0').map((w) => w.code)).toEqual(['licence.not-on-decree-list', 'licence.share-alike']);
  });

  it('warns on a missing, superseded or unknown licence', () => {
    expect(licenceWarnings('notspecified').map((w) => w.code)).toEqual(['licence.not-specified']);
    expect(licenceWarnings('etalab-1.0').map((w) => w.code)).toEqual(['licence.superseded']);
    const unknown = licenceWarnings('WTFPL');
    expect(unknown.map((w) => w.code)).toEqual(['licence.unknown']);
    expect(unknown[0]?.message.fr).toContain('WTFPL');
  });
});
