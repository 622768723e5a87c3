/**
 * A column's decision turned into the function that writes each of its cells in the published
 * file. Pure: the keyed hash and the span finder come from the caller (main holds the secret;
 * the detectors live in `shared/detect/`).
 */
import type { OutputColumn } from '../decisions/output-plan.js';
import type { GeneralisationRule } from '../decisions/column-decision.js';
import type { Cell, Row } from '../table/cell.js';
import { addressToCommune, addressToStreet } from './address.js';
import { roundCoordinates } from './coordinates.js';
import { csvValueWriter } from './csv-value.js';
import { ageBand, dateParts, dateToMonth, dateToYear } from './date-generalisation.js';
import { neutraliseFormula } from './formula-cell.js';
import { postalCodeToDepartment } from './postal-code.js';
import type { PersonalSpanFinder } from './redaction.js';
import { redactSpans } from './redaction.js';
import { hideSmallCount } from './small-count.js';

/** What « masquer » writes in place of every non-empty value. */
export const MASK_TEXT = '[masqué]';

/** The services a transform needs from outside `shared/`. */
export interface TransformServices {
  /** Keyed pseudonym of a value (HMAC-SHA-256 in main); same input, same token. */
  pseudonymise: (value: string) => string;
  /** The personal spans of a free text, for « caviarder ». */
  findSpans: PersonalSpanFinder;
}

/** Writes one cell of a column of the published file. */
export type CellTransform = (cell: Cell) => string;

/** The function that writes the cells of one output column, by its decision. */
export function cellTransformFor(column: OutputColumn, services: TransformServices): CellTransform {
  const decision = column.decision;
  const asCsv = csvValueWriter(column.sourceType);
  if (!decision || decision.kind === 'keep') return asCsv;
  switch (decision.kind) {
    case 'drop':
      return () => '';
    case 'mask':
      return (cell) => (asCsv(cell).trim() === '' ? '' : MASK_TEXT);
    case 'pseudonymise':
      return (cell) => {
        const text = asCsv(cell).trim();
        return text === '' ? '' : services.pseudonymise(text);
      };
    case 'redact':
      return (cell) => {
        const text = asCsv(cell);
        return text === '' ? '' : neutraliseFormula(redactSpans(text, services.findSpans(text)));
      };
    case 'generalise':
      return generalisation(decision.rule, asCsv);
  }
}

function generalisation(rule: GeneralisationRule, asCsv: CellTransform): CellTransform {
  switch (rule.kind) {
    // Dates are read from the cell itself: French and ISO spellings alike, without a detour through the CSV text.
    case 'date-year':
      return dateToYear;
    case 'date-month':
      return dateToMonth;
    case 'age-band': {
      const reference = dateParts(rule.referenceDate);
      return (cell) => (reference ? ageBand(cell, rule.width, reference) : '');
    }
    case 'postal-code-department':
      return (cell) => postalCodeToDepartment(typeof cell === 'number' ? cell : asCsv(cell));
    case 'address-street':
      return (cell) => addressToStreet(cell);
    case 'address-commune':
      return (cell) => addressToCommune(cell);
    case 'coordinates':
      return (cell) => roundCoordinates(cell, rule.decimals);
    case 'small-count':
      return (cell) => hideSmallCount(cell, rule.threshold);
  }
}

/** Writes a whole source row as the cells of the published file, in plan order. */
export type RowTransform = (row: Row) => string[];

/** The row transform of a whole plan. */
export function createRowTransform(plan: readonly OutputColumn[], services: TransformServices): RowTransform {
  const sources = plan.map((column) => column.sourceIndex);
  const transforms = plan.map((column) => cellTransformFor(column, services));
  const width = plan.length;
  return (row) => {
    const out = new Array<string>(width);
    for (let i = 0; i < width; i++) {
      out[i] = (transforms[i] as CellTransform)(row[sources[i] as number] ?? null);
    }
    return out;
  };
}
