// Bundled from https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.3/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Délibérations » (scdl/deliberations 2.1.3). */
export const scdlDeliberations: OfficialSchema = {
  name: "scdl/deliberations",
  title: "Délibérations",
  version: "2.1.3",
  sourceUrl: "https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.3/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/deliberations",
  schema: {
    fields: [
      {"name":"COLL_NOM","type":"string","title":"Nom de la collectivité","example":"Ville de Poitiers","constraints":{"required":true}},
      {"name":"COLL_SIRET","type":"string","title":"Code SIRET de la collectivité","example":"21860194600013","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"DELIB_ID","type":"string","title":"Identifiant de la délibération","example":"1DL15494","constraints":{"required":true}},
      {"name":"DELIB_DATE","type":"date","title":"Date d'adoption de la délibération","example":"2017-10-15","constraints":{"required":true}},
      {"name":"DELIB_MATIERE_CODE","type":"string","title":"Code de matière issu de la nomenclature ACTES","example":"8.4","constraints":{"required":true,"pattern":"^\\d\\.\\d{1,2}$"}},
      {"name":"DELIB_MATIERE_NOM","type":"string","title":"Nom de matière","example":"'domaines de compétences par thèmes/aménagement du territoire' pour un nom de matière issu de ACTES ou 'URBANISME' pour un nom de matière issu d'un référentiel propre à la collectivité","constraints":{"required":true}},
      {"name":"DELIB_OBJET","type":"string","title":"Objet de la délibération","example":"Lancement d'une démarche partenariale de définition d'une politique montagne et adhésion à l'association nationale des élus de la montagne","constraints":{"required":true}},
      {"name":"BUDGET_ANNEE","type":"string","title":"Année du budget","example":"'2017' pour une année ou '2017/2018' pour un intervalle","constraints":{"pattern":"^[0-9]{4}(\\/[0-9]{4})?$"}},
      {"name":"BUDGET_NOM","type":"string","title":"Nom du budget","example":"Budget annexe déchets-collecte et traitement"},
      {"name":"PREF_ID","type":"string","title":"Identifiant de l'entité exerçant le contrôle de légalité","example":"PREF038"},
      {"name":"PREF_DATE","type":"date","title":"Date d'enregistrement de la délibération auprès du contrôle de légalité","example":"2017-02-03"},
      {"name":"VOTE_EFFECTIF","type":"integer","title":"Effectif théorique des votants","example":"43"},
      {"name":"VOTE_REEL","type":"integer","title":"Effectif réel des votants","example":"40"},
      {"name":"VOTE_POUR","type":"integer","title":"Pour","example":"25"},
      {"name":"VOTE_CONTRE","type":"integer","title":"Contre","example":"10"},
      {"name":"VOTE_ABSTENTION","type":"integer","title":"Abstention","example":"5"},
      {"name":"DELIB_URL","type":"string","title":"Lien vers le document de la délibération","format":"uri","example":"https://data.maville.fr/deliberations/files/200417_1.pdf"},
    ],
  },
};
