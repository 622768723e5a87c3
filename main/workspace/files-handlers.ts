import type { FilesApi } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';
import type { DomainHandlers } from '../api/handler-types.js';
import type { FileRegistry } from './file-registry.js';
import type { RecentFiles } from './recent-files.js';
import type { TableService } from './table-service.js';

/** What the files handlers need. `pickFile` exists only where a native dialog does (Electron). */
export interface FilesHandlerDeps {
  files: FileRegistry;
  recent: RecentFiles;
  tables: TableService;
  pickFile?: () => Promise<string | null>;
}

/** Handlers of the `files:*` and `table:*` methods. */
export function createFilesHandlers(deps: FilesHandlerDeps): DomainHandlers<FilesApi> {
  const { files, recent, tables } = deps;
  return {
    'files:pick': async () => {
      if (!deps.pickFile) throw new AppError('api.unavailable-in-host');
      const chosen = await deps.pickFile();
      return chosen === null ? null : files.register(chosen);
    },
    'files:recent': () => recent.list(),
    'files:open-recent': ({ recentId }) => {
      const { path, name } = recent.pathOf(recentId);
      return files.registerAs(path, name);
    },
    'table:open': ({ fileId, options }) => {
      const path = files.pathOf(fileId);
      const ref = files.refOf(fileId);
      const state = tables.open(fileId, path, options);
      recent.remember(path, ref.name, ref.size, null);
      return state;
    },
    'table:state': ({ tableId }) => tables.state(tableId),
    'table:rows': ({ tableId, start, count, viewId }) => tables.rows(tableId, start, count, viewId),
    'table:set-view': ({ tableId, sort, filter }) => tables.setView(tableId, sort, filter),
    'table:view-state': ({ viewId }) => tables.viewState(viewId),
    'table:close': ({ tableId }) => ({ closed: tables.close(tableId) }),
  };
}
