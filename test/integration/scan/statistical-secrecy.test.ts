import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTable } from '../../../main/scan/scan-table.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-secrecy-'));

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('statistical secrecy of aggregated tables', () => {
  it('flags the count column of an aggregate that holds counts from 1 to 4, with their rows', async () => {
    const file = csv('naissances.csv', [
      'commune;annee;nombre_naissances',
      'Balma;2023;154',
      'Drémil-Lafage;2023;3',
      'Mons;2023;12',
      'Flourens;2023;1',
      'Aigrefeuille;2023;0',
    ]);
    const report = await scanTable(file, {});
    const secrecy = report.findings.filter((finding) => finding.category === 'small-count');
    expect(secrecy).toHaveLength(1);
    expect(secrecy[0]).toMatchObject({ columnName: 'nombre_naissances', evidence: { matched: 2, examined: 5, exampleRows: [1, 3] } });
    expect(secrecy[0]?.reason).toContain('secret statistique');
  });

  it('leaves an aggregate whose counts are all large or zero alone', async () => {
    const file = csv('effectifs.csv', ['ecole;effectif', 'Jules Ferry;212', 'Condorcet;0', 'Marcel Pagnol;87']);
    const report = await scanTable(file, {});
    expect(report.findings.filter((finding) => finding.category === 'small-count')).toEqual([]);
  });

  it('does not treat a table about persons as an aggregate', async () => {
    const file = csv('agents.csv', [
      'nom;prenom;courriel;nombre_enfants',
      'Durand;Marie;marie.durand@example.org;2',
      'Martin;Paul;paul.martin@example.org;1',
      'Bernard;Claire;claire.bernard@example.org;3',
    ]);
    const report = await scanTable(file, {});
    expect(report.findings.some((finding) => finding.category === 'email')).toBe(true);
    expect(report.findings.filter((finding) => finding.category === 'small-count')).toEqual([]);
  });
});
