// The second reader of a large CSV file: takes parts of the file from the shared counter, reads
// each one (decode, parse, index, profile, and the personal-data scan when asked) and posts it
// back. The scanners are loaded only when a scan is asked, so that opening a file starts fast.
import { parentPort } from 'node:worker_threads';
import { SourceFile } from '../file-access.js';
import type { HelperReply, HelperRequest, PartsTask } from './csv-range-helper.js';
import { readPart, type PartScanner, type PartScanSetup } from './csv-range.js';

const port = parentPort;
if (!port) throw new Error('csv-range-worker must run in a worker thread');

const controller = new AbortController();
const send = (reply: HelperReply): void => port.postMessage(reply);

async function scannerFactory(task: PartsTask): Promise<((setup: PartScanSetup) => PartScanner) | undefined> {
  if (task.setup.scan === null) return undefined;
  const [{ scanPartFor }, { OutcomeMemory }] = await Promise.all([import('../../../shared/detect/table-scan-part.js'), import('../../../shared/detect/outcome-memory.js')]);
  // The parts this thread reads share what their values gave: each does not learn it again.
  const memory = new OutcomeMemory();
  return (setup) => scanPartFor(setup, memory);
}

async function readParts(task: PartsTask): Promise<void> {
  const file = await SourceFile.open(task.filePath);
  try {
    if (file.stamp.size !== task.stamp.size || file.stamp.mtimeMs !== task.stamp.mtimeMs) throw new Error('file changed');
    const createScanner = await scannerFactory(task);
    const counter = new Int32Array(task.counter);
    const parts = task.bounds.length - 1;
    let unreported = 0;
    const onBytes = (bytes: number): void => {
      unreported += bytes;
      if (unreported < 4 * 1024 * 1024) return;
      send({ type: 'bytes', bytes: unreported });
      unreported = 0;
    };
    for (let index = Atomics.add(counter, 0, 1); index < parts; index = Atomics.add(counter, 0, 1)) {
      const part = await readPart(file, task.setup, task.bounds[index]!, task.bounds[index + 1]!, {
        signal: controller.signal,
        onBytes,
        ...(createScanner ? { createScanner } : {}),
      });
      send({ type: 'part', index, part });
    }
  } finally {
    await file.close();
  }
}

send({ type: 'ready' });

port.on('message', (request: HelperRequest) => {
  if (request.type === 'cancel') {
    controller.abort();
    return;
  }
  readParts(request).then(
    () => send({ type: 'done' }),
    (error: unknown) => send({ type: 'failed', reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }),
  );
});
