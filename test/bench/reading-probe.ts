// Runs in a child process of the reading benchmark: opens one file with `openTable`, then
// prints one JSON line of timings and the process's peak resident memory, so that each figure
// is measured in a fresh process, alone.
import { openTable } from '../../main/files/open-table.js';
import { readViewRows } from '../../main/workspace/view-rows.js';
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
// Peak memory of the pass and the windows, before the view pages below allocate their blocks.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// A page of a view whose order scatters the rows over the whole file (a sort by a column the
// file is not ordered by): a shuffled order, seeded.
const order = new Uint32Array(table.info.rowCount).map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const pageMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = Math.floor(random() * Math.max(1, order.length - 100));
  const t = performance.now();
  const page = await readViewRows(table, order, start, 100);
  pageMs.push(performance.now() - t);
  if (page.rows.length !== Math.min(100, order.length - start) || page.rows.some((row) => row.length === 0)) throw new Error(`view page at ${start} incomplete`);
}
await table.close();
windowMs.sort((a, b) => a - b);
pageMs.sort((a, b) => a - b);
console.log(JSON.stringify({
  firstWindowMs,
  passMs,
  rows: table.info.rowCount,
  columns: table.info.columns.length,
  windowMedianMs: windowMs[10],
  windowMaxMs: windowMs[19],
  viewPageMedianMs: pageMs[2],
  viewPageMaxMs: pageMs[4],
  peakRssMb,
}));
