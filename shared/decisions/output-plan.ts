/**
 * Which columns the published file has, in which order, under which names and types, and what
 * each one undergoes. The export, the datapackage, the publication report and pre-flight all
 * read the same plan, so that they cannot disagree.
 */
import type { ColumnType } from '../table/cell.js';
import type { ColumnDecision, GeneralisationRule } from './column-decision.js';
import type { DecisionState } from './decision-history.js';
import { decisionFor, renameFor } from './decision-history.js';
import type { DraftColumn } from './draft-content.js';

/** One column of the published file. */
export interface OutputColumn {
  /** Index of the source column it comes from. */
  sourceIndex: number;
  /** Its name in the source. */
  sourceName: string;
  /** Its name in the published file (renamed or not). */
  name: string;
  sourceType: ColumnType;
  /** Its type once transformed, for the writer and the datapackage. */
  type: ColumnType;
  /** The decision applied, or null for a column nobody flagged nor decided. */
  decision: ColumnDecision | null;
}

/** The columns of the published file: every source column but the dropped ones, in source order. */
export function planOutputColumns(columns: readonly DraftColumn[], state: DecisionState): OutputColumn[] {
  const plan: OutputColumn[] = [];
  for (const column of [...columns].sort((a, b) => a.index - b.index)) {
    const decision = decisionFor(state, column.index) ?? null;
    if (decision?.kind === 'drop') continue;
    plan.push({
      sourceIndex: column.index,
      sourceName: column.name,
      name: renameFor(state, column.index) ?? column.name,
      sourceType: column.type,
      type: outputType(column.type, decision),
      decision,
    });
  }
  return plan;
}

function outputType(source: ColumnType, decision: ColumnDecision | null): ColumnType {
  if (!decision || decision.kind === 'keep') return source;
  if (decision.kind === 'generalise') return generalisedType(source, decision.rule);
  return 'text';
}

function generalisedType(source: ColumnType, rule: GeneralisationRule): ColumnType {
  switch (rule.kind) {
    case 'date-year':
      return 'integer';
    case 'postal-code-department':
      return 'code';
    case 'coordinates':
      return source === 'integer' || source === 'decimal' ? 'decimal' : 'text';
    case 'date-month':
    case 'age-band':
    case 'address-street':
    case 'address-commune':
    case 'small-count':
      return 'text';
  }
}
