/** French and English sentences for the codes of sorting and filtering an opened table. */
export const workspaceMessages: Record<string, { fr: string; en: string }> = {
  'table.not-ready': {
    fr: 'Le fichier est encore en cours de lecture : vous pourrez trier et filtrer dès qu’il sera lu en entier.',
    en: 'The file is still being read: you can sort and filter as soon as it has been read in full.',
  },
  'table.unknown-view': {
    fr: 'Ce tri ou ce filtre n’est plus actif : choisissez-le à nouveau.',
    en: 'This sort or filter is no longer active: choose it again.',
  },
  'table.unknown-column': {
    fr: 'La colonne n° {column} n’existe pas dans ce tableau.',
    en: 'Column no. {column} does not exist in this table.',
  },
};
