/**
 * The table decides what a column alone cannot:
 * - a SIRET is personal data only for a sole trader (a legal-form column says so, or the names
 *   next to it are persons');
 * - an address, precise coordinates or landline numbers only when the table is about persons and
 *   not about facilities (a mobile number is a person's anywhere);
 * - a column of bare upper-case words is a surname only next to first names or civilities;
 * - a civility on each row (M., Mme) makes the rows persons, unless a column names each row's thing;
 * - a sex or an age is a quasi-identifier only in a table whose rows are persons — not in a list
 *   of schools that names their heads, nor in an aggregate of first names with their counts — and
 *   a postal code or a commune only where it tells where the persons live (next to their home
 *   address, or under a residence header), not where an elected official sits.
 * Reference §3.4, §3.10, §3.11, §9.1.
 */

import type { ColumnVerdict } from './column-verdict.js';
import type { PersonalDataFinding } from './finding.js';
import { normalizeHeader } from './text-fold.js';

/** The findings of a whole table, and the columns marked as quasi-identifiers. */
export interface TableFindings {
  findings: PersonalDataFinding[];
  /** Column indexes of quasi-identifiers (sex, age, postal code, birth dates…), for k-anonymity. */
  quasiIdentifiers: number[];
}

/** Findings that show each row of the table is a person: named, born on a date, or numbered by the NIR. */
const PERSON_ROW_CATEGORIES: ReadonlySet<string> = new Set(['person-name', 'first-name', 'last-name', 'birth-date', 'nir']);

function showsPersonRows(finding: PersonalDataFinding, counted: boolean): boolean {
  // « A few persons among organisations » (low confidence) leaves the rows organisations.
  if (finding.category === 'person-name' && finding.confidence === 'low') return false;
  // A NIR column is always `high`; a stray NIR among other values (`medium`) numbers no row.
  if (finding.category === 'nir' && finding.confidence !== 'high') return false;
  // First names next to counts are an aggregate (« Prénom », « Nombre »), not a list of persons.
  if (finding.category === 'first-name' && counted) return false;
  return PERSON_ROW_CATEGORIES.has(finding.category);
}

/** Headers that say the place is where the person lives. */
const RESIDENCE_HEADER = / (residence|domicile|habitation|demeurant|reside|habite|domiciliation) /;

/** A postal code or commune mark whose header does not say it is the person's residence. */
function isPlace(finding: PersonalDataFinding): boolean {
  const place = finding.quasiIdentifier === 'commune' || finding.quasiIdentifier === 'postal-code';
  return place && !RESIDENCE_HEADER.test(normalizeHeader(finding.columnName));
}

/** Combines the columns' verdicts into the table's findings, in column order. */
export function judgeTable(verdicts: readonly ColumnVerdict[]): TableFindings {
  // A column naming the thing each row is (a school, a stop): the persons named beside it are its contacts.
  const thingRows = verdicts.some((verdict) => verdict.namesThing);
  // A civility on each row (M., Mme) addresses a person: no aggregate nor list of places has one.
  const civilities = !thingRows && verdicts.some((verdict) => verdict.civilities);
  const describesPersons = civilities || (!thingRows && verdicts.some((verdict) => verdict.describesPersons));
  const counted = verdicts.some((verdict) => verdict.counts);
  const personLikeNames = verdicts.reduce((sum, verdict) => sum + verdict.personLikeNames, 0);
  const soleTraders = verdicts.some((verdict) => verdict.soleTraderForms > 0);
  const firstNames = verdicts.some((verdict) => verdict.finding?.category === 'first-name');
  // A register of named persons (name columns) with a SIRET column lists sole traders.
  const namedPersons = verdicts.some((verdict) => ['first-name', 'last-name'].includes(verdict.finding?.category ?? ''));
  const findings: PersonalDataFinding[] = [];
  for (const verdict of verdicts) {
    if (verdict.finding) {
      findings.push(verdict.finding);
      continue;
    }
    const candidate = verdict.candidate;
    if (!candidate) continue;
    switch (candidate.category) {
      case 'siret-person':
        if (soleTraders || personLikeNames >= 3 || namedPersons) {
          findings.push({
            ...candidate,
            confidence: soleTraders ? 'high' : 'medium',
            reason: `${candidate.reason.replace(/\.$/, '')}\u00a0: ${soleTraders ? 'la forme juridique indique des entrepreneurs individuels' : 'des noms de personnes figurent dans le tableau'}.`,
          });
        }
        break;
      case 'phone':
      case 'postal-address':
      case 'precise-coordinates':
        // Only a table about persons makes them theirs; names that merely look like persons' (a
        // stop or a school named after someone) are not enough.
        if (describesPersons) findings.push(candidate);
        break;
      case 'last-name':
        // A surname column comes with a first-name or a civility column; alone, upper-case words are acronyms or codes.
        if (firstNames || civilities) findings.push(candidate);
        break;
      default:
        findings.push(candidate);
    }
  }
  const personRows = civilities || (!thingRows && findings.some((finding) => showsPersonRows(finding, counted)));
  const homes = findings.some((finding) => finding.category === 'postal-address' || finding.category === 'precise-coordinates');
  const kept = findings.filter((finding) => finding.category !== 'quasi-identifier' || (personRows && (homes || !isPlace(finding))));
  const quasiIdentifiers = kept
    .filter((finding) => finding.category === 'quasi-identifier' || finding.category === 'birth-date')
    .map((finding) => finding.columnIndex);
  return { findings: kept, quasiIdentifiers };
}
