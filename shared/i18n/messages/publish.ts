/**
 * French and English sentences of the publishing domain: error codes of the portals, the outbox
 * and the secret store, the lines of « Tester la connexion » and the statuses of the outbox.
 * Placeholders (`{host}`, `{fields}`…) are filled from the error's details.
 */
const nb = '\u00a0';

export const publishMessages: Record<string, { fr: string; en: string }> = {
  // Network
  'publish.offline': {
    fr: `Le portail ${'{host}'} est injoignable (pas de réseau)${nb}: la publication attend et partira d’elle-même au retour du réseau.`,
    en: 'The portal {host} cannot be reached (no network): the publication waits and will leave by itself when the network is back.',
  },
  'publish.timeout': {
    fr: `Le portail ${'{host}'} n’a pas répondu à temps${nb}; nouvel essai automatique.`,
    en: 'The portal {host} did not answer in time; it will be tried again automatically.',
  },
  'publish.connection-lost': {
    fr: `La connexion avec ${'{host}'} a été coupée${nb}; nouvel essai automatique, sans risque de doublon.`,
    en: 'The connection with {host} was cut; it will be tried again automatically, with no risk of a duplicate.',
  },
  'publish.tls-refused': {
    fr: `Le certificat de sécurité de ${'{host}'} n’est pas valide${nb}: rien n’a été envoyé.`,
    en: 'The security certificate of {host} is not valid: nothing was sent.',
  },
  'publish.rate-limited': {
    fr: `Le portail demande de ralentir (trop de requêtes)${nb}; nouvel essai automatique un peu plus tard.`,
    en: 'The portal asks to slow down (too many requests); it will be tried again a little later.',
  },
  'publish.portal-unavailable': {
    fr: `Le portail est momentanément indisponible (erreur ${'{status}'})${nb}; nouvel essai automatique.`,
    en: 'The portal is temporarily unavailable (error {status}); it will be tried again automatically.',
  },
  // Refusals
  'publish.bad-key': {
    fr: `Le portail refuse la clé d’API de ce profil${nb}: vérifiez-la dans Paramètres › Portails (elle a pu expirer ou être révoquée).`,
    en: 'The portal refuses the API key of this profile: check it in Settings › Portals (it may have expired or been revoked).',
  },
  'publish.forbidden': {
    fr: `La clé d’API est reconnue, mais n’a pas le droit de faire cette opération (${'{step}'})${nb}: demandez les droits de création et de publication à l’administrateur du portail.`,
    en: 'The API key is recognised but may not do this ({step}): ask the portal administrator for the rights to create and publish.',
  },
  'publish.validation': {
    fr: `Le portail refuse les informations envoyées${nb}: {fields}`,
    en: 'The portal refuses what was sent: {fields}',
  },
  'publish.name-taken': {
    fr: `L’adresse « ${'{name}'} » est déjà prise sur le portail par un autre jeu de données${nb}: rien n’a été remplacé.`,
    en: 'The address “{name}” is already taken on the portal by another dataset: nothing was replaced.',
  },
  'publish.organization-refused': {
    fr: `Le portail refuse de publier au nom de cette organisation${nb}: le compte de la clé n’en est pas membre.`,
    en: 'The portal refuses to publish for this organisation: the account of the key is not a member.',
  },
  'publish.too-large': {
    fr: `Le fichier est trop gros pour le portail${nb}: compressez-le ou découpez-le (limite de 240${nb}Mo sur Opendatasoft).`,
    en: 'The file is too large for the portal: compress or split it (240 MB limit on Opendatasoft).',
  },
  'publish.file-type-refused': {
    fr: `Le portail refuse ce type de fichier.`,
    en: 'The portal refuses this type of file.',
  },
  'publish.not-found': {
    fr: `Le portail ne trouve pas ce qui était demandé (${'{step}'})${nb}: le jeu de données a peut-être été supprimé.`,
    en: 'The portal cannot find what was asked for ({step}): the dataset may have been deleted.',
  },
  'publish.unexpected-response': {
    fr: `Le portail a donné une réponse inattendue (${'{step}'})${nb}: vérifiez l’adresse du portail dans le profil.`,
    en: 'The portal gave an unexpected answer ({step}): check the portal address in the profile.',
  },
  'publish.licence-unavailable': {
    fr: `La licence « ${'{licence}'} » n’existe pas sur ce portail${nb}: choisissez sa correspondance dans le profil du portail.`,
    en: 'The licence “{licence}” does not exist on this portal: choose its match in the portal profile.',
  },
  // Processing and read-back
  'publish.processing-failed': {
    fr: `Le portail n’a pas pu traiter le fichier${nb}: {message}`,
    en: 'The portal could not process the file: {message}',
  },
  'publish.limit-reached': {
    fr: `Le portail a atteint une limite de son abonnement (${'{type}'}${nb}: ${'{limit}'})${nb}: contactez son administrateur.`,
    en: 'The portal reached a limit of its plan ({type}: {limit}): contact its administrator.',
  },
  'publish.processing-slow': {
    fr: `Le portail traite encore le fichier${nb}; la vérification reprendra automatiquement.`,
    en: 'The portal is still processing the file; the check will resume automatically.',
  },
  'publish.read-back-missing': {
    fr: `Le portail ne montre pas encore les données envoyées${nb}: elles ne sont pas déclarées publiées.`,
    en: 'The portal does not show the data sent yet: it is not reported as published.',
  },
  'publish.read-back-mismatch': {
    fr: `Le portail ne montre pas exactement les données validées (colonnes en trop${nb}: {unexpected}${nb}; manquantes${nb}: {missing}${nb}; lignes ${'{rowsFound}'} au lieu de ${'{rowsExpected}'})${nb}: la publication n’est pas déclarée publiée.`,
    en: 'The portal does not show exactly the vetted data (extra columns: {unexpected}; missing: {missing}; {rowsFound} rows instead of {rowsExpected}): it is not reported as published.',
  },
  'publish.not-yet-public': {
    fr: `Le jeu de données n’est pas encore visible du public${nb}; nouvelle vérification automatique.`,
    en: 'The dataset is not visible to the public yet; it will be checked again automatically.',
  },
  // The vetted file
  'publish.file-missing': {
    fr: `Le fichier validé « ${'{file}'} » est introuvable${nb}: refaites l’export avant de publier.`,
    en: 'The vetted file “{file}” cannot be found: export it again before publishing.',
  },
  'publish.file-changed': {
    fr: `Le fichier validé « ${'{file}'} » a changé depuis sa validation${nb}: il n’est pas publié. Refaites l’export.`,
    en: 'The vetted file “{file}” changed since it was vetted: it is not published. Export it again.',
  },
  // Profiles and the outbox
  'publish.invalid-base-url': {
    fr: `L’adresse du portail « ${'{url}'} » n’est pas valide${nb}: elle doit commencer par https://.`,
    en: 'The portal address “{url}” is not valid: it must start with https://.',
  },
  'publish.profile-unknown': { fr: 'Ce profil de portail n’existe plus.', en: 'This portal profile no longer exists.' },
  'publish.profile-label-missing': { fr: 'Donnez un nom à ce profil de portail.', en: 'Give this portal profile a name.' },
  'publish.profile-in-use': {
    fr: `Des publications vers ce portail sont en cours${nb}: annulez-les ou attendez leur fin avant de supprimer le profil.`,
    en: 'Publications to this portal are on their way: cancel them or wait for them to end before deleting the profile.',
  },
  'publish.key-missing': {
    fr: `Aucune clé d’API n’est enregistrée pour ce portail${nb}: ajoutez-la dans Paramètres › Portails.`,
    en: 'No API key is saved for this portal: add it in Settings › Portals.',
  },
  'publish.outbox-unknown': { fr: 'Cette publication n’existe plus.', en: 'This publication no longer exists.' },
  'publish.cannot-cancel': {
    fr: `Cette publication ne peut plus être annulée (état${nb}: ${'{status}'}).`,
    en: 'This publication can no longer be cancelled (status: {status}).',
  },
  'publish.cannot-make-public': {
    fr: `Seule une publication vérifiée et encore privée peut être rendue publique (état${nb}: ${'{status}'}).`,
    en: 'Only a publication read back and still private can be made public (status: {status}).',
  },
  'publish.cannot-retry': {
    fr: `Seule une publication échouée peut être relancée (état${nb}: ${'{status}'}).`,
    en: 'Only a failed publication can be tried again (status: {status}).',
  },
  'publish.cancelled': { fr: 'Publication annulée.', en: 'Publication cancelled.' },
  'publish.unknown-upload': { fr: 'Ce fichier à publier est inconnu.', en: 'This file to publish is unknown.' },
  'secret.unreadable': {
    fr: `Le coffre des clés est illisible (${'{name}'})${nb}: ressaisissez la clé d’API dans Paramètres › Portails.`,
    en: 'The key store cannot be read ({name}): enter the API key again in Settings › Portals.',
  },
  // « Tester la connexion »
  'publish.check.reach-ok': { fr: 'Le portail répond.', en: 'The portal answers.' },
  'publish.check.key-ok': { fr: 'La clé d’API est acceptée.', en: 'The API key is accepted.' },
  'publish.check.permissions-ok': { fr: 'La clé a le droit de créer et publier des jeux de données.', en: 'The key may create and publish datasets.' },
  'publish.check.permissions-unknown': {
    fr: `Ce portail ne permet pas de vérifier les droits à l’avance${nb}: ils le seront à la première publication (à faire sur le bac à sable).`,
    en: 'This portal gives no way to check rights beforehand: they will be at the first publication (try the sandbox first).',
  },
  'publish.check.no-organization': {
    fr: `La clé ne donne le droit de publier pour aucune organisation${nb}: elle est peut-être fausse, ou le compte n’est pas éditeur.`,
    en: 'The key gives the right to publish for no organisation: it may be wrong, or the account is not an editor.',
  },
  'publish.check.organization-ok': { fr: 'L’organisation « {organization} » est accessible.', en: 'The organisation “{organization}” is reachable.' },
  'publish.check.organization-none': {
    fr: 'Aucune organisation choisie\u00a0: les jeux de données seront publiés au nom du compte.',
    en: 'No organisation chosen: datasets will be published under the account.',
  },
  'publish.check.organization-missing': {
    fr: `Le compte de la clé n’est pas membre de l’organisation « ${'{organization}'} »${nb}: choisissez-en une dans la liste.`,
    en: 'The account of the key is not a member of the organisation “{organization}”: choose one from the list.',
  },
  'publish.check.licences-ok': { fr: 'Les licences du portail ({count}) sont lues.', en: 'The portal’s licences ({count}) are read.' },
  'publish.check.licences-missing': {
    fr: `Le portail ne propose pas ces licences${nb}: {licences}. Choisissez leur correspondance dans le profil.`,
    en: 'The portal does not offer these licences: {licences}. Choose their match in the profile.',
  },
  // Statuses of the outbox
  'publish.status.queued': { fr: 'En file d’attente', en: 'Queued' },
  'publish.status.running': { fr: 'Envoi en cours', en: 'Sending' },
  'publish.status.retry-wait': { fr: 'Nouvel essai bientôt', en: 'Retrying soon' },
  'publish.status.waiting-network': { fr: 'En attente de réseau', en: 'Waiting for the network' },
  'publish.status.private-ready': { fr: 'Vérifié, encore privé — prêt à rendre public', en: 'Checked, still private — ready to make public' },
  'publish.status.published': { fr: 'Publié (vérifié sur le portail)', en: 'Published (checked on the portal)' },
  'publish.status.failed': { fr: 'Échec', en: 'Failed' },
  'publish.status.cancelled': { fr: 'Annulé', en: 'Cancelled' },
};
