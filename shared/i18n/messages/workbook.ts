/**
 * Sentences for the errors the workbook readers raise (`main/files/workbook/`), French first.
 * Placeholders come from the error's details: `{file}` the file name, `{sheet}` the sheet,
 * `{columns}` and `{limit}` column counts. French typography: no-break space before « : ; ? ! ».
 */
export const workbookMessages: Record<string, { fr: string; en: string }> = {
  'file.not-found': {
    fr: 'Le fichier « {file} » est introuvable\u00a0: il a peut-être été déplacé, renommé ou supprimé.',
    en: 'The file “{file}” cannot be found: it may have been moved, renamed or deleted.',
  },
  'file.locked': {
    fr: 'Le fichier « {file} » est verrouillé par un autre programme (Excel, LibreOffice…)\u00a0: fermez-le puis réessayez.',
    en: 'The file “{file}” is locked by another program (Excel, LibreOffice…): close it and try again.',
  },
  'file.empty': {
    fr: 'Le fichier « {file} » est vide\u00a0: il ne contient aucune donnée.',
    en: 'The file “{file}” is empty: it holds no data.',
  },
  'file.unknown-format': {
    fr: 'Le fichier « {file} » n’est pas un classeur lisible (XLSX, XLS ou ODS).',
    en: 'The file “{file}” is not a readable workbook (XLSX, XLS or ODS).',
  },
  'file.encrypted': {
    fr: 'Le classeur « {file} » est protégé par mot de passe\u00a0: ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe, enregistrez-le, puis réessayez.',
    en: 'The workbook “{file}” is password-protected: open it in Excel or LibreOffice, remove the password, save it, and try again.',
  },
  'file.corrupt': {
    fr: 'Le classeur « {file} » est endommagé ou incomplet (téléchargement interrompu\u00a0?)\u00a0: il ne peut pas être lu.',
    en: 'The workbook “{file}” is damaged or incomplete (interrupted download?): it cannot be read.',
  },
  'file.zip-bomb': {
    fr: 'Le classeur « {file} » se décompresse en une taille démesurée\u00a0: par sécurité, il n’est pas ouvert.',
    en: 'The workbook “{file}” decompresses to an excessive size: for safety, it is not opened.',
  },
  'file.too-large': {
    fr: 'Le classeur « {file} » est trop volumineux pour être ouvert.',
    en: 'The workbook “{file}” is too large to be opened.',
  },
  'file.too-many-columns': {
    fr: 'La feuille « {sheet} » du classeur « {file} » utilise {columns} colonnes\u00a0; Atelier en lit au plus {limit}. Supprimez les colonnes inutiles puis réessayez.',
    en: 'The sheet “{sheet}” of the workbook “{file}” uses {columns} columns; Atelier reads at most {limit}. Delete the unneeded columns and try again.',
  },
  'file.sheet-not-found': {
    fr: 'Le classeur « {file} » n’a pas de feuille nommée « {sheet} ».',
    en: 'The workbook “{file}” has no sheet named “{sheet}”.',
  },
  'file.changed-while-open': {
    fr: 'Le fichier « {file} » a été modifié pendant sa lecture\u00a0: rouvrez-le.',
    en: 'The file “{file}” was changed while being read: open it again.',
  },
  'job.cancelled': {
    fr: 'La lecture de « {file} » a été annulée.',
    en: 'Reading “{file}” was cancelled.',
  },
};
