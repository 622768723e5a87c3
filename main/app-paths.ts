import os from 'node:os';
import path from 'node:path';

/**
 * The user data folder: the database, uploads kept in browser mode, drafts' scratch files and
 * logs. `ATELIER_DATA_DIR` overrides it (every test uses its own).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ATELIER_DATA_DIR) return path.resolve(env.ATELIER_DATA_DIR);
  if (process.platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Atelier Open Data');
  }
  if (process.platform === 'darwin') {
    return path.join(os.homedir(), 'Library', 'Application Support', 'Atelier Open Data');
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'atelier-open-data');
}

/** The database file inside the data folder. */
export function databaseFile(dir: string = dataDir()): string {
  return path.join(dir, 'atelier.sqlite');
}
