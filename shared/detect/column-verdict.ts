/**
 * Turns one column's evidence into a verdict: a finding, or a candidate that only the rest of
 * the table can confirm (a SIRET is personal only for a sole trader, an address only for a
 * home, a bare upper-case word column only next to first names). Thresholds: reference §1.4.
 */

import type { ColumnEvidence, DetectorName, DetectorTally } from './column-evidence.js';
import type { FindingCategory, FindingConfidence, PersonalDataFinding } from './finding.js';
import type { HeaderHint } from './header-hints.js';
import type { LegalGroundId } from './legal-grounds.js';
import { legalGround } from './legal-grounds.js';
import { quasiIdentifierOfHeader } from './quasi-identifiers.js';
import { among, reasonFor } from './reasons.js';

/** What the table needs to know of a column, besides its own finding. */
export interface ColumnVerdict {
  finding: PersonalDataFinding | null;
  /** A finding that holds only if the table is about persons (see `table-verdict.ts`). */
  candidate: PersonalDataFinding | null;
  /** The column itself describes persons (names, birth dates, NIR, personal e-mails…). */
  describesPersons: boolean;
  /** Cells that read as a person's full name, even when too few to flag the column. */
  personLikeNames: number;
  /** Cells of a legal-form column saying « entrepreneur individuel » (code 1000, EI…). */
  soleTraderForms: number;
  /** The header names the thing each row is (`Nom de l'école`, `stop_name`, one per row): the rows are not persons. */
  namesThing: boolean;
  /** The header counts something (`Nombre`, `Effectif`): the table may be an aggregate. */
  counts: boolean;
  /** Nearly every value is a civility (`M.`, `Mme`): each row is a person, addressed as one. */
  civilities: boolean;
}

/** Words that start the header of a count (« Nombre », « Effectif », « nb_naissances »). */
const COUNT_WORDS = 'nombre|nbre|nb|effectif|effectifs|total|count|occurrences';
const COUNT_HEADER = new RegExp(`^ (${COUNT_WORDS}) `);

/** Header words that name a row's subject. */
const NAMING_HEADER = / (nom|noms|name|libelle|designation|denomination|intitule|raison sociale) /;

/** What the column's header said, computed once per column. */
export interface HeaderReading {
  hint: HeaderHint | null;
  secret: LegalGroundId | null;
}

const DIRECT_PERSON: ReadonlySet<FindingCategory> = new Set([
  'person-name', 'first-name', 'last-name', 'birth-date', 'nir', 'iban', 'car-plate', 'identity-document', 'tax-id', 'payment-card',
]);

interface Build {
  category: FindingCategory;
  confidence: FindingConfidence;
  tallies: DetectorName[];
  headerHint: boolean;
  detail?: string;
  useMatched?: boolean;
}

function build(evidence: ColumnEvidence, spec: Build): PersonalDataFinding {
  const tallies: DetectorTally[] = spec.tallies.map((name) => evidence.tallies[name]);
  const matched = tallies.reduce((sum, tally) => sum + tally.matched, 0);
  const validated = tallies.reduce((sum, tally) => sum + tally.validated, 0);
  const counted = spec.useMatched ? matched : validated;
  const share = evidence.examined === 0 ? 0 : Math.min(1, counted / evidence.examined);
  const exampleRows = [...new Set(tallies.flatMap((tally) => tally.rows))].sort((a, b) => a - b).slice(0, 5);
  const maskedExamples = tallies.flatMap((tally) => tally.masked).filter((value) => value !== '').slice(0, 3);
  return {
    columnIndex: evidence.columnIndex,
    columnName: evidence.columnName,
    category: spec.category,
    confidence: spec.confidence,
    evidence: { examined: evidence.examined, matched, validated, share, exampleRows, maskedExamples, headerHint: spec.headerHint },
    reason: reasonFor(spec.category, { matched: counted, examined: evidence.examined, share, headerHint: spec.headerHint, ...(spec.detail ? { detail: spec.detail } : {}) }),
  };
}

/** Median age from the histogram, or -1 when empty. */
function medianAge(histogram: number[]): number {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  let seen = 0;
  for (let age = 0; age < histogram.length; age += 1) {
    seen += histogram[age] ?? 0;
    if (seen * 2 >= total && total > 0) return age;
  }
  return -1;
}

/** Administrative date headers: a date of decision, start, signature is never a birth date. */
const ADMINISTRATIVE_DATE = /debut|fin|creation|maj|mise a jour|signature|decision|notification|convention|mandat|releve|plantation|service|ceremonie|deliberation|depot|reception|paiement|versement|ouverture|fermeture|modification|publication|echeance|livraison|intervention|inscription|adhesion|vote|election|arrete|permis|installation|fonction/;

function looksLikeBirthDates(evidence: ColumnEvidence): boolean {
  const { dates, tallies, examined } = evidence;
  const parsed = tallies.date.matched;
  if (parsed < 20 || parsed / examined < 0.8) return false;
  const inRange = dates.ageHistogram.slice(0, 111).reduce((sum, count) => sum + count, 0);
  if (inRange / parsed < 0.95) return false;
  const median = medianAge(dates.ageHistogram);
  const distinctShare = evidence.distinctValues.length / Math.min(examined, 2000);
  return median >= 3 && median <= 90 && dates.maxYear - dates.minYear >= 5 && dates.firstOfMonth / parsed < 0.5
    && dates.weekend / parsed >= 0.15 && distinctShare >= 0.3;
}

function share(evidence: ColumnEvidence, name: DetectorName, useMatched = false): number {
  const tally = evidence.tallies[name];
  return evidence.examined === 0 ? 0 : (useMatched ? tally.matched : tally.validated) / evidence.examined;
}

/** Judges a column on its own evidence and header. */
export function judgeColumn(evidence: ColumnEvidence, header: HeaderReading, normalizedHeader: string): ColumnVerdict {
  const kind = header.hint?.kind;
  const strong = header.hint?.strength === 'strong';
  const t = evidence.tallies;
  const personLikeNames = t.fullName.validated;
  const stray = strayIdentifier(evidence);
  const verdict = (finding: PersonalDataFinding | null, candidate: PersonalDataFinding | null = null): ColumnVerdict => ({
    // A checksum-validated identifier is personal data however rare: it flags a column nothing else
    // did (or only as a quasi-identifier), without making the rows persons.
    ...(stray !== null && (finding === null || finding.category === 'quasi-identifier')
      ? { finding: stray, candidate: null, describesPersons: false }
      : { finding, candidate, describesPersons: finding !== null && (DIRECT_PERSON.has(finding.category) || (finding.category === 'email' && t.nominativeEmail.validated > 0)) }),
    personLikeNames,
    // `1000` is the INSEE legal-form code of an entrepreneur individuel, and only in a legal-form column.
    soleTraderForms: header.hint?.kind === 'legal-form' ? t.legalFormSoleTrader.validated : 0,
    // Each row its own thing: a department or a commune named on many rows is only where a person is.
    namesThing: header.hint?.kind === 'not-person' && NAMING_HEADER.test(normalizedHeader) && evidence.examined > 0
      && (evidence.distinctCapped || evidence.distinctValues.length / evidence.examined >= 0.8),
    counts: COUNT_HEADER.test(normalizedHeader),
    civilities: evidence.examined >= 5 && t.civility.validated / evidence.examined >= 0.9,
  });
  if (evidence.examined === 0) return verdict(null);
  const hinted = (k: string): boolean => kind === k;

  // Checksum detectors (reference §1.4): half of the values validating is proof enough.
  if (share(evidence, 'nir') >= 0.5 || (hinted('nir') && share(evidence, 'nir') >= 0.05)) {
    return verdict(build(evidence, { category: 'nir', confidence: 'high', tallies: ['nir'], headerHint: hinted('nir') }));
  }
  // Under a NIR header, the 13 characters without the key are the NIR all the same.
  if (hinted('nir') && share(evidence, 'nirWithoutKey') >= 0.5) {
    return verdict(build(evidence, { category: 'nir', confidence: 'high', tallies: ['nirWithoutKey'], headerHint: true, detail: 'sans leur clé' }));
  }
  if (share(evidence, 'iban') >= 0.5 || (hinted('iban') && share(evidence, 'iban') >= 0.05)) {
    return verdict(build(evidence, { category: 'iban', confidence: 'high', tallies: ['iban'], headerHint: hinted('iban') }));
  }
  const emailShare = share(evidence, 'email');
  // Mailboxes of services only (contact@, mairie@, accueil@): an organisation's address, no person's.
  const allRoles = t.roleEmail.validated === t.email.validated;
  if (!allRoles && (emailShare >= 0.7 || (hinted('email') && emailShare >= 0.3))) {
    const nominative = t.nominativeEmail.validated;
    const confidence: FindingConfidence = nominative / t.email.validated >= 0.2 ? 'high' : 'medium';
    return verdict(build(evidence, { category: 'email', confidence, tallies: ['email'], headerHint: hinted('email'), detail: among(nominative, 'nominative', 'nominatives', 'aucune nominative') }));
  }
  const phoneShare = share(evidence, 'phone');
  if (phoneShare >= 0.7 || (hinted('phone') && phoneShare >= 0.3)) {
    const mobiles = t.mobilePhone.validated;
    const confidence: FindingConfidence = mobiles / Math.max(1, t.phone.validated) >= 0.1 ? 'high' : 'medium';
    const finding = build(evidence, { category: 'phone', confidence, tallies: ['phone'], headerHint: hinted('phone'), detail: among(mobiles, 'mobile', 'mobiles', 'aucun mobile') });
    // Landlines only may be the switchboards of places or services: the table tells (`table-verdict.ts`).
    return mobiles === 0 ? verdict(null, finding) : verdict(finding);
  }
  const plateShare = share(evidence, 'carPlate');
  if (plateShare >= 0.7 || (hinted('car-plate') && plateShare >= 0.3)) {
    return verdict(build(evidence, { category: 'car-plate', confidence: 'high', tallies: ['carPlate'], headerHint: hinted('car-plate') }));
  }
  const ipShare = share(evidence, 'ip');
  if ((ipShare >= 0.9 && evidence.distinctValues.length >= 5) || (hinted('ip-address') && ipShare >= 0.3)) {
    return verdict(build(evidence, { category: 'ip-address', confidence: hinted('ip-address') ? 'high' : 'medium', tallies: ['ip'], headerHint: hinted('ip-address') }));
  }
  // Under a birth-date header, `19850312`, `12/03/85` or `03/1985` are births too.
  if (hinted('birth-date') && share(evidence, 'date') + share(evidence, 'partialDate') >= 0.5) {
    return verdict(build(evidence, { category: 'birth-date', confidence: 'high', tallies: ['date', 'partialDate'], headerHint: true }));
  }
  if (!hinted('birth-date') && !ADMINISTRATIVE_DATE.test(normalizedHeader) && looksLikeBirthDates(evidence)) {
    return verdict(build(evidence, { category: 'birth-date', confidence: 'medium', tallies: ['date'], headerHint: false, detail: 'âges plausibles, dates étalées sur toute la semaine' }));
  }
  const businessShare = share(evidence, 'businessId') + share(evidence, 'vat');
  // One number repeated on every row is the publishing body's own, not a beneficiary's.
  const severalUnits = evidence.distinctValues.length >= 3;
  if (severalUnits && (businessShare >= 0.5 || (hinted('business-id') && businessShare >= 0.3))) {
    return verdict(null, build(evidence, { category: 'siret-person', confidence: 'medium', tallies: ['businessId', 'vat'], headerHint: hinted('business-id') }));
  }

  const freeTextCells = t.freeTextCell.validated;
  if (freeTextCells >= 2 && freeTextCells / evidence.examined >= 0.005) {
    return verdict(freeTextFinding(evidence, freeTextCells / evidence.examined >= 0.05 ? 'high' : 'medium', hinted('free-text')));
  }
  const nameVerdict = kind === 'free-text' || kind === 'not-person' ? null : judgeNames(evidence, kind, strong);
  if (nameVerdict) return verdict(nameVerdict.finding, nameVerdict.candidate);

  const preciseShare = share(evidence, 'preciseCoordinates');
  if (preciseShare >= 0.7 || (hinted('coordinates') && preciseShare >= 0.5)) {
    return verdict(null, build(evidence, { category: 'precise-coordinates', confidence: 'medium', tallies: ['preciseCoordinates'], headerHint: hinted('coordinates') }));
  }
  const addressShare = share(evidence, 'address');
  if (addressShare >= 0.6 || (hinted('postal-address') && addressShare >= 0.3)) {
    return verdict(null, build(evidence, { category: 'postal-address', confidence: 'medium', tallies: ['address'], headerHint: hinted('postal-address') }));
  }
  if (header.secret) {
    const ground = legalGround(header.secret);
    const finding = build(evidence, { category: 'protected', confidence: 'low', tallies: [], headerHint: true, ...(ground ? { detail: `${ground.fr}, ${ground.article}` } : {}) });
    finding.legalGround = header.secret;
    return verdict(finding);
  }
  if (kind === 'identity-document' || kind === 'tax-id' || kind === 'payment-card') {
    if (share(evidence, 'identifierShape') >= 0.5) {
      return verdict(build(evidence, { category: kind, confidence: 'medium', tallies: ['identifierShape'], headerHint: true }));
    }
  }
  if (hinted('birth-place') && evidence.examined > 0) {
    return verdict(build(evidence, { category: 'birth-place', confidence: 'medium', tallies: [], headerHint: true }));
  }
  return verdict(quasiIdentifier(evidence, header, normalizedHeader));
}

/**
 * A few NIR or IBAN among other values (a NIR typed in a file-number column, an IBAN in a
 * comment): one validated key is enough, unless most numbers of the same shape fail theirs — then
 * the few that pass are chance (one 15-digit number in a hundred passes a NIR's key).
 */
function strayIdentifier(evidence: ColumnEvidence): PersonalDataFinding | null {
  const t = evidence.tallies;
  for (const category of ['nir', 'iban'] as const) {
    const tally = t[category];
    if (tally.validated > 0 && tally.validated * 2 >= tally.matched) {
      return build(evidence, { category, confidence: 'medium', tallies: [category], headerHint: false, detail: 'parmi d’autres valeurs' });
    }
  }
  return evidence.spans.nir > 0 || evidence.spans.iban > 0 ? freeTextFinding(evidence, 'medium', false) : null;
}

/** Personal data inside text: the cells that hold some, and how many spans of each kind. */
function freeTextFinding(evidence: ColumnEvidence, confidence: FindingConfidence, headerHint: boolean): PersonalDataFinding {
  const spans = Object.entries(evidence.spans).filter(([, count]) => count > 0);
  const detail = spans.map(([kind, count]) => `${String(count)} ${SPAN_LABELS[kind] ?? kind}`).join(', ');
  const finding = build(evidence, { category: 'free-text-personal', confidence, tallies: ['freeTextCell'], headerHint, detail });
  finding.evidence.spans = Object.fromEntries(spans);
  return finding;
}

const SPAN_LABELS: Record<string, string> = {
  email: 'adresse(s) électronique(s)', phone: 'téléphone(s)', nir: 'NIR', iban: 'IBAN', 'titled-name': 'nom(s) précédé(s) d’une civilité',
};

interface NameVerdict {
  finding: PersonalDataFinding | null;
  candidate: PersonalDataFinding | null;
}

/** Names: full names, first names, surnames, and a minority of persons among organisations. */
function judgeNames(evidence: ColumnEvidence, kind: string | undefined, strong: boolean): NameVerdict | null {
  const t = evidence.tallies;
  const n = evidence.examined;
  const nameHeader = kind === 'person-name' || kind === 'last-name' || kind === 'first-name';
  // Under a name header, `Dupont Jean` (a surname in ordinary writing, then a first name) is a full name too.
  const fullTallies: DetectorName[] = nameHeader ? ['fullName', 'surnameFirst'] : ['fullName'];
  const fullNames = fullTallies.reduce((sum, name) => sum + t[name].validated, 0);
  const full = fullNames / n;
  const first = (t.firstName.validated + 0.25 * t.firstNameWord.validated) / n;
  const surname = t.surname.validated / n;
  if (full >= 0.5 || (full >= 0.2 && nameHeader)) {
    return { finding: build(evidence, { category: 'person-name', confidence: full >= 0.5 ? 'high' : 'medium', tallies: fullTallies, headerHint: nameHeader }), candidate: null };
  }
  if ((first >= 0.6 && first >= surname + 0.2) || (kind === 'first-name' && first >= 0.3)) {
    return { finding: build(evidence, { category: 'first-name', confidence: kind === 'first-name' || first >= 0.8 ? 'high' : 'medium', tallies: ['firstName', 'firstNameWord'], headerHint: kind === 'first-name' }), candidate: null };
  }
  // Under a `nom` header, MARTIN or BERNARD are surnames even though they are first names too,
  // and so are Dubois or Da Silva written in ordinary case.
  const surnameLike = surname + full + (kind === 'last-name' ? (t.firstName.validated + t.firstNameWord.validated + t.capitalised.validated) / n : 0);
  const surnameTallies: DetectorName[] = ['surname', 'fullName', 'firstName', 'firstNameWord', 'capitalised'];
  if (kind === 'last-name' && strong && surnameLike >= 0.5) {
    return { finding: build(evidence, { category: 'last-name', confidence: 'high', tallies: surnameTallies, headerHint: true }), candidate: null };
  }
  // Surnames are many and varied; a few repeated upper-case words are codes or states.
  const distinct = evidence.distinctValues.length;
  // (A short list is varied when most of its values differ: six agents, six surnames. Under a
  // `nom` header a few surnames shared by many rows are still surnames: a service of MARTINs.)
  const varied = distinct >= 30 || (distinct >= 10 && distinct / Math.min(n, 2000) >= 0.3) || (distinct >= 4 && distinct / n >= 0.6)
    || (kind === 'last-name' && distinct >= 4);
  // (One value read as a place is allowed in a short list: SAINT-PAUL is a surname too.)
  if (surnameLike >= 0.7 && varied && t.notPerson.validated < Math.max(2, 0.1 * n)) {
    const tallies: DetectorName[] = kind === 'last-name' ? surnameTallies : ['surname', 'fullName'];
    return { finding: null, candidate: build(evidence, { category: 'last-name', confidence: 'medium', tallies, headerHint: kind === 'last-name' }) };
  }
  // A few persons among organisations (sole traders, private beneficiaries): flagged « à examiner ».
  if ((kind === 'person-name' || kind === 'last-name') && fullNames >= 3 && full >= 0.01) {
    return { finding: build(evidence, { category: 'person-name', confidence: 'low', tallies: fullTallies, headerHint: true, detail: 'les autres valeurs semblent être des organismes' }), candidate: null };
  }
  return null;
}

/** Headers of counts, shares and sums (« Nombre de décès sur la commune », « pourcentageSubvention »): figures, not attributes of a person. */
const FIGURE_HEADER = new RegExp(`^ (${COUNT_WORDS}|taux|part|pourcentage|pct|montant|somme|moyenne|ratio) `);

function quasiIdentifier(evidence: ColumnEvidence, header: HeaderReading, normalizedHeader: string): PersonalDataFinding | null {
  if (FIGURE_HEADER.test(normalizedHeader)) return null;
  const kind = quasiIdentifierOfHeader(header.hint?.kind);
  const n = evidence.examined;
  let chosen = kind;
  if (!chosen && evidence.tallies.sex.validated / n >= 0.95 && evidence.distinctValues.length <= 4 && n >= 10) chosen = 'sex';
  // A « date de naissance » that holds only years is a year of birth.
  if (!chosen && header.hint?.kind === 'birth-date' && evidence.tallies.year.validated / n >= 0.8) chosen = 'birth-year';
  if (!chosen) return null;
  const tallies: DetectorName[] = chosen === 'sex' ? ['sex'] : chosen === 'postal-code' ? ['postalCode'] : chosen === 'birth-year' ? ['year'] : [];
  const finding = build(evidence, { category: 'quasi-identifier', confidence: 'low', tallies, headerHint: kind !== null, detail: QI_LABELS[chosen] ?? chosen, useMatched: true });
  finding.quasiIdentifier = chosen;
  return finding;
}

const QI_LABELS: Record<string, string> = {
  sex: 'sexe', age: 'âge', 'birth-year': 'année de naissance', 'postal-code': 'code postal', commune: 'commune',
  nationality: 'nationalité', profession: 'profession', 'marital-status': 'situation familiale',
};
