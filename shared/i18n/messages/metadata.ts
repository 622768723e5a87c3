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
};
