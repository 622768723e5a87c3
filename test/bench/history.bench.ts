/**
 * Benchmark of the publishing history (issue 8 « Speed »): fills a history of 10 000 publications
 * and 200 000 events in a temporary folder, then prints the time to open the journal (first page),
 * search it, filter and sort it, and open a detail. Goal: each under 100 ms.
 *
 * Run: node --import tsx -e "import('./test/bench/history.bench.ts').then(m => m.run())"
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../main/db/database.js';
import type { AtelierDatabase } from '../../main/db/database.js';
import { journalCsv } from '../../main/history/journal-csv.js';
import { listJournal, publicationDetail } from '../../main/history/journal-queries.js';
import { appendPublicationEvent, recordPublication, setRemote } from '../../main/history/publication-recorder.js';
import type { PublicationEventType } from '../../shared/history/publication-events.js';
import { metadataFor, publicationInput, sha256Of } from '../integration/history/publication-fixture.js';

const PUBLICATIONS = 10_000;
const EVENTS_PER_PUBLICATION = 20;
const SUBJECTS = ['Délibérations du conseil municipal', 'Subventions aux associations', 'Marchés publics', 'Arbres d’alignement',
  'Équipements sportifs', 'Élus municipaux', 'Parkings relais', 'Budget primitif', 'État civil — naissances', 'Écoles maternelles'];
const PLACES = ['Toulouse', 'Castelmaurou', 'Blagnac', 'Colomiers', 'Balma', 'L’Union', 'Tournefeuille', 'Saint-Orens-de-Gameville'];
const PORTALS = [
  { profileName: 'Toulouse Métropole', engine: 'opendatasoft', baseUrl: 'https://data.toulouse-metropole.example' },
  { profileName: 'data.gouv.fr', engine: 'udata', baseUrl: 'https://www.data.gouv.fr' },
  { profileName: 'Export vers un dossier', engine: 'folder', baseUrl: null },
];
const LATER_STEPS: PublicationEventType[] = ['exported', 'queued', 'failed', 'queued', 'uploaded', 'published', 'made-public'];

/** Seeded pseudo-random numbers, so that every run fills the same history. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function fill(db: AtelierDatabase): void {
  const random = seeded(8);
  const start = Date.UTC(2019, 0, 1);
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const subject = SUBJECTS[n % SUBJECTS.length] ?? '';
      const place = PLACES[Math.floor(random() * PLACES.length)] ?? '';
      const year = 2019 + Math.floor(n / 1700);
      const title = `${subject} — ${place} ${year}`;
      const recordedAt = new Date(start + n * 17_280_000).toISOString();
      const { publicationId } = recordPublication(db, publicationInput({
        publicationKey: `bench-${n}`,
        datasetTitle: title,
        datasetSlug: `${subject}-${place}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'),
        portal: PORTALS[n % PORTALS.length],
        recordedAt,
        source: { ...publicationInput().source, path: `C:\\Partage\\${title}.xlsx`, sha256: sha256Of(`s${n}`) },
        output: { ...publicationInput().output, name: `jeu-${n}.csv`, sha256: sha256Of(`o${n}`), rowCount: Math.floor(random() * 100_000) },
        metadata: metadataFor(title, { producer: `Commune de ${place}` }),
      }));
      const later = EVENTS_PER_PUBLICATION - 3 - 1;
      for (let step = 0; step < later; step++) {
        const type = LATER_STEPS[Math.min(step, LATER_STEPS.length - 1)] ?? 'queued';
        const at = new Date(Date.parse(recordedAt) + (step + 1) * 60_000).toISOString();
        appendPublicationEvent(db, publicationId, { type: step >= LATER_STEPS.length ? 'queued' : type, at, details: { attempt: step } });
      }
      setRemote(db, publicationId, { datasetId: `ds-${n}`, datasetUrl: `https://portail.example/ds-${n}` });
    }
  });
  for (let from = 0; from < PUBLICATIONS; from += 1000) insertBatch(from, Math.min(from + 1000, PUBLICATIONS));
}

/** Runs `work` once cold then `runs` times; returns the first and the median times in ms. */
function measure(work: () => unknown, runs = 15): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  const first = times[0] ?? 0;
  const sorted = times.slice(1).sort((a, b) => a - b);
  return { first, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

function print(label: string, timing: { first: number; median: number }, note = ''): void {
  const verdict = Math.max(timing.first, timing.median) < 100 ? 'ok' : 'AU-DELÀ DE 100 ms';
  console.log(`  ${label.padEnd(46)} 1re ${timing.first.toFixed(1).padStart(7)} ms   médiane ${timing.median.toFixed(1).padStart(7)} ms   ${verdict}${note}`);
}

/** Fills the history and prints the journal's timings. */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-history-'));
  const file = path.join(dir, 'atelier.sqlite');
  try {
    let db = openDatabase(file);
    const t0 = performance.now();
    fill(db);
    const fillMs = performance.now() - t0;
    const events = (db.prepare('SELECT count(*) AS n FROM publication_event').get() as { n: number }).n;
    db.close();
    console.log(`history: ${PUBLICATIONS} publications, ${events} events written in ${(fillMs / 1000).toFixed(1)} s; file ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);

    const t1 = performance.now();
    db = openDatabase(file);
    console.log(`  opening the database (quick_check, migrations)  ${(performance.now() - t1).toFixed(1)} ms`);
    let hits = 0;
    print('open the journal (first page of 50)', measure(() => listJournal(db)));
    print('search « deliberation »', measure(() => (hits = listJournal(db, { text: 'deliberation' }).total)), ` (${hits} found)`);
    print('search « subventions castelmaurou 2021 »', measure(() => (hits = listJournal(db, { text: 'subventions castelmaurou 2021' }).total)), ` (${hits} found)`);
    print('search with no match', measure(() => listJournal(db, { text: 'piscine olympique' })));
    print('filter portal + status + year', measure(() => listJournal(db, {
      portal: 'data.gouv.fr', statuses: ['public'], recordedFrom: '2022-01-01T00:00:00Z', recordedBefore: '2023-01-01T00:00:00Z',
    })));
    print('sort by title, page 100', measure(() => listJournal(db, { sort: 'title', direction: 'asc', offset: 5000 })));
    const random = seeded(3);
    print('open a detail (20 events)', measure(() => publicationDetail(db, 1 + Math.floor(random() * PUBLICATIONS))));
    const csv = measure(() => journalCsv(db), 2);
    console.log(`  export the whole journal as CSV                 ${csv.median.toFixed(0)} ms (informative)`);
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
