import { StringDecoder } from 'node:string_decoder';
import { CsvRecordCounter } from '../../../shared/publish/csv-record-counter.js';
import type { PortalReadBack } from '../../../shared/publish/read-back-check.js';
import { sendHttp } from '../http/http-transport.js';
import { PortalError } from '../http/portal-error.js';
import { failureFromAnswer } from '../http/status-failure.js';
import type { PortalClient } from './portal-client.js';

/**
 * Downloads the file the portal serves for a resource and reads its header and record count as
 * it streams: engines that do not parse CSV (udata, CKAN) are read back from the very bytes a
 * visitor would get. Redirects (a storage host) are followed; the key goes only to the portal.
 */
export async function readBackByDownload(client: PortalClient, fileUrl: string, delimiter: string): Promise<PortalReadBack> {
  let url = new URL(fileUrl);
  for (let hop = 0; hop < 5; hop++) {
    const counter = new CsvRecordCounter(delimiter);
    const decoder = new StringDecoder('utf8');
    const answer = await sendHttp({
      method: 'GET',
      url,
      headers: { Accept: '*/*', ...client.authFor(url) },
      timeoutMs: client.timeoutMs,
      signal: client.signal,
      onData: (chunk) => counter.push(decoder.write(chunk)),
    });
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && typeof location === 'string') {
      url = new URL(location, url);
      continue;
    }
    if (answer.status !== 200) {
      const failure = failureFromAnswer(answer, { message: null, fields: {} }, { step: 'verify' });
      // 429, 5xx, 408 come back later; anything else means the file is not served.
      if (failure.handling === 'transient') throw failure;
      throw new PortalError('publish.read-back-missing', 'permanent', { status: answer.status });
    }
    counter.push(decoder.end());
    return counter.finish();
  }
  throw new PortalError('publish.read-back-missing', 'permanent', { status: 310 });
}
