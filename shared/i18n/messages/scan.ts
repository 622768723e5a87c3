/**
 * French and English sentences of the error codes of the personal-data scan
 * (`main/scan/`, `shared/api/scan-api.ts`).
 */
export const scanMessages: Record<string, { fr: string; en: string }> = {
  'scan.unknown-id': {
    fr: 'Cette analyse n’existe plus\u00a0: relancez l’analyse du fichier.',
    en: 'This scan no longer exists: scan the file again.',
  },
  'scan.unknown-column': {
    fr: 'La colonne n°\u00a0{column} n’existe pas dans ce tableau.',
    en: 'Column {column} does not exist in this table.',
  },
};
