/**
 * What the detectors found in the text values a column has already met. Public tables repeat
 * their values (communes, first names, dates, categories, stock comments): a value met again is
 * counted from its first examination instead of being examined again. The memory of a table is
 * shared by the scanners of the parts one thread reads, so that each part does not learn again
 * what the part before learnt; it is pure bookkeeping — the evidence is the same without it.
 */

import type { DetectorName, HitExample } from './column-evidence.js';
import type { PersonalSpanKind } from './free-text-spans.js';
import { detachedCopy } from '../table/distinct-values.js';

/** One detector's hit on a value; `text` gives its example as `example` says. */
export interface OutcomeHit {
  detector: DetectorName;
  validated: boolean;
  text: string;
  example: HitExample;
}

/** What a date value tells the birth-date profile (ages on the scan's reference date). */
export interface DateFacts {
  age: number;
  weekend: boolean;
  firstOfMonth: boolean;
  year: number;
}

/** What the detectors found in one text value. */
export interface CellOutcome {
  /** Length of the trimmed value. */
  length: number;
  hits: OutcomeHit[];
  date: DateFacts | null;
  spans: PersonalSpanKind[];
}

/** Values remembered per column: as many as the distinct values a column tracks. */
export const MAX_REMEMBERED_VALUES = 2000;
/** Lookups after which a column whose values seldom recur (under a quarter) stops remembering. */
const TRIAL_LOOKUPS = 1024;

/** The remembered outcomes of one column read one way. */
export class ColumnOutcomes {
  private readonly values = new Map<string, CellOutcome>();
  private lookups = 0;
  private found = 0;
  /** False once the column proved too varied for remembering to pay. */
  active = true;

  constructor(private readonly limit: number) {
    if (limit <= 0) this.active = false;
  }

  /** The outcome of `value` if remembered. */
  get(value: string): CellOutcome | undefined {
    const outcome = this.values.get(value);
    this.lookups++;
    if (outcome !== undefined) this.found++;
    else if (this.lookups % TRIAL_LOOKUPS === 0 && this.found * 4 < this.lookups) {
      this.active = false;
      this.values.clear();
    }
    return outcome;
  }

  /** Whether a new value would be remembered. */
  hasRoom(): boolean {
    return this.active && this.values.size < this.limit;
  }

  remember(value: string, outcome: CellOutcome): void {
    if (this.hasRoom()) this.values.set(detachedCopy(value), outcome);
  }
}

/** The outcomes of a table's columns, per column and per way of reading it (free text or not). */
export class OutcomeMemory {
  private readonly columns = new Map<string, ColumnOutcomes>();

  constructor(private readonly limit: number = MAX_REMEMBERED_VALUES) {}

  column(columnIndex: number, freeText: boolean, coordinatesHeader: boolean): ColumnOutcomes {
    const key = `${String(columnIndex)}:${freeText ? 't' : 'c'}:${coordinatesHeader ? 'g' : '-'}`;
    let outcomes = this.columns.get(key);
    if (outcomes === undefined) {
      outcomes = new ColumnOutcomes(this.limit);
      this.columns.set(key, outcomes);
    }
    return outcomes;
  }
}
