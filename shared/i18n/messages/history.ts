/** French and English sentences for the codes of the publishing history and the database backups. */
export const historyMessages: Record<string, { fr: string; en: string }> = {
  'history.invalid-record': {
    fr: 'Cette publication n’a pas pu être inscrite au journal : la donnée « {field} » est absente ou mal formée. Rien n’a été enregistré.',
    en: 'This publication could not be entered in the journal: the field “{field}” is missing or malformed. Nothing was recorded.',
  },
  'history.not-found': {
    fr: 'Cette publication ne figure pas dans le journal (n° {publicationId}).',
    en: 'This publication is not in the journal (no. {publicationId}).',
  },
  'history.key-conflict': {
    fr: 'Une autre publication porte déjà la clé « {publicationKey} » avec d’autres fichiers : le journal ne la réécrit pas.',
    en: 'Another publication already has the key “{publicationKey}” with other files: the journal does not rewrite it.',
  },
  'history.append-only': {
    fr: 'Le journal des publications ne peut être ni modifié ni effacé : on ne peut qu’y ajouter.',
    en: 'The publishing journal can be neither changed nor erased: entries can only be added.',
  },
  'db.backup-failed': {
    fr: 'La sauvegarde de la base de données « {file} » a échoué. La base elle-même n’est pas touchée ; une nouvelle tentative aura lieu plus tard.',
    en: 'Backing up the database to “{file}” failed. The database itself is untouched; another attempt will be made later.',
  },
  'db.backup-not-found': {
    fr: 'La sauvegarde « {file} » est introuvable dans le dossier des sauvegardes.',
    en: 'The backup “{file}” is not in the backups folder.',
  },
  'db.backup-corrupt': {
    fr: 'La sauvegarde « {file} » est elle-même endommagée : choisissez une sauvegarde plus ancienne.',
    en: 'The backup “{file}” is itself damaged: choose an older backup.',
  },
  'db.restore-failed': {
    fr: 'La restauration de la sauvegarde « {file} » a échoué. La base de données actuelle est conservée à sa place.',
    en: 'Restoring the backup “{file}” failed. The current database stays in place.',
  },
};
