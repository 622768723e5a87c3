/**
 * French and English sentences of the codes of the decisions, export and drafts area. `{column}`
 * is a column's name, `{count}` how many problems remain, `{file}` a file's base name.
 */
export const decisionsMessages: Record<string, { fr: string; en: string }> = {
  'gate.undecided': {
    fr: 'La colonne «\u00a0{column}\u00a0» a été signalée et n’a pas encore de décision. {count, plural, one {C’est le seul point à régler avant l’export.} other {# points restent à régler avant l’export.}}',
    en: 'The column “{column}” was flagged and has no decision yet. {count, plural, one {It is the only point left before export.} other {# points are left before export.}}',
  },
  'gate.keep-without-justification': {
    fr: 'La colonne «\u00a0{column}\u00a0» est conservée sans justification écrite. Expliquez pourquoi elle peut être publiée (au moins dix caractères) et, si elle s’applique, choisissez la base légale.',
    en: 'The column “{column}” is kept without a written justification. Explain why it may be published (at least ten characters) and, where one applies, choose the legal basis.',
  },
  'gate.pseudonymise-without-justification': {
    fr: 'La colonne «\u00a0{column}\u00a0» est pseudonymisée sans justification écrite. Des données pseudonymisées restent personnelles\u00a0: indiquez la base légale qui permet de les publier.',
    en: 'The column “{column}” is pseudonymised without a written justification. Pseudonymised data are still personal: state the legal basis that allows publishing them.',
  },
  'gate.duplicate-column-name': {
    fr: 'Deux colonnes du fichier publié s’appelleraient «\u00a0{column}\u00a0». Renommez l’une d’elles.',
    en: 'Two columns of the published file would be named “{column}”. Rename one of them.',
  },
  'gate.no-columns': {
    fr: 'Toutes les colonnes sont supprimées\u00a0: le fichier publié serait vide.',
    en: 'Every column is dropped: the published file would be empty.',
  },
  'export.preflight-blocked': {
    fr: 'Le contrôle avant envoi a trouvé des données à décider dans la colonne «\u00a0{column}\u00a0» du fichier produit ({count, plural, one {un point bloquant} other {# points bloquants}}). Rien n’a été exporté\u00a0; décidez de ces colonnes puis recommencez.',
    en: 'The pre-flight check found data to decide on in the column “{column}” of the output ({count, plural, one {one blocking point} other {# blocking points}}). Nothing was exported; decide on these columns and try again.',
  },
  'export.would-overwrite-source': {
    fr: 'Le fichier publié «\u00a0{file}\u00a0» remplacerait le fichier source. Choisissez un autre dossier ou un autre nom\u00a0: le fichier source n’est jamais modifié.',
    en: 'The published file “{file}” would replace the source file. Choose another folder or name: the source file is never modified.',
  },
  'export.source-changed': {
    fr: 'Le fichier «\u00a0{file}\u00a0» a changé depuis son analyse. Relancez l’analyse avant d’exporter, pour que les décisions portent sur son contenu actuel.',
    en: 'The file “{file}” changed since it was scanned. Scan it again before exporting, so that the decisions apply to its current content.',
  },
  'export.folder-missing': {
    fr: 'Le dossier où écrire «\u00a0{file}\u00a0» n’existe plus. Choisissez-en un autre.',
    en: 'The folder to write “{file}” in no longer exists. Choose another one.',
  },
  'export.busy': {
    fr: 'Un export ou une analyse de ce brouillon est déjà en cours. Attendez qu’il se termine ou annulez-le.',
    en: 'An export or a scan of this draft is already running. Wait for it to end or cancel it.',
  },
  'decisions.unknown-column': {
    fr: 'La colonne n°\u00a0{column} n’existe pas dans ce tableau. Relancez l’analyse du fichier.',
    en: 'Column no. {column} does not exist in this table. Scan the file again.',
  },
  'draft.unknown-id': {
    fr: 'Ce brouillon n’existe plus\u00a0: il a peut-être été abandonné dans une autre fenêtre.',
    en: 'This draft no longer exists: it may have been discarded in another window.',
  },
  'draft.corrupt': {
    fr: 'Le brouillon «\u00a0{draft}\u00a0» est illisible. Abandonnez-le et rouvrez le fichier.',
    en: 'The draft “{draft}” cannot be read. Discard it and open the file again.',
  },
  'pseudonymisation.key-unreadable': {
    fr: 'La clé de pseudonymisation de l’organisation est illisible. Elle n’a pas été remplacée, pour que les codes déjà publiés restent cohérents\u00a0; contactez l’administrateur.',
    en: 'The organisation’s pseudonymisation key cannot be read. It was not replaced, so that codes already published stay consistent; contact the administrator.',
  },
};
