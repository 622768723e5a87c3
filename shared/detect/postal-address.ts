/**
 * Street addresses: a number, an optional `bis`/`ter`, a way type (rue, avenue, chemin,
 * cheminement…) and a name. Reference §3.10. An address is personal when it is a person's home;
 * the table around it decides (see `table-verdict.ts`).
 */

import { foldAccents } from './text-fold.js';

const WAY_TYPES =
  'rue|r|avenue|av|ave|boulevard|bd|bld|bvd|impasse|imp|chemin|ch|che|chem|cheminement|allee|allees|all|place|pl|' +
  'route|rte|quai|cours|crs|square|sq|passage|pass|esplanade|esp|promenade|prom|faubourg|fg|fbg|residence|res|' +
  'lotissement|lot|hameau|ham|lieu-dit|lieu dit|ld|cite|clos|villa|voie|sentier|sente|traverse|montee|mte|' +
  'rond-point|port|parvis|mail|grande rue|zone|za|zac|zi|domaine|dom|carrefour|parc|galerie|ruelle|venelle|' +
  'rocade|corniche|terrasse|plan|plaine|chaussee|descente|sentier|quartier|digue|rampe';

const ADDRESS = new RegExp(`(?:^|[\\s,])(\\d{1,4})\\s*(?:bis|ter|quater|quinquies|[a-d])?\\s*,?\\s*(?:${WAY_TYPES})\\.?\\s+[a-z]`);
/** `1 Grande Rue`, `12 bis, Grand'Rue`: the village's main street, which needs no name after it. */
const MAIN_STREET = /(?:^|[\s,])\d{1,4}\s*(?:bis|ter)?\s*,?\s*grand(?:e|\s)?\s*rue\b/;
const STREET_ONLY = new RegExp(`^\\s*(?:${WAY_TYPES})\\.?\\s+(?:de la |de l |du |des |d |de )?[a-z]`);

/** True for a numbered street address (`12 rue des Lilas`, `3 bis, allée Jean Jaurès`). */
export function looksLikeStreetAddress(value: string): boolean {
  if (value.length < 8 || value.length > 200) return false;
  const folded = foldAccents(value).replace(/['’]/g, ' ');
  return ADDRESS.test(folded) || MAIN_STREET.test(folded);
}

/** True for a way without a number (`Rue des Lilas`): a street name, a weaker location. */
export function looksLikeStreetName(value: string): boolean {
  if (value.length < 5 || value.length > 120) return false;
  return STREET_ONLY.test(foldAccents(value).replace(/['’]/g, ' '));
}
