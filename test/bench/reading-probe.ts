// Runs in a child process of the reading benchmark: opens one file with `openTable`, then
// prints one JSON line of timings and the process's peak resident memory, so that each figure
// is measured in a fresh process, alone.
import { openTable } from '../../main/files/open-table.js';
import { seeded } from './reading-fixtures.js';

const file = process.argv[2]!;
const started = performance.now();
let firstWindowMs = -1;
const table = await openTable(file, {
  onFirstWindow: () => {
    if (firstWindowMs < 0) firstWindowMs = performance.now() - started;
  },
});
const passMs = performance.now() - started;
const random = seeded(99);
const windowMs: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = Math.floor(random() * Math.max(1, table.info.rowCount - 100));
  const t = performance.now();
  const rows = await table.readRows(start, 100);
  windowMs.push(performance.now() - t);
  if (rows.length !== Math.min(100, table.info.rowCount - start)) throw new Error(`window at ${start} gave ${rows.length} rows`);
}
await table.close();
windowMs.sort((a, b) => a - b);
console.log(JSON.stringify({
  firstWindowMs,
  passMs,
  rows: table.info.rowCount,
  columns: table.info.columns.length,
  windowMedianMs: windowMs[10],
  windowMaxMs: windowMs[19],
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
