// Starts a worker written in TypeScript when the app runs from source (tests, `npm run bench`):
// registers tsx in this worker thread, then loads the real worker module. The built app never
// needs it: its workers are compiled JavaScript.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.tsEntry);
