/**
 * Sentences for the errors raised while opening a table (`main/files/`, `shared/table/`), French
 * first. Placeholders come from the error's details: `{file}` the file name, `{record}` a record
 * number, `{maxMegabytes}`, `{columns}` and `{limit}` sizes, `{encoding}` and `{delimiter}` what
 * the clerk typed, `{reason}` the system's code. The codes shared with workbooks (`file.not-found`,
 * `file.locked`, `file.empty`, `file.changed-while-open`…) are in `workbook.ts`.
 * French typography: no-break space before « : ; ? ! ».
 */
export const filesMessages: Record<string, { fr: string; en: string }> = {
  'file.binary': {
    fr: 'Le fichier « {file} » n’est pas un fichier texte ni un classeur (image, archive ou programme\u00a0?)\u00a0: il ne peut pas être lu comme un tableau.',
    en: 'The file “{file}” is neither a text file nor a workbook (an image, archive or program?): it cannot be read as a table.',
  },
  'file.line-too-long': {
    fr: 'La ligne {record} du fichier « {file} » dépasse {maxMegabytes}\u00a0Mo\u00a0: le fichier est sans doute endommagé, ou un guillemet n’est jamais refermé.',
    en: 'Line {record} of the file “{file}” is longer than {maxMegabytes} MB: the file is probably damaged, or a quote is never closed.',
  },
  'table.too-many-columns': {
    fr: 'Le tableau du fichier « {file} » compte {columns} colonnes\u00a0; Atelier en lit au plus {limit}. Supprimez les colonnes inutiles puis réessayez.',
    en: 'The table in the file “{file}” has {columns} columns; Atelier reads at most {limit}. Delete the unneeded columns and try again.',
  },
  'file.no-table': {
    fr: 'Le classeur « {file} » ne contient aucune feuille de données.',
    en: 'The workbook “{file}” holds no data sheet.',
  },
  'file.unreadable': {
    fr: 'Le fichier « {file} » n’a pas pu être lu (erreur système {reason}). Vérifiez qu’il est accessible puis réessayez.',
    en: 'The file “{file}” could not be read (system error {reason}). Check that it is accessible and try again.',
  },
  'file.unknown-encoding': {
    fr: 'L’encodage « {encoding} » n’est pas reconnu. Choisissez parmi utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15, ibm850 et macintosh.',
    en: 'The encoding “{encoding}” is not recognised. Choose among utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15, ibm850 and macintosh.',
  },
  'file.bad-delimiter': {
    fr: 'Le séparateur « {delimiter} » ne convient pas\u00a0: indiquez un seul caractère, par exemple « ; », « , », « | » ou « tab ».',
    en: 'The delimiter “{delimiter}” is not usable: give a single character, for example “;”, “,”, “|” or “tab”.',
  },
  'cli.usage': {
    fr: 'Commande incomplète ou inconnue. {usage}',
    en: 'Incomplete or unknown command. {usage}',
  },
};
