/**
 * The JSON Schema of the dataset metadata (`DatasetMetadata`), the rules every portal shares.
 * `errorCode` on a node names the issue its failure gives (see `validate-metadata.ts`); without
 * it, the code follows from the failing keyword.
 */
import { LICENCES } from '../licences/licence-list.js';

/** The update frequencies of the model, which are udata's vocabulary too. */
export const UPDATE_FREQUENCIES = [
  'unknown', 'punctual', 'continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'irregular',
] as const;

/** A text that must hold something other than spaces. */
const filledText = (maxLength: number) => ({ type: 'string', pattern: '\\S', maxLength, errorCode: 'metadata.required' }) as const;

const isoDate = { type: 'string', format: 'date', errorCode: 'metadata.invalid-date' } as const;

/** The base schema: structure and the rules of the model itself. */
export const metadataJsonSchema = {
  $id: 'atelier:dataset-metadata',
  type: 'object',
  additionalProperties: false,
  required: [
    'title', 'description', 'keywords', 'themes', 'producer', 'contact', 'licence', 'frequency',
    'temporal', 'spatial', 'language', 'source', 'modified', 'schema',
  ],
  properties: {
    title: filledText(1000),
    description: filledText(100_000),
    keywords: {
      type: 'array',
      maxItems: 100,
      uniqueItems: true,
      errorCode: 'metadata.duplicate-keyword',
      items: { type: 'string', pattern: '\\S', maxLength: 200, errorCode: 'metadata.empty-keyword' },
    },
    themes: { type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 200 } },
    producer: filledText(500),
    contact: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'email'],
          properties: {
            name: { type: 'string', maxLength: 500 },
            email: { type: 'string', format: 'email', maxLength: 320, errorCode: 'metadata.invalid-email' },
          },
        },
      ],
    },
    licence: { type: 'string', enum: LICENCES.map((licence) => licence.id), errorCode: 'metadata.unknown-licence' },
    frequency: { type: 'string', enum: [...UPDATE_FREQUENCIES], errorCode: 'metadata.unknown-frequency' },
    temporal: {
      type: 'object',
      additionalProperties: false,
      required: ['start', 'end'],
      properties: {
        start: { anyOf: [{ type: 'null' }, isoDate] },
        end: { anyOf: [{ type: 'null' }, isoDate] },
      },
    },
    spatial: { type: 'string', maxLength: 500 },
    language: { type: 'string', pattern: '^[a-z]{2}$', errorCode: 'metadata.invalid-language' },
    source: { type: 'string', maxLength: 2000 },
    modified: isoDate,
    schema: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'version'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, version: { type: 'string', minLength: 1, maxLength: 50 } },
        },
      ],
    },
  },
} as const;
