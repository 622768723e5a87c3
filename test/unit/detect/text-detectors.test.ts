import { describe, expect, it } from 'vitest';
import { isPreciseLocation, readCoordinates } from '../../../shared/detect/coordinates.js';
import { isPartialDate, parseCalendarDate } from '../../../shared/detect/dates.js';
import { findPersonalSpans } from '../../../shared/detect/free-text-spans.js';
import { headerHint } from '../../../shared/detect/header-hints.js';
import { maskExample } from '../../../shared/detect/masking.js';
import { nameShape } from '../../../shared/detect/person-name.js';
import { looksLikeStreetAddress } from '../../../shared/detect/postal-address.js';
import { secretHint } from '../../../shared/detect/secret-hints.js';

describe('headers (reference §5)', () => {
  it.each([
    ['Nom', 'last-name'], ['NOM_NAISSANCE', 'last-name'], ['nom_prenom', 'person-name'], ['Adresse mail', 'email'], ['adresse_ip', 'ip-address'],
    ['N° sécu', 'nir'], ['Âge', 'age'], ['geo_point_2d', 'coordinates'], ['Titulaire', 'person-name'], ['lastName', 'last-name'],
    ['firstName', 'first-name'], ['Date de naissance', 'birth-date'], ['courriel', 'email'], ['Tél. portable', 'phone'], ['code postal', 'postal-code'],
    ["Nom de l'élu", 'last-name'], ['Commentaires', 'free-text'], ['Immatriculation', 'car-plate'],
    ['PRENOM1', 'first-name'], ['TEL2', 'phone'], ['adr1', 'postal-address'], ['DATE_NAIS', 'birth-date'], ['datnais', 'birth-date'],
    ['lieu_naiss', 'birth-place'], ['Ville de naissance', 'birth-place'], ['NOMPRENOM', 'person-name'], ['IPv4', 'ip-address'], ['Lambert93', 'coordinates'],
  ] as const)('%s → %s', (header, kind) => {
    expect(headerHint(header)?.kind).toBe(kind);
  });
  it.each(['Nombre', 'Dénomination', 'Nomenclature', 'Hôtel', 'Page', 'Usage', 'Garage', 'Montant'])('%s points at nothing personal', (header) => {
    expect(headerHint(header)).toBeNull();
  });
  it.each(['Nom du projet', 'NOM (FONDATION)', "Nom de l'équipement", 'stop_name', 'Nom de la station'])('%s names a thing: its names are not persons’', (header) => {
    expect(headerHint(header)).toEqual({ kind: 'not-person', strength: 'strong' });
  });
  it('reads a person before a thing in « nom du président de l’association », « bénéficiaire de l’aide »', () => {
    expect(headerHint("Nom du président de l'association")).toEqual({ kind: 'last-name', strength: 'strong' });
    expect(headerHint("Bénéficiaire de l'aide")).toEqual({ kind: 'person-name', strength: 'weak' });
    expect(headerHint('Nom du bénéficiaire de la subvention')).toEqual({ kind: 'person-name', strength: 'weak' });
    expect(headerHint('Point de contact')).toEqual({ kind: 'person-name', strength: 'weak' });
  });
  it('weighs a bare nom weakly, a person’s nom strongly', () => {
    expect(headerHint('Nom')?.strength).toBe('weak');
    expect(headerHint("Nom de l'élu")?.strength).toBe('strong');
  });
  it('raises « à examiner » on secret words, with the legal ground', () => {
    expect(secretHint('Situation de handicap')).toBe('crpa-l311-6-1-medical');
    expect(secretHint("Code d'accès")).toBe('crpa-l311-5-2-d');
    expect(secretHint('Sanction disciplinaire')).toBe('crpa-l311-6-3-behaviour');
    expect(secretHint('RQTH')).toBe('crpa-l311-6-1-medical');
    expect(secretHint('Date de l’arrêt de travail')).toBe('crpa-l311-6-1-medical');
    expect(secretHint('Alarme')).toBe('crpa-l311-5-2-d');
    expect(secretHint('Montant')).toBeNull();
  });
});

describe('names (reference §4.1)', () => {
  it.each(['Jeanne', 'Kévin', 'Marie-Claire', 'Inès', 'Gaëlle', 'Loïc'])('%s is a first name', (value) => {
    expect(nameShape(value).firstName).toBe(true);
  });
  it.each(['M. Jean DUPONT', 'ROUQUETTE Gaëlle', 'Jean-Louis GELY', 'DUPONT Jean-Pierre', 'Mme Durand', 'BOUDIER NICOLAS'])('%s is a full name', (value) => {
    expect(nameShape(value).fullName).toBe(true);
  });
  it.each(['Gymnase Jean Jaurès', 'rue Victor Hugo', 'Stade Ernest Wallon', 'Allée Jean Jaurès', 'Ecole Maternelle Simone SIGNORET', 'Association Jean Moulin', 'Saint-Jean'])('%s is not a person', (value) => {
    const shape = nameShape(value);
    expect(shape.fullName || shape.firstName).toBe(false);
  });
  it('counts surnames in the upper-case convention', () => {
    expect(nameShape('DUPONT').surnameShape).toBe(true);
    expect(nameShape('LE GALL').surnameShape).toBe(true);
    expect(nameShape('Rose').firstNameIsWord).toBe(true);
  });
  it.each(['Dubois', 'Da Silva', 'Lefèvre-Roux', 'Le Gall', 'D’Almeida', 'Toulouse'])('%s has the shape of a surname in ordinary writing', (value) => {
    expect(nameShape(value)).toMatchObject({ capitalised: true, surnameShape: false, firstName: false, fullName: false });
  });
  it.each(['Martin', 'Jean Dubois', 'DUPONT', 'Gymnase Dubois', 'dubois', 'McDonald Dubois Roux Petit', 'M. Dubois'])('%s is not counted as a capitalised surname', (value) => {
    expect(nameShape(value).capitalised).toBe(false);
  });
  it.each(['M. et Mme DUPONT', 'Marie Da Silva', 'Jean Pierre Dupont', 'Jean et Marie DUPONT', 'Veuve DUPONT', 'Consorts MARTIN', 'Indivision ROUX', 'Héritiers BLANC'])('%s is a full name', (value) => {
    expect(nameShape(value)).toMatchObject({ fullName: true, notPerson: false });
  });
  it.each([['Dupont Jean', true], ['Da Silva Marie', true], ['Lefèvre-Roux Jean-Pierre', true], ['Moulin Rose', false], ['Jean Dupont', false], ['DUPONT Jean', false], ['Gymnase Pierre', false]] as const)(
    '%s reads as a surname then a first name: %s',
    (value, expected) => {
      expect(nameShape(value).surnameFirst).toBe(expected);
    },
  );
});

describe('addresses, dates, coordinates (reference §3.10–3.12)', () => {
  it.each(['12 rue des Lilas', '3 bis, allée Jean Jaurès', '145 chemin de la Flambère', '7 cheminement Louis Aragon', '22B av. de Muret', '1 Grande Rue', '12 bis, Grand’Rue'])('%s is an address', (value) => {
    expect(looksLikeStreetAddress(value)).toBe(true);
  });
  it.each(['Rue des Lilas', '12 avril 2021', 'Mairie de Toulouse', '2 places assises', '3 grandes rues piétonnes'])('%s is not a numbered address', (value) => {
    expect(looksLikeStreetAddress(value)).toBe(false);
  });
  it('parses French date writings', () => {
    expect(parseCalendarDate('12/03/1985')).toEqual({ year: 1985, month: 3, day: 12 });
    expect(parseCalendarDate('1985-03-12')).toEqual({ year: 1985, month: 3, day: 12 });
    expect(parseCalendarDate('1er mars 1985')).toEqual({ year: 1985, month: 3, day: 1 });
    expect(parseCalendarDate('31/02/1985')).toBeNull();
  });
  it.each([['19850312', true], ['12/03/85', true], ['03/1985', true], ['1985-03', true], ['mars 1985', true], ['Février 1985', true], ['19851312', false], ['31/02/85', false], ['13/1985', false], ['12345678', false], ['1985', false], ['DUPONT 1985', false]] as const)(
    '%s is a date written in part: %s',
    (value, expected) => {
      expect(isPartialDate(value)).toBe(expected);
    },
  );
  it.each([['43.604652, 1.444209', true], ['43.5987,1.4321', true], ['POINT(1.44421 43.60465)', true], ['43.60, 1.44', false], ['43.604, 1.444', false]] as const)('%s precise → %s', (value, precise) => {
    const reading = readCoordinates(value);
    expect(reading !== null && isPreciseLocation(reading)).toBe(precise);
  });
  it('refuses a latitude out of range', () => {
    expect(readCoordinates('143.6012, 1.4401')).toBeNull();
  });
});

describe('free-text spans', () => {
  it('locates e-mails, phones, NIR, IBAN and titled names by offsets', () => {
    const text = 'Appeler Mme Durand au 06 39 98 12 34 ou jeanne.durand@example.fr ; NIR 1 85 05 31 555 123 80, IBAN FR76 3000 1000 6400 0000 1234 559.';
    const spans = findPersonalSpans(text);
    expect(spans.map((span) => span.kind)).toEqual(['titled-name', 'phone', 'email', 'nir', 'iban']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Mme Durand', '06 39 98 12 34', 'jeanne.durand@example.fr', '1 85 05 31 555 123 80', 'FR76 3000 1000 6400 0000 1234 559',
    ]);
  });
  it('finds the heirs and joint owners named in a deliberation title', () => {
    const text = 'Acquisition de la parcelle BK 12 appartenant aux Consorts DUPONT et à la Veuve Martin';
    expect(findPersonalSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['Consorts DUPONT', 'Veuve Martin']);
  });
  it('keeps role mailboxes and civility phrases that name no one', () => {
    expect(findPersonalSpans('Écrire à contact@mairie.fr ou à Monsieur le Maire.')).toEqual([]);
  });
});

describe('masking', () => {
  it('never shows a clear identifier', () => {
    expect(maskExample('284012A00401760', 'nir')).toBe('2 84 ** ** *** *** 60');
    expect(maskExample('jeanne.dupont@example.fr', 'email')).toBe('j******@example.fr');
    expect(maskExample('Jean DUPONT', 'words')).toBe('J*** D*****');
  });
  it.each([['12/03/1985', '**/**/1985'], ['1985-03-12', '1985-**-**'], ['19850312', '1985****'], ['12/03/85', '**/**/**'], ['03/1985', '**/1985']])('masks the birth date %s as %s, the year alone shown', (value, masked) => {
    expect(maskExample(value, 'date')).toBe(masked);
  });
});
