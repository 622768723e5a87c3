/**
 * The messages between `scanTable` (main thread) and the scan worker: the job's input, its
 * intermediate messages (preliminary findings) and its result.
 */

import type { CalendarDate } from '../../shared/detect/dates.js';
import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import type { KAnonymityReport } from '../../shared/detect/k-anonymity.js';
import type { ReadOptions } from '../../shared/table/table-info.js';

/** What the worker is asked to do. */
export type ScanJobInput =
  | { mode: 'scan'; filePath: string; options: ReadOptions; referenceDate?: CalendarDate; everyRow?: boolean }
  | { mode: 'k-anonymity'; filePath: string; options: ReadOptions; columnIndexes: number[]; threshold: number };

/** The findings of a scan, and how many data rows were read. */
export interface ScanReport {
  findings: PersonalDataFinding[];
  /** Column indexes of the quasi-identifiers (sex, age, postal code, birth dates…). */
  quasiIdentifiers: number[];
  rowCount: number;
}

/** What the worker returns. */
export type ScanJobOutput = { mode: 'scan'; report: ScanReport } | { mode: 'k-anonymity'; report: KAnonymityReport };

/** Posted while the scan runs: the findings the rows read so far support. */
export interface PreliminaryMessage {
  type: 'preliminary';
  rowsScanned: number;
  findings: PersonalDataFinding[];
}

/** True for a preliminary-findings message. */
export function isPreliminaryMessage(message: unknown): message is PreliminaryMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'preliminary';
}
