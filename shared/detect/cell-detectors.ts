/**
 * Runs the detectors that fit one cell's shape and records what they find in the column's
 * evidence. The cheap shape tests come first so that a million-row column costs little.
 */

import { bicIsValid, ibanIsValid } from './bank-account.js';
import { frenchVatIsValid, sirenIsValid, siretIsValid } from './business-id.js';
import { carPlateKind } from './car-plate.js';
import type { ColumnEvidence } from './column-evidence.js';
import { MAX_DISTINCT, recordHit } from './column-evidence.js';
import { isPreciseLocation, readCoordinates } from './coordinates.js';
import type { CalendarDate } from './dates.js';
import { ageOn, dayOfWeek, parseCalendarDate } from './dates.js';
import { emailIsValid, isNominativeMailbox, isRoleMailbox } from './email.js';
import { findPersonalSpans } from './free-text-spans.js';
import { ipVersion } from './ip-address.js';
import { maskExample } from './masking.js';
import { nirIsValid } from './nir.js';
import { nameShape } from './person-name.js';
import { parseFrenchPhone, parseNumericPhone } from './phone.js';
import { looksLikeStreetAddress, looksLikeStreetName } from './postal-address.js';
import { isPostalCodeShape, isSexValue } from './quasi-identifiers.js';
import type { Cell } from '../table/cell.js';

/** What the scanner knows of its column while reading cells. */
export interface CellScanContext {
  /** Run the free-text span finder on long cells. */
  freeText: boolean;
  /** The header names coordinates: whole numbers of metres are then read as projected coordinates. */
  coordinatesHeader: boolean;
  referenceDate: CalendarDate;
  /** Distinct values tracked so far (bounded by `MAX_DISTINCT`). */
  distinct: Set<string>;
}

const PHONE_IN_TEXT = /(?:(?:\+|00)33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s.-]{0,2}\d{2}){4}\b/g;
const SOLE_TRADER_FORM = /^(?:1000|ei|eirl|entrepreneur individuel|entreprise individuelle|micro[- ]entrepreneur|auto[- ]entrepreneur)$/i;

function scanDigits(evidence: ColumnEvidence, text: string, rowIndex: number, context: CellScanContext): void {
  const reference = context.referenceDate;
  const { tallies } = evidence;
  const compact = text.replace(/[\s.\-/]/g, '');
  const length = compact.length;
  if (length === 15 && /^\d+$/.test(compact)) {
    const valid = nirIsValid(compact);
    recordHit(tallies.nir, rowIndex, valid, () => maskExample(text, 'nir'));
    if (valid) return;
  }
  if ((length === 9 || length === 14) && /^\d+$/.test(compact) && !/[./]/.test(text)) {
    const valid = length === 9 ? sirenIsValid(compact) : siretIsValid(compact);
    recordHit(tallies.businessId, rowIndex, valid, () => maskExample(text, 'identifier'));
    if (valid && length === 14) return;
  }
  if (length >= 10 && length <= 14) {
    const phone = parseFrenchPhone(text);
    if (phone) {
      recordHit(tallies.phone, rowIndex, true, () => maskExample(text, 'identifier'));
      if (phone.kind === 'mobile') recordHit(tallies.mobilePhone, rowIndex, true, () => maskExample(text, 'identifier'));
      return;
    }
  }
  if (length > 14 && text.length <= 60) {
    PHONE_IN_TEXT.lastIndex = 0;
    const phones = text.match(PHONE_IN_TEXT);
    if (phones && phones.some((found) => parseFrenchPhone(found) !== null)) {
      recordHit(tallies.phone, rowIndex, true, () => maskExample(text, 'identifier'));
      if (phones.some((found) => parseFrenchPhone(found)?.kind === 'mobile')) recordHit(tallies.mobilePhone, rowIndex, true, () => '');
      return;
    }
  }
  if (length === 5 && isPostalCodeShape(compact)) recordHit(evidence.tallies.postalCode, rowIndex, true, () => maskExample(text, 'identifier'));
  if (text.length <= 2 && isSexValue(text)) recordHit(tallies.sex, rowIndex, true, () => text);
  if (text.length >= 7 && text.split('.').length === 4 && ipVersion(text) === 4) {
    recordHit(tallies.ip, rowIndex, true, () => maskExample(text, 'identifier'));
    return;
  }
  if (/[/.-]/.test(text)) scanDate(evidence, text, rowIndex, reference);
  if (/\d[.,]\d/.test(text)) scanCoordinates(evidence, text, rowIndex);
  else if (context.coordinatesHeader && length >= 6 && length <= 7) scanCoordinates(evidence, text, rowIndex);
  if (length >= 6 && /^[0-9A-Z]+$/.test(compact)) recordHit(tallies.identifierShape, rowIndex, true, () => '');
}

function scanDate(evidence: ColumnEvidence, text: string, rowIndex: number, reference: CalendarDate): void {
  const date = parseCalendarDate(text);
  if (!date) return;
  recordHit(evidence.tallies.date, rowIndex, true, () => maskExample(text, 'date'));
  const profile = evidence.dates;
  const age = ageOn(date, reference);
  if (age >= 0 && age <= 120) profile.ageHistogram[age] = (profile.ageHistogram[age] ?? 0) + 1;
  else profile.outOfRangeAges += 1;
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) profile.weekend += 1;
  if (date.day === 1) profile.firstOfMonth += 1;
  profile.minYear = Math.min(profile.minYear, date.year);
  profile.maxYear = Math.max(profile.maxYear, date.year);
}

function scanCoordinates(evidence: ColumnEvidence, text: string, rowIndex: number): void {
  const reading = readCoordinates(text);
  if (!reading) return;
  recordHit(evidence.tallies.coordinates, rowIndex, true, () => maskExample(text, 'coordinates'));
  if (isPreciseLocation(reading)) recordHit(evidence.tallies.preciseCoordinates, rowIndex, true, () => maskExample(text, 'coordinates'));
}

function scanText(evidence: ColumnEvidence, text: string, rowIndex: number, context: CellScanContext): void {
  const { tallies } = evidence;
  if (text.includes('@') && text.length <= 254 && !text.includes(' ')) {
    const valid = emailIsValid(text);
    recordHit(tallies.email, rowIndex, valid, () => maskExample(text, 'email'));
    if (valid && isRoleMailbox(text)) recordHit(tallies.roleEmail, rowIndex, true, () => maskExample(text, 'email'));
    else if (valid && isNominativeMailbox(text)) recordHit(tallies.nominativeEmail, rowIndex, true, () => maskExample(text, 'email'));
    return;
  }
  const length = text.length;
  const hasDigit = /\d/.test(text);
  if (hasDigit && length >= 15 && length <= 42 && /^[A-Za-z]{2}\d{2}/.test(text)) {
    const valid = ibanIsValid(text);
    recordHit(tallies.iban, rowIndex, valid, () => maskExample(text, 'identifier'));
    if (valid) return;
  }
  if (hasDigit && length >= 15 && length <= 21 && /2[AB]/i.test(text)) {
    if (nirIsValid(text)) {
      recordHit(tallies.nir, rowIndex, true, () => maskExample(text, 'nir'));
      return;
    }
  }
  if (hasDigit && length === 13 && /^FR/i.test(text) && frenchVatIsValid(text)) recordHit(tallies.vat, rowIndex, true, () => maskExample(text, 'identifier'));
  // Many 8-letter surnames read as BICs (LEFEBVRE): counted, and the cell still goes to the name tests.
  if ((length === 8 || length === 11) && /^[A-Z0-9]+$/.test(text) && bicIsValid(text)) recordHit(tallies.bic, rowIndex, true, () => maskExample(text, 'identifier'));
  if (hasDigit && length >= 5 && length <= 11 && carPlateKind(text)) {
    recordHit(tallies.carPlate, rowIndex, true, () => maskExample(text, 'identifier'));
    return;
  }
  if (length >= 3 && length <= 45 && text.includes(':') && ipVersion(text) === 6) {
    recordHit(tallies.ip, rowIndex, true, () => maskExample(text, 'identifier'));
    return;
  }
  if (hasDigit) {
    if (looksLikeStreetAddress(text)) recordHit(tallies.address, rowIndex, true, () => maskExample(text, 'words'));
    else if (length <= 24) scanDate(evidence, text, rowIndex, context.referenceDate);
    if (/^point/i.test(text)) scanCoordinates(evidence, text, rowIndex);
    if (length >= 6 && length <= 20 && /^[0-9A-Z]+$/.test(text)) recordHit(tallies.identifierShape, rowIndex, true, () => '');
  } else if (length <= 60) {
    if (length <= 9 && isSexValue(text)) recordHit(tallies.sex, rowIndex, true, () => text);
    const shape = nameShape(text);
    if (shape.notPerson) {
      recordHit(tallies.notPerson, rowIndex, true, () => '');
      if (looksLikeStreetName(text)) recordHit(tallies.streetName, rowIndex, true, () => maskExample(text, 'words'));
    } else if (shape.fullName) recordHit(tallies.fullName, rowIndex, true, () => maskExample(text, 'words'));
    else if (shape.firstName) recordHit(shape.firstNameIsWord ? tallies.firstNameWord : tallies.firstName, rowIndex, true, () => maskExample(text, 'words'));
    else if (shape.surnameShape) recordHit(tallies.surname, rowIndex, true, () => maskExample(text, 'words'));
  }
  if (context.freeText && length >= 20) {
    const spans = findPersonalSpans(text);
    if (spans.length > 0) {
      recordHit(tallies.freeTextCell, rowIndex, true, () => maskExample(text.slice(spans[0]?.start ?? 0, spans[0]?.end ?? 0), 'words'));
      for (const span of spans) evidence.spans[span.kind] += 1;
    }
  }
}

/** Examines one cell; empty cells are skipped. */
export function scanCell(evidence: ColumnEvidence, cell: Cell, rowIndex: number, context: CellScanContext): void {
  if (cell === null || typeof cell === 'boolean') return;
  let text: string;
  if (typeof cell === 'number') {
    evidence.examined += 1;
    text = String(cell);
    evidence.totalLength += text.length;
    trackDistinct(evidence, text, context);
    const phone = parseNumericPhone(cell);
    if (phone && phone.kind === 'mobile') {
      recordHit(evidence.tallies.phone, rowIndex, true, () => maskExample(`0${text}`, 'identifier'));
      recordHit(evidence.tallies.mobilePhone, rowIndex, true, () => '');
    }
    scanDigits(evidence, text, rowIndex, context);
    return;
  }
  text = cell.trim();
  if (text === '') return;
  evidence.examined += 1;
  evidence.totalLength += text.length;
  trackDistinct(evidence, text, context);
  if (text.length <= 30 && SOLE_TRADER_FORM.test(text)) recordHit(evidence.tallies.legalFormSoleTrader, rowIndex, true, () => text);
  const first = text.charCodeAt(0);
  const startsNumeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 40;
  if (startsNumeric && !/[A-Za-zÀ-ÿ@]/.test(text.length > 40 ? text.slice(0, 40) : text)) {
    scanDigits(evidence, text, rowIndex, context);
  } else {
    scanText(evidence, text, rowIndex, context);
  }
}

function trackDistinct(evidence: ColumnEvidence, text: string, context: CellScanContext): void {
  if (evidence.distinctCapped) return;
  context.distinct.add(text);
  // Past the bound the exact count no longer matters: the column is varied.
  if (context.distinct.size >= MAX_DISTINCT) evidence.distinctCapped = true;
}
