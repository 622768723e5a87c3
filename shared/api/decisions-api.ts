/**
 * The `decisions`, `export` and `drafts` domains of the API (issue 5): the clerk's decisions on
 * flagged columns with undo/redo, the gate, pre-flight and the export to a folder, and the
 * autosaved drafts. Files are referred to by opaque ids; no path of the clerk's machine crosses.
 */
import type { ColumnDecision } from '../decisions/column-decision.js';
import type { DraftContent, OutputOptions, PreflightReport } from '../decisions/draft-content.js';
import type { FlaggedColumn, GateProblem } from '../decisions/gate-rules.js';
import { LEGAL_BASIS_IDS } from '../decisions/legal-bases.js';
import { LEGAL_GROUNDS } from '../detect/legal-grounds.js';
import type { FindingCategory } from '../detect/finding.js';
import type { DatasetMetadata } from '../metadata/model.js';
import type { ColumnType, Row } from '../table/cell.js';
import type { ReadOptions } from '../table/table-info.js';
import { readOptionsSchema } from './files-api.js';
import type { JsonSchema, MethodSpec, NoParams, RequestSchemas } from './method.js';
import { idSchema, noParamsSchema, objectSchema } from './method.js';

/** A draft as the home screen lists it, to resume it. */
export interface DraftSummary {
  draftId: string;
  sourceName: string;
  title: string | null;
  updatedAt: string;
  flagged: number;
  undecided: number;
  /** False when the source file is no longer where it was. */
  sourceAvailable: boolean;
}

/** A whole draft, as the review screen shows it. */
export interface DraftView extends DraftContent {
  draftId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The source file's id for `table:open`, or null when the file is no longer there. */
  fileId: string | null;
  /** Columns that need a decision, and what stands in the way of an export. */
  flagged: FlaggedColumn[];
  gate: GateProblem[];
  canUndo: boolean;
  canRedo: boolean;
}

/** One column of the decision preview. */
export interface PreviewColumn {
  sourceIndex: number;
  name: string;
  type: ColumnType;
  decision: ColumnDecision | null;
}

/** What « Exporter vers un dossier » wrote. */
export interface FolderExportSummary {
  /** Base name of the folder the clerk chose. */
  folderName: string;
  files: string[];
  sha256: string;
  size: number;
  rowCount: number;
  columns: string[];
  preflight: PreflightReport;
}

/** Progress of a long step of a draft: scanning the source, writing the output, scanning it. */
export interface DraftProgress {
  draftId: string;
  phase: 'scanning-source' | 'writing' | 'scanning-output';
  done: number;
  total: number;
}

/** Methods of the `drafts`, `decisions` and `export` domains. */
export interface DecisionsApi {
  'drafts:list': MethodSpec<NoParams, DraftSummary[]>;
  'drafts:get': MethodSpec<{ draftId: string }, DraftView>;
  'drafts:create': MethodSpec<{ fileId: string; options: ReadOptions; metadata?: Partial<DatasetMetadata> }, DraftView>;
  'drafts:scan': MethodSpec<{ draftId: string }, DraftView>;
  'drafts:set-read-options': MethodSpec<{ draftId: string; options: ReadOptions }, DraftView>;
  'drafts:dismiss': MethodSpec<{ draftId: string; columnIndex: number; category: FindingCategory; reason: string }, DraftView>;
  'drafts:restore-finding': MethodSpec<{ draftId: string; columnIndex: number; category: FindingCategory }, DraftView>;
  /** The clerk flags a column as covered by a secret (CRPA L311-5, L311-6), with its legal ground. */
  'drafts:flag-protected': MethodSpec<{ draftId: string; columnIndex: number; legalGround: string }, DraftView>;
  'drafts:unflag-protected': MethodSpec<{ draftId: string; columnIndex: number }, DraftView>;
  'drafts:set-metadata': MethodSpec<{ draftId: string; metadata: Partial<DatasetMetadata> }, DraftView>;
  'drafts:set-output': MethodSpec<{ draftId: string; output: OutputOptions }, DraftView>;
  'drafts:discard': MethodSpec<{ draftId: string }, { discarded: boolean }>;
  'decisions:decide': MethodSpec<{ draftId: string; columnIndex: number; decision: ColumnDecision | null }, DraftView>;
  'decisions:rename': MethodSpec<{ draftId: string; columnIndex: number; name: string | null }, DraftView>;
  'decisions:undo': MethodSpec<{ draftId: string }, DraftView>;
  'decisions:redo': MethodSpec<{ draftId: string }, DraftView>;
  'decisions:preview': MethodSpec<{ draftId: string; rows: Row[] }, { columns: PreviewColumn[]; rows: string[][] }>;
  'export:preflight': MethodSpec<{ draftId: string }, PreflightReport>;
  'export:to-folder': MethodSpec<{ draftId: string }, FolderExportSummary | null>;
  'export:cancel': MethodSpec<{ draftId: string }, { cancelled: boolean }>;
}

/** Events of these domains (main → renderer). */
export interface DecisionsEvents {
  'drafts:progress': DraftProgress;
}

const columnIndexSchema: JsonSchema = { type: 'integer', minimum: 0, maximum: 100_000 };
const justificationSchema: JsonSchema = { type: 'string', maxLength: 5000 };
const categorySchema: JsonSchema = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z-]+$' };
const isoDateSchema: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

const generalisationSchema: JsonSchema = {
  anyOf: [
    objectSchema({ kind: { enum: ['date-year', 'date-month', 'postal-code-department', 'address-street', 'address-commune'] } }),
    objectSchema({ kind: { const: 'age-band' }, width: { enum: [5, 10] }, referenceDate: isoDateSchema }),
    objectSchema({ kind: { const: 'coordinates' }, decimals: { type: 'integer', minimum: 0, maximum: 6 } }),
    objectSchema({ kind: { const: 'small-count' }, threshold: { type: 'integer', minimum: 2, maximum: 1000 } }),
  ],
};

const decisionSchema: JsonSchema = {
  anyOf: [
    { type: 'null' },
    objectSchema({ kind: { enum: ['drop', 'mask', 'redact'] } }),
    objectSchema({ kind: { const: 'pseudonymise' }, justification: justificationSchema }),
    objectSchema({ kind: { const: 'generalise' }, rule: generalisationSchema }),
    objectSchema({
      kind: { const: 'keep' },
      justification: justificationSchema,
      legalBasis: { anyOf: [{ type: 'null' }, { enum: [...LEGAL_BASIS_IDS] }] },
    }),
  ],
};

const cellSchema: JsonSchema = { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 100_000 }, { type: 'number' }, { type: 'boolean' }] };

const draftOnly = objectSchema({ draftId: idSchema });


const text = (maxLength: number): JsonSchema => ({ type: 'string', maxLength });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [{ type: 'null' }, schema] });

/** Metadata being typed: every field optional and possibly blank; full validation is the metadata form's. */
const draftMetadataSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    title: text(1000),
    description: text(100_000),
    keywords: { type: 'array', maxItems: 100, items: text(200) },
    themes: { type: 'array', maxItems: 50, items: text(200) },
    producer: text(500),
    contact: nullable(objectSchema({ name: text(500), email: text(320) })),
    licence: text(100),
    frequency: text(40),
    temporal: objectSchema({ start: nullable(isoDateSchema), end: nullable(isoDateSchema) }),
    spatial: text(500),
    language: text(10),
    source: text(2000),
    modified: text(40),
    schema: nullable(objectSchema({ name: text(200), version: text(50) })),
  },
};

export const decisionsRequestSchemas: RequestSchemas<DecisionsApi> = {
  'drafts:list': noParamsSchema,
  'drafts:get': draftOnly,
  'drafts:create': objectSchema({ fileId: idSchema, options: readOptionsSchema, metadata: draftMetadataSchema }, ['metadata']),
  'drafts:scan': draftOnly,
  'drafts:set-read-options': objectSchema({ draftId: idSchema, options: readOptionsSchema }),
  'drafts:dismiss': objectSchema({ draftId: idSchema, columnIndex: columnIndexSchema, category: categorySchema, reason: { type: 'string', pattern: '\\S', maxLength: 5000 } }),
  'drafts:restore-finding': objectSchema({ draftId: idSchema, columnIndex: columnIndexSchema, category: categorySchema }),
  'drafts:flag-protected': objectSchema({ draftId: idSchema, columnIndex: columnIndexSchema, legalGround: { enum: LEGAL_GROUNDS.map((ground) => ground.id) } }),
  'drafts:unflag-protected': objectSchema({ draftId: idSchema, columnIndex: columnIndexSchema }),
  'drafts:set-metadata': objectSchema({ draftId: idSchema, metadata: draftMetadataSchema }),
  'drafts:set-output': objectSchema({
    draftId: idSchema,
    output: objectSchema({
      delimiter: { enum: [';', ','] },
      bom: { type: 'boolean' },
      fileName: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1, maxLength: 200 }] },
    }),
  }),
  'drafts:discard': draftOnly,
  'decisions:decide': objectSchema({ draftId: idSchema, columnIndex: columnIndexSchema, decision: decisionSchema }),
  'decisions:rename': objectSchema({
    draftId: idSchema,
    columnIndex: columnIndexSchema,
    name: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 200 }] },
  }),
  'decisions:undo': draftOnly,
  'decisions:redo': draftOnly,
  'decisions:preview': objectSchema({
    draftId: idSchema,
    rows: { type: 'array', maxItems: 1000, items: { type: 'array', maxItems: 100_000, items: cellSchema } },
  }),
  'export:preflight': draftOnly,
  'export:to-folder': draftOnly,
  'export:cancel': draftOnly,
};
