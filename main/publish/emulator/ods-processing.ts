import type { OdsDataset } from './emulator-state.js';
import { isoNow } from './emulator-state.js';
import type { FaultRule } from './fault-injection.js';
import { odsFieldName, summariseCsv } from './csv-summary.js';

function moveTo(dataset: OdsDataset, status: string, changes: Partial<OdsDataset['status']> = {}): void {
  dataset.status = { ...dataset.status, previous: dataset.status.status, status, since: isoNow(), ...changes };
}

/**
 * Opendatasoft's background publishing (reference §1.6): `queued`, then `processing`, then `idle`
 * with `is_published`, the Explore API then showing the rows and fields of the resource's file.
 * A fault on the publish call ends it in `error` or `limit_reached`, or stretches the processing.
 */
export function startProcessing(dataset: OdsDataset, timing: { queuedMs: number; processingMs: number }, fault: FaultRule | null): void {
  moveTo(dataset, 'queued', { message: null, params: {} });
  const processingMs = fault?.fault === 'slow-processing' ? (fault.delayMs ?? 2_000) : timing.processingMs;
  setTimeout(() => {
    moveTo(dataset, 'processing');
    setTimeout(() => void finish(dataset, fault), processingMs).unref();
  }, timing.queuedMs).unref();
}

async function finish(dataset: OdsDataset, fault: FaultRule | null): Promise<void> {
  if (fault?.fault === 'processing-error') {
    moveTo(dataset, 'error', { message: 'Processing failed: the extractor could not read the file.' });
    return;
  }
  if (fault?.fault === 'limit-reached') {
    moveTo(dataset, 'limit_reached', { params: { error: { limit_type: 'records', limit: 10, value: 11 } } });
    return;
  }
  const resource = dataset.resources[0];
  const file = resource ? dataset.files.get(resource.datasource.file.uid) : undefined;
  if (!resource || !file) {
    dataset.published = { fields: [], rowCount: 0 };
  } else {
    const separator = typeof resource.params.separator === 'string' ? resource.params.separator : ';';
    const summary = await summariseCsv(file.path, separator);
    dataset.published = {
      fields: summary.columns.map((label) => ({ name: odsFieldName(label), label, type: 'text', description: null, annotations: {} })),
      rowCount: summary.rowCount,
    };
  }
  moveTo(dataset, 'idle', { is_published: true });
}
