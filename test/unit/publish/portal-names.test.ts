import { describe, expect, it } from 'vitest';
import { keyFingerprint, portalDatasetName } from '../../../shared/publish/portal-names.js';

describe('portal dataset names', () => {
  it('are stable for a key, distinct across keys, and valid for Opendatasoft and CKAN', () => {
    const name = portalDatasetName('Équipements sportifs — 2024 !', 'pub-42');
    expect(name).toBe(portalDatasetName('Équipements sportifs — 2024 !', 'pub-42'));
    expect(name).toMatch(/^equipements-sportifs-2024-[0-9a-z]{7}$/);
    expect(portalDatasetName('Équipements sportifs — 2024 !', 'pub-43')).not.toBe(name);
    expect(keyFingerprint('pub-42')).toHaveLength(7);
    const long = portalDatasetName('x'.repeat(300), 'k');
    expect(long.length).toBeLessThanOrEqual(100);
    expect(portalDatasetName('«»', 'k')).toMatch(/^[a-z0-9_-]{2,100}$/);
  });
});
