// Bundled from https://schema.data.gouv.fr/schemas/scdl/budget/0.8.0/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Budget des collectivités et établissements publics locaux » (scdl/budget 0.8.0). */
export const scdlBudget: OfficialSchema = {
  name: "scdl/budget",
  title: "Budget des collectivités et établissements publics locaux",
  version: "0.8.0",
  sourceUrl: "https://schema.data.gouv.fr/schemas/scdl/budget/0.8.0/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/budget",
  schema: {
    missingValues: [""],
    fields: [
      {"name":"BGT_NATDEC","type":"string","title":"étape budgétaire","example":"compte administratif","constraints":{"required":true,"enum":["budget primitif","budget supplémentaire","décision modificative","compte administratif"]}},
      {"name":"BGT_ANNEE","type":"year","title":"année de exercice","example":"2018","constraints":{"required":true,"pattern":"^[1-2]\\d\\d\\d$"}},
      {"name":"BGT_SIRET","type":"string","title":"code SIRET","example":"22192720500197","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"BGT_NOM","type":"string","title":"nom de la collectivité ou de l'établissement concerné","example":"Département de la Corrèze","constraints":{"required":true}},
      {"name":"BGT_CONTNAT","type":"string","title":"numéro du compte budgétaire","example":"02","constraints":{"required":true,"minLength":1,"maxLength":9}},
      {"name":"BGT_CONTNAT_LABEL","type":"string","title":"Libellé du compte budgétaire","example":"Agencements et aménagements de terrains","constraints":{"required":true}},
      {"name":"BGT_NATURE","type":"string","title":"Nature de la dépense ou de la recette","example":"45421","constraints":{"required":true,"minLength":1,"maxLength":9}},
      {"name":"BGT_NATURE_LABEL","type":"string","title":"Libellé de la nature de la dépense ou de la recette","example":"Opérations de remembrement","constraints":{"required":true}},
      {"name":"BGT_FONCTION","type":"string","title":"Fonction de la dépense ou de la recette","example":"905","constraints":{"minLength":1,"maxLength":9}},
      {"name":"BGT_FONCTION_LABEL","type":"string","title":"Libellé de la fonction de la dépense ou de la recette","example":"Aménagement des territoires et habitat"},
      {"name":"BGT_OPERATION","type":"string","title":"Code ou libellé de l'opération budgétaire votée","example":"Aménagement du parc Paul Mistral, 4702"},
      {"name":"BGT_SECTION","type":"string","title":"section budgétaire","example":"investissement","constraints":{"required":true,"enum":["investissement","fonctionnement"]}},
      {"name":"BGT_OPBUDG","type":"string","title":"type opération budgétaire","example":"réel","constraints":{"required":true,"enum":["réel","ordre"]}},
      {"name":"BGT_CODRD","type":"string","title":"Code recette / dépense","example":"recette","constraints":{"required":true,"enum":["recette","dépense"]}},
      {"name":"BGT_MTREAL","type":"number","title":"Montant signé des réalisations budgétaires","example":"45678.80"},
      {"name":"BGT_MTBUDGPREC","type":"number","title":"Montant du budget précédent","example":"35567.08"},
      {"name":"BGT_MTRARPREC","type":"number","title":"Montant restant à réaliser N-1","example":"65567.08"},
      {"name":"BGT_MTPROPNOUV","type":"number","title":"Montant \"Propositions nouvelles\"","example":"75567.08"},
      {"name":"BGT_MTPREV","type":"number","title":"montant budget voté","example":"15567.08"},
      {"name":"BGT_CREDOUV","type":"number","title":"crédits ouverts à l'article","example":"29567.08"},
      {"name":"BGT_MTRAR3112","type":"number","title":"Montant reste à réaliser exercice","example":"17 142.08"},
      {"name":"BGT_ARTSPE","type":"string","title":"Article spécialisé","example":"spécialisé","constraints":{"enum":["non spécialisé","spécialisé"]}},
    ],
  },
};
