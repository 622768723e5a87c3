/** French and English sentences for the codes of the API boundary, jobs and storage. */
export const coreMessages: Record<string, { fr: string; en: string }> = {
  'api.invalid-request': {
    fr: 'La demande envoyée à l’application est mal formée (champ {at}). Rien n’a été modifié.',
    en: 'The request sent to the application is malformed (field {at}). Nothing was changed.',
  },
  'api.unknown-method': {
    fr: 'Cette action n’existe pas dans cette version de l’application.',
    en: 'This action does not exist in this version of the application.',
  },
  'api.forbidden-sender': {
    fr: 'Demande refusée : elle ne vient pas de la fenêtre de l’application.',
    en: 'Request refused: it does not come from the application window.',
  },
  'api.unavailable-in-host': {
    fr: 'Cette action n’est pas disponible dans le navigateur.',
    en: 'This action is not available in the browser.',
  },
  internal: {
    fr: 'Une erreur inattendue s’est produite. Votre travail est conservé ; réessayez.',
    en: 'An unexpected error occurred. Your work is kept; please try again.',
  },
  'api.host-unreachable': {
    fr: 'L’application ne répond plus. Relancez Atelier Open Data ; votre travail est conservé.',
    en: 'The application does not respond. Restart Atelier Open Data; your work is kept.',
  },
  'publish.metadata-incomplete': {
    fr: 'La description du jeu de données n’est pas complète pour ce portail ({count} point(s) à corriger, dont « {field} »). Complétez-la dans l’étape « Description ».',
    en: 'The dataset description is not complete for this portal ({count} issue(s), including “{field}”). Complete it in the “Description” step.',
  },
  'publication.dataset-unknown': {
    fr: 'Cette publication n’a pas été faite par cette installation d’Atelier : sa nouvelle version ne peut pas être rattachée au même jeu de données. Publiez-la comme un nouveau jeu.',
    en: 'This publication was not made by this installation of Atelier: its new version cannot be linked to the same dataset. Publish it as a new dataset.',
  },
  'job.cancelled': { fr: 'Opération annulée.', en: 'Operation cancelled.' },
  'job.failed': {
    fr: 'Le traitement s’est arrêté brutalement (fichier peut-être endommagé). L’application reste utilisable.',
    en: 'Processing stopped abruptly (the file may be damaged). The application remains usable.',
  },
  'job.unknown-id': { fr: 'Cette opération est déjà terminée.', en: 'This operation has already finished.' },
  'table.unknown-id': {
    fr: 'Ce tableau n’est plus ouvert : rouvrez le fichier.',
    en: 'This table is no longer open: open the file again.',
  },
  'file.unknown-id': {
    fr: 'Ce fichier n’est plus connu de l’application : choisissez-le à nouveau.',
    en: 'This file is no longer known to the application: choose it again.',
  },
  'db.newer-version': {
    fr: 'La base de données a été écrite par une version plus récente d’Atelier Open Data (version {found}). Mettez l’application à jour ; la base n’a pas été modifiée.',
    en: 'The database was written by a newer version of Atelier Open Data (version {found}). Update the application; the database was not changed.',
  },
  'db.corrupt': {
    fr: 'La base de données « {file} » est endommagée. Vous pouvez la restaurer depuis une sauvegarde.',
    en: 'The database “{file}” is damaged. You can restore it from a backup.',
  },
  'disk.full': {
    fr: 'Le disque est plein : « {file} » n’a pas pu être écrit. Rien n’a été perdu ; libérez de la place et réessayez.',
    en: 'The disk is full: “{file}” could not be written. Nothing was lost; free some space and try again.',
  },
  'disk.write-failed': {
    fr: '« {file} » n’a pas pu être écrit. Rien n’a été perdu ; réessayez.',
    en: '“{file}” could not be written. Nothing was lost; try again.',
  },
  'disk.target-locked': {
    fr: '« {file} » est ouvert dans un autre programme : fermez-le puis réessayez.',
    en: '“{file}” is open in another program: close it and try again.',
  },
};
