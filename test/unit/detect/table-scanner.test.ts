import { describe, expect, it } from 'vitest';
import { createColumnScanner } from '../../../shared/detect/column-scanner.js';
import { createTableScanner } from '../../../shared/detect/table-scanner.js';
import type { Cell } from '../../../shared/table/cell.js';
import { synthetic } from './synthetic-table.js';

const REFERENCE = { referenceDate: { year: 2026, month: 1, day: 1 } };

function scanColumn(header: string | null, values: readonly Cell[]) {
  const scanner = createColumnScanner(header, 0, REFERENCE);
  values.forEach((value, row) => scanner.add(value, row));
  return scanner.finish();
}

function scanTable(headers: string[], rows: Cell[][]) {
  const scanner = createTableScanner(headers, REFERENCE);
  rows.forEach((row, index) => scanner.addRow(row, index));
  return scanner.finish();
}

const gen = synthetic(20260101);
const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

describe('identifiers in every common writing, without a telling header', () => {
  it.each([
    ['NIR, compact', () => gen.nir('compact'), 'nir'],
    ['NIR, spaced', () => gen.nir('spaced'), 'nir'],
    ['NIR, Corsica', () => gen.nir('corsica'), 'nir'],
    ['IBAN', () => gen.ibanFr(), 'iban'],
    ['phones', (index: number) => gen.phone(index), 'phone'],
    ['e-mails', () => gen.email(), 'email'],
    ['full names', () => gen.fullName(), 'person-name'],
    ['first names', () => gen.firstName(), 'first-name'],
    ['birth dates', () => gen.birthDate(), 'birth-date'],
  ] as const)('%s are flagged', (_label, make, category) => {
    const finding = scanColumn('colonne 7', many(200, make));
    expect(finding?.category).toBe(category);
    expect(finding?.evidence.share).toBeGreaterThan(0.9);
    expect(finding?.evidence.exampleRows.length).toBeGreaterThan(0);
    expect(finding?.reason).toMatch(/valeurs sur 200/);
  });

  it('shows masked examples only', () => {
    const values = many(50, () => gen.nir('compact'));
    const finding = scanColumn('x', values);
    for (const example of finding?.evidence.maskedExamples ?? []) {
      expect(example).toMatch(/^\d \d\d \*\* \*\* \*\*\* \*\*\* \d\d$/);
      expect(values).not.toContain(example);
    }
  });
});

describe('decoys stay unflagged', () => {
  it.each([
    ['NIR with wrong keys', () => gen.nir('compact', true)],
    ['invoice numbers', () => gen.invoice()],
    ['facility names', () => gen.facility()],
    ['street names', () => `${gen.pick(['rue', 'allée'])} ${gen.fullName()}`],
    ['working-day decision dates', () => gen.workingDay()],
    ['15-digit internal numbers', () => gen.digits(15)],
  ] as const)('%s', (_label, make) => {
    expect(scanColumn('référence', many(200, make))).toBeNull();
  });

  it('company SIRETs next to association names are not personal', () => {
    const rows = many(60, () => [gen.association(), gen.siret(), String(gen.int(100, 9000))]);
    const result = scanTable(['nomBeneficiaire', 'idBeneficiaire', 'montant'], rows);
    expect(result.findings.filter((finding) => finding.category !== 'quasi-identifier')).toEqual([]);
  });

  it('stops and places named after people, with their coordinates, are not persons', () => {
    const names = ['Jean Jaurès', 'Capitole', 'François Verdier', 'Esquirol', 'Jeanne d’Arc', 'Marengo SNCF', 'Marcel Langer', 'Mermoz', 'Paul Sabatier', 'Basso Cambo'];
    const rows = many(60, (index) => [`S${String(index)}`, names[index % names.length]!, `43.${gen.digits(6)}`, `1.${gen.digits(6)}`, gen.pick(['Toulouse', 'Balma'])]);
    expect(scanTable(['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'commune'], rows).findings).toEqual([]);
    // Without a telling header, names that merely look like persons' do not make coordinates a home.
    expect(scanTable(['arret', 'lat', 'lon'], rows.map((row) => [row[1]!, row[2]!, row[3]!])).findings).toEqual([]);
  });

  it('facility addresses and coordinates are not flagged in a table of facilities', () => {
    const rows = many(60, () => [gen.facility(), gen.address(), `43.${gen.digits(6)}`]);
    expect(scanTable(['Nom', 'Adresse', 'Latitude'], rows).findings).toEqual([]);
  });
});

describe('the table decides what a column alone cannot', () => {
  it('a sole trader’s SIRET, address and coordinates are personal when persons are named', () => {
    const rows = many(80, (index) => [index % 4 === 0 ? gen.fullName() : gen.association(), gen.siret(), gen.address(), `43.${gen.digits(6)}`]);
    const categories = scanTable(['Titulaire', 'SIRET', 'Adresse', 'Latitude'], rows).findings.map((finding) => finding.category);
    expect(categories).toEqual(['person-name', 'siret-person', 'postal-address', 'precise-coordinates']);
  });

  it('a legal form of 1000 (entrepreneur individuel) makes a SIRET personal', () => {
    const rows = many(40, (index) => [gen.siret(), index % 3 === 0 ? '1000' : '5499']);
    const siret = scanTable(['siret', 'categorie juridique'], rows).findings.find((finding) => finding.category === 'siret-person');
    expect(siret?.confidence).toBe('high');
  });

  it('upper-case surnames are flagged next to first names, and sex is a quasi-identifier', () => {
    const rows = many(100, () => [gen.lastName(), gen.firstName(), gen.pick(['M', 'F'])]);
    const result = scanTable(['NOM', 'PRENOM', 'SEXE'], rows);
    expect(result.findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name', 'quasi-identifier']);
    expect(result.quasiIdentifiers).toEqual([2]);
  });

  it('a short list of agents has its surnames flagged next to their first names', () => {
    const rows = [['GARCIA', 'Marie'], ['MARTIN', 'Pierre'], ['BERNARD', 'Sophie'], ['DURAND', 'Luc'], ['PETIT', 'Julie'], ['MOREAU', 'Thomas']];
    expect(scanTable(['Nom', 'Prénom'], rows).findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name']);
    // Two codes repeated are not surnames, even next to first names.
    const codes = rows.map((row, index) => [index % 2 === 0 ? 'OUI' : 'NON', row[1]!]);
    expect(scanTable(['Nom', 'Prénom'], codes).findings.map((finding) => finding.category)).toEqual(['first-name']);
    // A few surnames shared by many agents are surnames under a « Nom » header; not under another.
    const families = many(120, (index) => [['MARTIN', 'BERNARD', 'DUBOIS', 'PETIT', 'DURAND'][index % 5]!, gen.firstName()]);
    expect(scanTable(['Nom', 'Prénom'], families).findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name']);
    expect(scanTable(['Equipe', 'Prénom'], families).findings.map((finding) => finding.category)).toEqual(['first-name']);
  });

  it('a civility on each row makes the rows persons: their surnames and home addresses are flagged without first names', () => {
    const civility = () => gen.pick(['M.', 'Mme', 'Madame', 'Monsieur']);
    const residents = many(60, () => [civility(), gen.lastName(), gen.address()]);
    const result = scanTable(['Civilité', 'Nom', 'Adresse'], residents);
    expect(result.findings.map((finding) => finding.category)).toEqual(['quasi-identifier', 'last-name', 'postal-address']);
    // The civility of a facility's head does not make the facility a person.
    const heads = many(60, (index) => [`Groupe scolaire n° ${String(index + 1)}`, civility(), gen.lastName(), gen.address()]);
    const facilities = scanTable(['Nom de l’établissement', 'Civilité du directeur', 'Nom du directeur', 'Adresse'], heads);
    expect(facilities.findings.map((finding) => finding.columnName)).not.toContain('Adresse');
  });

  it('surnames in ordinary writing (Dubois, Da Silva) are surnames under a surname header, not under another', () => {
    const title = (name: string): string => name.split(/([ -])/).map((part) => part.charAt(0) + part.slice(1).toLowerCase()).join('');
    const people = many(80, () => [title(gen.lastName()), gen.firstName(), 'Toulouse']);
    expect(scanTable(['Nom', 'Prénom', 'Ville'], people).findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name']);
    expect(scanTable(['last_name'], people.map((row) => [row[0]!])).findings.map((finding) => finding.category)).toEqual(['last-name']);
    // Sorted by surname in ordinary writing, one column: a full name under a name header only.
    const sorted = people.map((row) => [`${row[0]!} ${row[1]!}`]);
    expect(scanTable(['Nom Prénom'], sorted).findings.map((finding) => [finding.category, finding.confidence])).toEqual([['person-name', 'high']]);
    expect(scanTable(['Valeur'], sorted).findings).toEqual([]);
    // Communes in ordinary writing under « Nom » are no surnames without first names beside them.
    const communes = many(80, (index) => [['Toulouse', 'Balma', 'Blagnac', 'Colomiers', 'Tournefeuille', 'Muret'][index % 6]!, String(gen.int(100, 9000))]);
    expect(scanTable(['Nom', 'Population'], communes).findings).toEqual([]);
  });

  it('postal codes and communes are quasi-identifiers where they tell where persons live', () => {
    const place = () => [gen.pick(['31000', '31130', '31700']), gen.pick(['Toulouse', 'Balma', 'Blagnac'])];
    const residents = scanTable(['Nom prénom', 'Adresse', 'Code postal', 'Commune'], many(60, () => [gen.fullName(), gen.address(), ...place()]));
    expect(residents.findings.map((finding) => finding.category)).toEqual(['person-name', 'postal-address', 'quasi-identifier', 'quasi-identifier']);
    expect(residents.quasiIdentifiers).toEqual([2, 3]);
    const byHeader = scanTable(['Prénom', 'Commune de résidence'], many(60, () => [gen.firstName(), place()[1]!]));
    expect(byHeader.quasiIdentifiers).toEqual([1]);
  });

  it('the commune where an elected official sits is no quasi-identifier; the official’s sex is', () => {
    const rows = many(60, () => [gen.pick(['31555', '31069']), gen.pick(['Toulouse', 'Blagnac']), gen.lastName(), gen.firstName(), gen.pick(['M', 'F']), gen.birthDate()]);
    const result = scanTable(['Code de la commune', 'Libellé de la commune', "Nom de l'élu", "Prénom de l'élu", 'Code sexe', 'Date de naissance'], rows);
    expect(result.findings.map((finding) => [finding.columnIndex, finding.category])).toEqual([[2, 'last-name'], [3, 'first-name'], [4, 'quasi-identifier'], [5, 'birth-date']]);
  });

  it('a list of schools naming their heads is a list of schools: its addresses and communes are the schools’', () => {
    const schools = ['Ecole Jules Ferry', 'Ecole Jean Jaurès', 'Ecole Anatole France', 'Ecole Molière', 'Ecole Victor Hugo'];
    const rows = many(60, (index) => [`${schools[index % 5]!} ${String(index)}`, gen.address(), gen.pick(['Toulouse', 'Balma']), `${gen.pick(['M.', 'Mme'])} ${gen.fullName()}`]);
    const result = scanTable(["Nom de l'école", 'Adresse', 'Commune', 'Directeur'], rows);
    expect(result.findings.map((finding) => [finding.columnIndex, finding.category])).toEqual([[3, 'person-name']]);
  });

  it('first names counted by sex are an aggregate: the sex is nobody’s', () => {
    const rows = many(60, () => [gen.firstName(), gen.pick(['F', 'M']), String(gen.int(20, 300))]);
    const result = scanTable(['Prénom', 'Sexe', 'Nombre'], rows);
    expect(result.findings.map((finding) => finding.category)).toEqual(['first-name']);
    // A register of persons that counts something of each (children) stays a register of persons.
    const register = scanTable(['Nom', 'Prénom', 'Sexe', "Nombre d'enfants"], many(60, () => [gen.lastName(), gen.firstName(), gen.pick(['F', 'M']), String(gen.int(0, 4))]));
    expect(register.findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name', 'quasi-identifier']);
  });

  it('a municipal council, one function per member, is a list of persons', () => {
    const functions = ['Maire', '1er adjoint', '2e adjoint', '3e adjoint', '4e adjoint', '5e adjoint', 'Conseiller délégué aux sports', 'Conseillère déléguée à la culture'];
    const rows = functions.map((fonction) => [gen.lastName(), gen.firstName(), gen.pick(['M', 'F']), fonction]);
    const result = scanTable(['Nom', 'Prénom', 'Sexe', 'Libellé de la fonction'], rows);
    expect(result.findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name', 'quasi-identifier']);
  });

  it('places in a list of facilities or of organisations single nobody out', () => {
    const place = () => [gen.pick(['31000', '31130', '31700']), gen.pick(['Toulouse', 'Balma', 'Blagnac'])];
    const facilities = scanTable(['Equipement', 'Code postal', 'Commune'], many(60, () => [gen.facility(), ...place()]));
    expect(facilities).toEqual({ findings: [], quasiIdentifiers: [] });
    const organisations = scanTable(['Association', 'Code postal', 'Ville', 'Genre'], many(60, () => [gen.association(), ...place(), gen.pick(['F', 'M'])]));
    expect(organisations.findings).toEqual([]);
  });

  it('a count or a share is not an attribute of a person, whatever its header names', () => {
    const rows = many(60, () => [gen.fullName(), String(gen.int(1, 2)), String(gen.int(0, 40))]);
    const result = scanTable(['Nom prénom', 'pourcentageSubvention', 'Nombre de décès sur la commune'], rows);
    expect(result.findings.map((finding) => finding.category)).toEqual(['person-name']);
  });
});

describe('free text and protected columns', () => {
  it('counts spans per kind in a comment column', () => {
    const rows = many(100, (index) => [index % 5 === 0 ? `Rappeler Mme Durand au ${gen.phone(index)} pour le dossier` : 'Dossier complet, rien à signaler ce jour.']);
    const finding = scanTable(['Observations'], rows).findings[0];
    expect(finding?.category).toBe('free-text-personal');
    expect(finding?.evidence.spans).toEqual({ phone: 20, 'titled-name': 20 });
  });

  it('one NIR or IBAN with a valid key flags a column however rare, without making its rows persons', () => {
    const files = many(3000, (index) => [`D${String(index).padStart(5, '0')}`, 'Dossier complet, rien à signaler ce jour.', gen.pick(['F', 'M'])]);
    files[1200]![0] = gen.nir('compact');
    files[2500]![1] = `Virement sur l’IBAN ${gen.ibanFr()} demandé par téléphone`;
    const result = scanTable(['Dossier', 'Observations', 'Sexe'], files);
    expect(result.findings.map((finding) => [finding.category, finding.confidence])).toEqual([['nir', 'medium'], ['free-text-personal', 'medium']]);
    expect(result.findings[0]?.evidence.exampleRows).toEqual([1200]);
    expect(result.findings[0]?.reason).toMatch(/^1 valeur sur 3\s000 \(moins de 1\s%\) ressemble à des NIR/u);
    expect(result.findings[1]?.evidence.spans).toEqual({ iban: 1 });
    // The sex of rows that are not persons is nobody's: no quasi-identifier.
    expect(result.quasiIdentifiers).toEqual([]);
  });

  it('NIR written without their key are NIR under a NIR header, and nothing under another', () => {
    const bodies = many(100, () => gen.nir('compact').slice(0, 13));
    const finding = scanColumn('N° de sécurité sociale', bodies);
    expect([finding?.category, finding?.reason]).toEqual(['nir', expect.stringContaining('(sans leur clé)')]);
    expect(scanColumn('Code article', bodies)).toBeNull();
  });

  it('a NIR key passed by chance among 15-digit numbers that fail theirs flags nothing', () => {
    const numbers = many(1000, () => [gen.digits(15)]);
    numbers[10]![0] = gen.nir('compact');
    expect(scanTable(['Numéro de facture'], numbers).findings).toEqual([]);
  });

  it('a column of service mailboxes only is an organisation’s, not personal; one personal mailbox among them is', () => {
    const services = ['contact@mairie-balma.fr', 'accueil@mairie-balma.fr', 'piscines@toulouse.fr', 'ce.0310001a@ac-toulouse.fr', 'sports@blagnac.fr'];
    expect(scanTable(['Courriel'], many(30, (index) => [services[index % 5]!])).findings).toEqual([]);
    const mixed = scanTable(['Courriel'], many(30, (index) => [index % 3 === 0 ? gen.email() : services[index % 5]!]));
    expect(mixed.findings.map((finding) => finding.category)).toEqual(['email']);
    const one = scanTable(['Courriel'], many(30, (index) => [index === 0 ? 'jeanne.dupont@example.fr' : `asso${String(index)}@example.fr`]));
    expect(one.findings[0]?.reason).toContain('(dont 1 nominative)');
    const none = scanTable(['Courriel'], many(30, (index) => [`asso${String(index)}@example.fr`]));
    expect(none.findings[0]?.reason).toContain('(dont aucune nominative)');
  });

  it('landlines are the switchboards of places unless the rows are persons; a mobile is a person’s anywhere', () => {
    const landline = () => `05 61 ${String(gen.int(10, 99))} ${String(gen.int(10, 99))} ${String(gen.int(10, 99))}`;
    expect(scanTable(['Equipement', 'Téléphone'], many(30, () => [gen.facility(), landline()])).findings).toEqual([]);
    const agents = scanTable(['Nom', 'Prénom', 'Téléphone'], many(30, () => [gen.lastName(), gen.firstName(), landline()]));
    expect(agents.findings.map((finding) => finding.category)).toEqual(['last-name', 'first-name', 'phone']);
    const volunteers = scanTable(['Association', 'Téléphone'], many(30, (index) => [gen.association(), index % 4 === 0 ? `06 ${landline().slice(3)}` : landline()]));
    expect(volunteers.findings.map((finding) => finding.category)).toEqual(['phone']);
  });

  it('finds phones and e-mails inside values of a column that is not free text', () => {
    const contacts = many(20, (index) => [`${gen.fullName()} - ${gen.phone(index)}`]);
    expect(scanTable(['Contact'], contacts).findings.map((finding) => finding.category)).toEqual(['free-text-personal']);
    const mailboxes = many(20, () => [`${gen.fullName()} <${gen.email()}>`]);
    expect(scanTable(['Référent'], mailboxes).findings.map((finding) => finding.category)).toEqual(['free-text-personal']);
    // Street addresses hold digits too, and nothing personal by themselves.
    expect(scanTable(['Lieu'], many(20, () => [`${gen.address()}, 31000 Toulouse`])).findings).toEqual([]);
  });

  it('under a birth-date header, births written in part are flagged; under another header they prove nothing', () => {
    const dates = many(100, () => gen.birthDate().split('/'));
    for (const write of [(d: string[]) => `${d[2]!}${d[1]!}${d[0]!}`, (d: string[]) => `${d[0]!}/${d[1]!}/${d[2]!.slice(2)}`, (d: string[]) => `${d[1]!}/${d[2]!}`]) {
      const column = dates.map((date) => write(date));
      expect(scanColumn('Date de naissance', column)?.category).toBe('birth-date');
      expect(scanColumn('Date', column)).toBeNull();
    }
    // Years alone under a birth-date header: a year of birth, a quasi-identifier.
    const years = scanColumn('Date de naissance', dates.map((date) => date[2]!));
    expect([years?.category, years?.quasiIdentifier]).toEqual(['quasi-identifier', 'birth-year']);
  });

  it('raises « à examiner » on a health header with its legal ground', () => {
    const finding = scanColumn('Situation de handicap', many(20, () => gen.pick(['oui', 'non'])));
    expect(finding?.category).toBe('protected');
    expect(finding?.legalGround).toBe('crpa-l311-6-1-medical');
    expect(finding?.reason).toContain('\u00a0: à examiner');
  });
});

describe('streaming', () => {
  it('gives a preliminary finding part-way and keeps evidence bounded', () => {
    const scanner = createColumnScanner('courriel', 0, REFERENCE);
    for (let row = 0; row < 20; row += 1) scanner.add(gen.email(), row);
    expect(scanner.preliminary()?.category).toBe('email');
    for (let row = 20; row < 20_000; row += 1) scanner.add(gen.email() + String(row), row);
    const evidence = scanner.evidence();
    expect(evidence.distinctValues.length).toBeLessThanOrEqual(2000);
    expect(evidence.distinctCapped).toBe(true);
    expect(evidence.tallies.email.rows).toHaveLength(5);
  });
});

describe('row numbers are not coordinates', () => {
  it('whole numbers of 6–7 digits count as projected metres only under a coordinates header', () => {
    const ids = many(200, (index) => String(100_000 + index * 37));
    expect(scanColumn('id', ids)).toBeNull();
  });
});
