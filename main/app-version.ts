import { createRequire } from 'node:module';

/** The app's version, from package.json (the same in the built app and from source). */
export const APP_VERSION: string = (() => {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'atelier-open-data' && pkg.version) return pkg.version;
    } catch {
      // Not at this depth: the build nests main/ one level further than the sources.
    }
  }
  return '0.0.0';
})();
