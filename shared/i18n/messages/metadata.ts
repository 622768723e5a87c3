/**
 * French and English sentences of the codes of the metadata area: licence warnings, metadata
 * validation issues, official-schema (Table Schema) errors. Placeholders `{name}` are filled from
 * the details of each issue.
 */
export const metadataMessages: Record<string, { fr: string; en: string }> = {
  // Licence warnings
  'licence.unknown': {
    fr: 'La licence «\u00a0{licence}\u00a0» ne figure pas au catalogue.',
    en: 'The licence “{licence}” is not in the catalogue.',
  },
  'licence.not-specified': {
    fr: 'Sans licence, les réutilisateurs ne savent pas ce qu’ils ont le droit de faire. Choisissez la Licence Ouverte 2.0 ou l’ODbL.',
    en: 'Without a licence, reusers cannot tell what they may do. Choose the Licence Ouverte 2.0 or the ODbL.',
  },
  'licence.not-on-decree-list': {
    fr: '«\u00a0{licence}\u00a0» ne figure pas sur la liste du décret n°\u00a02017-638 (article D323-2-1 du CRPA)\u00a0: pour l’utiliser, une administration doit la faire homologuer par l’État (article L323-2). Préférez la Licence Ouverte 2.0 ou l’ODbL.',
    en: '“{licence}” is not on the list of decree 2017-638 (CRPA D323-2-1): an administration must have it homologated by the State to use it (L323-2). Prefer the Licence Ouverte 2.0 or the ODbL.',
  },
  'licence.superseded': {
    fr: '«\u00a0{licence}\u00a0» a été remplacée par la Licence Ouverte 2.0 en 2017\u00a0: préférez la version 2.0.',
    en: '“{licence}” was superseded by the Licence Ouverte 2.0 in 2017: prefer version 2.0.',
  },
  'licence.share-alike': {
    fr: 'Partage à l’identique\u00a0: qui diffuse une base de données dérivée de celle-ci doit la diffuser sous la même licence (ODbL). Les réutilisations commerciales restent permises.',
    en: 'Share-alike: whoever makes public a database derived from this one must share it under the same licence (ODbL). Commercial reuse stays allowed.',
  },
  // Metadata validation: shown next to the field
  'metadata.required': { fr: 'À remplir.', en: 'Required.' },
  'metadata.too-long': {
    fr: '{limit} caractères au plus (il y en a {actual}).',
    en: 'At most {limit} characters (there are {actual}).',
  },
  'metadata.too-short': {
    fr: '{limit} caractères au moins (il y en a {actual}).',
    en: 'At least {limit} characters (there are {actual}).',
  },
  'metadata.too-many': { fr: '{limit} éléments au plus.', en: 'At most {limit} items.' },
  'metadata.invalid-date': {
    fr: 'Date attendue sous la forme AAAA-MM-JJ, par exemple 2025-01-15.',
    en: 'Date expected as YYYY-MM-DD, e.g. 2025-01-15.',
  },
  'metadata.invalid-email': {
    fr: 'Adresse électronique invalide (exemple\u00a0: opendata@mairie.fr).',
    en: 'Invalid e-mail address (example: opendata@mairie.fr).',
  },
  'metadata.invalid-language': {
    fr: 'Code de langue à deux lettres attendu (fr, en…).',
    en: 'Two-letter language code expected (fr, en…).',
  },
  'metadata.language-not-offered': {
    fr: 'Opendatasoft n’accepte que ces langues\u00a0: ar, ca, de, en, es, eu, fr, it, nl, pt, sv.',
    en: 'Opendatasoft only accepts these languages: ar, ca, de, en, es, eu, fr, it, nl, pt, sv.',
  },
  'metadata.unknown-licence': {
    fr: 'Licence inconnue\u00a0: choisissez-en une dans la liste.',
    en: 'Unknown licence: choose one from the list.',
  },
  'metadata.unknown-frequency': {
    fr: 'Fréquence inconnue\u00a0: choisissez-en une dans la liste.',
    en: 'Unknown frequency: choose one from the list.',
  },
  'metadata.duplicate-keyword': { fr: 'Ce mot-clé figure déjà dans la liste.', en: 'This keyword is already in the list.' },
  'metadata.duplicate': { fr: 'Cette valeur figure déjà dans la liste.', en: 'This value is already in the list.' },
  'metadata.keyword-characters': {
    fr: 'CKAN n’accepte dans un mot-clé que des lettres, des chiffres, des espaces et «\u00a0-\u00a0», «\u00a0_\u00a0», «\u00a0.\u00a0».',
    en: 'CKAN only accepts letters, digits, spaces and “-”, “_”, “.” in a keyword.',
  },
  'metadata.period-reversed': {
    fr: 'La fin de la période précède son début.',
    en: 'The period ends before it starts.',
  },
  'metadata.invalid-type': { fr: 'Valeur d’un type inattendu.', en: 'Value of an unexpected type.' },
  'metadata.invalid': { fr: 'Valeur refusée.', en: 'Value refused.' },
  'metadata.unexpected-field': { fr: 'Champ inconnu du modèle.', en: 'Field unknown to the model.' },
  // Organisation templates
  'metadata.template-not-found': {
    fr: 'Ce modèle d’organisation n’existe plus.',
    en: 'This organisation template no longer exists.',
  },
  'metadata.template-name-taken': {
    fr: 'Un modèle porte déjà le nom «\u00a0{name}\u00a0»\u00a0: choisissez-en un autre.',
    en: 'A template is already named “{name}”: choose another name.',
  },
  // Official schema (Table Schema) validation of the vetted table
  'schema.missing-column': {
    fr: 'La colonne «\u00a0{field}\u00a0» du schéma est absente du tableau.',
    en: 'The schema column “{field}” is missing from the table.',
  },
  'schema.extra-column': {
    fr: 'La colonne «\u00a0{field}\u00a0» ne fait pas partie du schéma.',
    en: 'The column “{field}” is not part of the schema.',
  },
  'schema.required': { fr: 'Valeur obligatoire manquante.', en: 'Required value missing.' },
  'schema.type': {
    fr: '«\u00a0{value}\u00a0» n’est pas {expected}.',
    en: '“{value}” is not {expected}.',
  },
  'schema.format': {
    fr: '«\u00a0{value}\u00a0» n’est pas {expected}.',
    en: '“{value}” is not {expected}.',
  },
  'schema.enum': {
    fr: '«\u00a0{value}\u00a0» ne fait pas partie des valeurs autorisées\u00a0: {values}.',
    en: '“{value}” is not one of the allowed values: {values}.',
  },
  'schema.pattern': {
    fr: '«\u00a0{value}\u00a0» n’a pas la forme attendue (exemple\u00a0: {example}).',
    en: '“{value}” does not have the expected form (example: {example}).',
  },
  'schema.minimum': {
    fr: '«\u00a0{value}\u00a0» est inférieur au minimum ({limit}).',
    en: '“{value}” is below the minimum ({limit}).',
  },
  'schema.maximum': {
    fr: '«\u00a0{value}\u00a0» dépasse le maximum ({limit}).',
    en: '“{value}” is above the maximum ({limit}).',
  },
  'schema.min-length': {
    fr: '«\u00a0{value}\u00a0» est trop court ({limit} caractères au moins).',
    en: '“{value}” is too short (at least {limit} characters).',
  },
  'schema.max-length': {
    fr: 'Valeur trop longue\u00a0: {actual} caractères pour {limit} au plus.',
    en: 'Value too long: {actual} characters for at most {limit}.',
  },
  'schema.unique': {
    fr: '«\u00a0{value}\u00a0» figure déjà à la ligne {firstRow}\u00a0: chaque valeur doit être unique.',
    en: '“{value}” already appears on row {firstRow}: each value must be unique.',
  },
  'schema.primary-key': {
    fr: 'Cette ligne répète l’identifiant ({field}) de la ligne {firstRow}.',
    en: 'This row repeats the identifier ({field}) of row {firstRow}.',
  },
  // Refreshing the bundle of official schemas (main/schemas/refresh-schemas.ts)
  'schemas.offline': {
    fr: 'Impossible de joindre {url}\u00a0: pas de réseau, ou le site ne répond pas. Le paquet de schémas actuel est conservé.',
    en: 'Cannot reach {url}: no network, or the site does not answer. The current schema bundle is kept.',
  },
  'schemas.download-failed': {
    fr: 'Le téléchargement de {url} a échoué (code {status}). Le paquet de schémas actuel est conservé.',
    en: 'Downloading {url} failed (status {status}). The current schema bundle is kept.',
  },
  'schemas.catalogue-unreadable': {
    fr: 'Le catalogue de schema.data.gouv.fr n’a pas la forme attendue. Le paquet de schémas actuel est conservé.',
    en: 'The schema.data.gouv.fr catalogue does not have the expected shape. The current schema bundle is kept.',
  },
  'schemas.schema-unreadable': {
    fr: 'Le schéma «\u00a0{name}\u00a0» n’est pas un Table Schema lisible.',
    en: 'The schema “{name}” is not a readable Table Schema.',
  },
  'schemas.unknown-schema': {
    fr: 'Le schéma «\u00a0{name}\u00a0» ne fait pas partie des schémas officiels fournis avec l’application.',
    en: 'The schema “{name}” is not among the official schemas shipped with the app.',
  },
};
