/**
 * Runs the detectors that fit one cell's shape and records what they find in the column's
 * evidence. The cheap shape tests come first so that a million-row column costs little, and a
 * value met again in the same column (a commune, a first name, a date, a stock comment) is not
 * examined again: what the detectors found in it the first time is counted once more.
 */

import { bicIsValid, ibanIsValid } from './bank-account.js';
import { frenchVatIsValid, sirenIsValid, siretIsValid } from './business-id.js';
import { carPlateKind } from './car-plate.js';
import type { ColumnEvidence } from './column-evidence.js';
import type { DetectorName, HitExample } from './column-evidence.js';
import { MAX_DISTINCT, recordHit } from './column-evidence.js';
import { isPreciseLocation, readCoordinates } from './coordinates.js';
import type { CalendarDate } from './dates.js';
import { ageOn, dayOfWeek, isPartialDate, parseCalendarDate } from './dates.js';
import { emailIsValid, isNominativeMailbox, isRoleMailbox } from './email.js';
import type { PersonalSpanKind } from './free-text-spans.js';
import { findPersonalSpans } from './free-text-spans.js';
import { ipVersion } from './ip-address.js';
import { isNirWithoutKey, nirIsValid } from './nir.js';
import type { CellOutcome, ColumnOutcomes, DateFacts } from './outcome-memory.js';
import { OutcomeMemory } from './outcome-memory.js';
import { nameShape } from './person-name.js';
import { parseFrenchPhone, parseNumericPhone } from './phone.js';
import { looksLikeStreetAddress, looksLikeStreetName } from './postal-address.js';
import { isPostalCodeShape, isSexValue, sexValueKind } from './quasi-identifiers.js';
import type { Cell } from '../table/cell.js';
import { detachedCopy } from '../table/distinct-values.js';

/** How a column's cells are read, from its header and the scan's options. */
export interface CellScanSettings {
  /** Run the free-text span finder on long cells. */
  freeText: boolean;
  /** The header names coordinates: whole numbers of metres are then read as projected coordinates. */
  coordinatesHeader: boolean;
  referenceDate: CalendarDate;
  /** Where the outcomes of values already met are kept (the scanner's own by default). */
  memory?: OutcomeMemory;
}

/**
 * Examines the cells of one column into its evidence. The detectors report here: straight into
 * the evidence, or, for a value worth remembering, into its outcome, then counted from it. (Two
 * ways on purpose: recording every cell's hits as an outcome before counting them costs a fifth
 * more CPU on a million rows of varied values, whose outcomes are never met again.)
 */
export class CellScan {
  freeText: boolean;
  readonly coordinatesHeader: boolean;
  readonly referenceDate: CalendarDate;
  /** Distinct values tracked so far (bounded by `MAX_DISTINCT`). */
  readonly distinct = new Set<string>();
  private readonly memory: OutcomeMemory;
  private outcomes: ColumnOutcomes;
  private outcome: CellOutcome | null = null;
  private rowIndex = 0;

  constructor(
    readonly evidence: ColumnEvidence,
    settings: CellScanSettings,
  ) {
    this.freeText = settings.freeText;
    this.coordinatesHeader = settings.coordinatesHeader;
    this.referenceDate = settings.referenceDate;
    this.memory = settings.memory ?? new OutcomeMemory();
    this.outcomes = this.memory.column(evidence.columnIndex, this.freeText, this.coordinatesHeader);
  }

  /** Reads long cells as free text from now on (the outcomes remembered without it no longer apply). */
  readAsFreeText(): void {
    this.freeText = true;
    this.outcomes = this.memory.column(this.evidence.columnIndex, true, this.coordinatesHeader);
  }

  /** Examines one cell of row `rowIndex`; empty cells are skipped. */
  add(cell: Cell, rowIndex: number): void {
    if (cell === null || typeof cell === 'boolean') return;
    const evidence = this.evidence;
    this.rowIndex = rowIndex;
    if (typeof cell === 'number') {
      const text = String(cell);
      evidence.examined += 1;
      evidence.totalLength += text.length;
      this.trackDistinct(text);
      const phone = parseNumericPhone(cell);
      if (phone && phone.kind === 'mobile') {
        this.hit('phone', true, `0${text}`, 'identifier');
        this.hit('mobilePhone', true, text, 'none');
      }
      scanDigits(this, text);
      return;
    }
    const outcomes = this.outcomes;
    if (outcomes.active) {
      const known = outcomes.get(cell);
      if (known !== undefined) {
        // Met before: already among the distinct values (or past their bound).
        this.count(known, rowIndex);
        return;
      }
    }
    const text = cell.trim();
    if (text === '') return;
    this.trackDistinct(text);
    if (!outcomes.hasRoom()) {
      evidence.examined += 1;
      evidence.totalLength += text.length;
      examineText(this, text);
      return;
    }
    const outcome: CellOutcome = { length: text.length, hits: [], date: null, spans: [] };
    this.outcome = outcome;
    try {
      examineText(this, text);
    } finally {
      this.outcome = null;
    }
    outcomes.remember(cell, outcome);
    this.count(outcome, rowIndex);
  }

  /** A detector's hit on the cell being examined; `text` gives its example as `example` says. */
  hit(detector: DetectorName, validated: boolean, text: string, example: HitExample): void {
    if (this.outcome === null) recordHit(this.evidence.tallies[detector], this.rowIndex, validated, text, example);
    else this.outcome.hits.push({ detector, validated, text, example });
  }

  /** The cell being examined holds this date. */
  date(date: CalendarDate): void {
    const weekday = dayOfWeek(date);
    const facts: DateFacts = { age: ageOn(date, this.referenceDate), weekend: weekday === 0 || weekday === 6, firstOfMonth: date.day === 1, year: date.year };
    if (this.outcome === null) countDate(this.evidence, facts);
    else this.outcome.date = facts;
  }

  /** The cell being examined holds these personal-data spans. */
  spans(kinds: PersonalSpanKind[]): void {
    if (this.outcome === null) for (const kind of kinds) this.evidence.spans[kind] += 1;
    else this.outcome.spans = kinds;
  }

  /** Counts an outcome for one more cell (row `rowIndex`). */
  private count(outcome: CellOutcome, rowIndex: number): void {
    const evidence = this.evidence;
    evidence.examined += 1;
    evidence.totalLength += outcome.length;
    const { tallies } = evidence;
    for (const hit of outcome.hits) recordHit(tallies[hit.detector], rowIndex, hit.validated, hit.text, hit.example);
    if (outcome.date !== null) countDate(evidence, outcome.date);
    for (const kind of outcome.spans) evidence.spans[kind] += 1;
  }

  private trackDistinct(text: string): void {
    const evidence = this.evidence;
    if (evidence.distinctCapped) return;
    // A copy: the cell may share the memory of the whole decoded block it was cut from.
    if (!this.distinct.has(text)) this.distinct.add(detachedCopy(text));
    // Past the bound the exact count no longer matters: the column is varied.
    if (this.distinct.size >= MAX_DISTINCT) evidence.distinctCapped = true;
  }
}

function countDate(evidence: ColumnEvidence, facts: DateFacts): void {
  const profile = evidence.dates;
  const age = facts.age;
  if (age >= 0 && age <= 120) profile.ageHistogram[age] = (profile.ageHistogram[age] ?? 0) + 1;
  else profile.outOfRangeAges += 1;
  if (facts.weekend) profile.weekend += 1;
  if (facts.firstOfMonth) profile.firstOfMonth += 1;
  profile.minYear = Math.min(profile.minYear, facts.year);
  profile.maxYear = Math.max(profile.maxYear, facts.year);
}

const PHONE_IN_TEXT = /(?:(?:\+|00)33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s.-]{0,2}\d{2}){4}\b/g;
const SOLE_TRADER_FORM = /^(?:1000|ei|eirl|entrepreneur individuel|entreprise individuelle|micro[- ]entrepreneur|auto[- ]entrepreneur)$/i;

function scanDigits(r: CellScan, text: string): void {
  const compact = text.replace(/[\s.\-/]/g, '');
  const length = compact.length;
  if (length === 15 && /^\d+$/.test(compact)) {
    const valid = nirIsValid(compact);
    r.hit('nir', valid, text, 'nir');
    if (valid) return;
  }
  if (length === 13 && isNirWithoutKey(compact)) r.hit('nirWithoutKey', true, text, 'nir');
  if ((length === 9 || length === 14) && /^\d+$/.test(compact) && !/[./]/.test(text)) {
    const valid = length === 9 ? sirenIsValid(compact) : siretIsValid(compact);
    r.hit('businessId', valid, text, 'identifier');
    if (valid && length === 14) return;
  }
  if (length >= 10 && length <= 14) {
    const phone = parseFrenchPhone(text);
    if (phone) {
      r.hit('phone', true, text, 'identifier');
      if (phone.kind === 'mobile') r.hit('mobilePhone', true, text, 'identifier');
      return;
    }
  }
  if (length > 14 && text.length <= 60) {
    PHONE_IN_TEXT.lastIndex = 0;
    const phones = text.match(PHONE_IN_TEXT);
    if (phones && phones.some((found) => parseFrenchPhone(found) !== null)) {
      r.hit('phone', true, text, 'identifier');
      if (phones.some((found) => parseFrenchPhone(found)?.kind === 'mobile')) r.hit('mobilePhone', true, text, 'none');
      return;
    }
  }
  if (length === 8 && text.length === 8 && isPartialDate(text)) r.hit('partialDate', true, text, 'date');
  if (length === 4 && /^(?:18|19|20)\d\d$/.test(text)) r.hit('year', true, text, 'clear');
  if (length === 5 && isPostalCodeShape(compact)) r.hit('postalCode', true, text, 'identifier');
  if (text.length <= 2 && isSexValue(text)) r.hit('sex', true, text, 'clear');
  // An IPv4 address is 7 to 15 characters long.
  if (text.length >= 7 && text.length <= 15 && ipVersion(text) === 4) {
    r.hit('ip', true, text, 'identifier');
    return;
  }
  if (/[/.-]/.test(text)) scanDate(r, text);
  if (/\d[.,]\d/.test(text)) scanCoordinates(r, text);
  else if (r.coordinatesHeader && length >= 6 && length <= 7) scanCoordinates(r, text);
  if (length >= 6 && /^[0-9A-Z]+$/.test(compact)) r.hit('identifierShape', true, text, 'none');
}

function scanDate(r: CellScan, text: string): void {
  const date = parseCalendarDate(text);
  if (!date) {
    if (isPartialDate(text)) r.hit('partialDate', true, text, 'date');
    return;
  }
  r.hit('date', true, text, 'date');
  r.date(date);
}

function scanCoordinates(r: CellScan, text: string): void {
  const reading = readCoordinates(text);
  if (!reading) return;
  r.hit('coordinates', true, text, 'coordinates');
  if (isPreciseLocation(reading)) r.hit('preciseCoordinates', true, text, 'coordinates');
}

function scanText(r: CellScan, text: string): void {
  if (text.includes('@') && text.length <= 254 && !text.includes(' ')) {
    const valid = emailIsValid(text);
    r.hit('email', valid, text, 'email');
    if (valid && isRoleMailbox(text)) r.hit('roleEmail', true, text, 'email');
    else if (valid && isNominativeMailbox(text)) r.hit('nominativeEmail', true, text, 'email');
    return;
  }
  const length = text.length;
  const hasDigit = /\d/.test(text);
  if (hasDigit && length >= 15 && length <= 42 && /^[A-Za-z]{2}\d{2}/.test(text)) {
    const valid = ibanIsValid(text);
    r.hit('iban', valid, text, 'identifier');
    if (valid) return;
  }
  if (hasDigit && length >= 15 && length <= 21 && /2[AB]/i.test(text)) {
    if (nirIsValid(text)) {
      r.hit('nir', true, text, 'nir');
      return;
    }
  }
  if (hasDigit && length === 13 && /^FR/i.test(text) && frenchVatIsValid(text)) r.hit('vat', true, text, 'identifier');
  // Many 8-letter surnames read as BICs (LEFEBVRE): counted, and the cell still goes to the name tests.
  if ((length === 8 || length === 11) && /^[A-Z0-9]+$/.test(text) && bicIsValid(text)) r.hit('bic', true, text, 'identifier');
  if (hasDigit && length >= 5 && length <= 11 && carPlateKind(text)) {
    r.hit('carPlate', true, text, 'identifier');
    return;
  }
  if (length >= 3 && length <= 45 && text.includes(':') && ipVersion(text) === 6) {
    r.hit('ip', true, text, 'identifier');
    return;
  }
  if (hasDigit) {
    if (looksLikeStreetAddress(text)) r.hit('address', true, text, 'words');
    else if (length <= 24) scanDate(r, text);
    if (/^point/i.test(text)) scanCoordinates(r, text);
    if (length >= 6 && length <= 20 && /^[0-9A-Z]+$/.test(text)) r.hit('identifierShape', true, text, 'none');
  } else if (length <= 60) {
    const said = sexValueKind(text);
    if (said !== null && length <= 9) r.hit('sex', true, text, 'clear');
    if (said === 'civility') r.hit('civility', true, text, 'clear');
    const shape = nameShape(text);
    if (shape.notPerson) {
      r.hit('notPerson', true, text, 'none');
      if (looksLikeStreetName(text)) r.hit('streetName', true, text, 'words');
    } else if (shape.fullName) r.hit('fullName', true, text, 'words');
    else if (shape.surnameFirst) r.hit('surnameFirst', true, text, 'words');
    else if (shape.firstName) r.hit(shape.firstNameIsWord ? 'firstNameWord' : 'firstName', true, text, 'words');
    else if (shape.surnameShape) r.hit('surname', true, text, 'words');
    else if (shape.capitalised) r.hit('capitalised', true, text, 'words');
  }
  // Free text is searched for spans; so is any longer value holding digits or an @ (« Jean
  // DUPONT - 06 12 34 56 78 » under a « Contact » header is no free-text column, yet a phone).
  if (length >= 20 && (r.freeText || hasDigit || text.includes('@'))) {
    const spans = findPersonalSpans(text);
    if (spans.length > 0) {
      const first = spans[0]!;
      r.hit('freeTextCell', true, text.slice(first.start, first.end), 'words');
      r.spans(spans.map((span) => span.kind));
    }
  }
}

/** Runs the detectors that fit a trimmed, non-empty text value. */
function examineText(r: CellScan, text: string): void {
  if (text.length <= 30 && SOLE_TRADER_FORM.test(text)) r.hit('legalFormSoleTrader', true, text, 'clear');
  const first = text.charCodeAt(0);
  const startsNumeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 40;
  if (startsNumeric && !/[A-Za-zÀ-ÿ@]/.test(text.length > 40 ? text.slice(0, 40) : text)) scanDigits(r, text);
  else scanText(r, text);
}
