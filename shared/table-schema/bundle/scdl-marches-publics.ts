// Bundled from https://git.opendatafrance.net/scdl/marches-publics/-/blob/master/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Marchés publics » (scdl/marches-publics 1.0.1). */
export const scdlMarchesPublics: OfficialSchema = {
  name: "scdl/marches-publics",
  title: "Marchés publics",
  version: "1.0.1",
  sourceUrl: "https://git.opendatafrance.net/scdl/marches-publics/-/blob/master/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/marches-publics",
  schema: {
    fields: [
      {"name":"MARCHE_ID","type":"string","title":"Identifiant du marché public","example":"2014NNNNNNNNNN00","constraints":{"required":true,"pattern":"^\\d{4}.{1,10}\\d{2}$"}},
      {"name":"MARCHE_UID","type":"string","title":"Identifiant unique du marché public","format":"uuid","example":"213502388000192014NNNNNNNNNN00"},
      {"name":"ACHETEURS_ID","type":"string","title":"Identifiant de l'acheteur","example":"21350238800019","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"ACHETEURS_NOM","type":"string","title":"Nom de l'acheteur","example":"Ville de Rennes","constraints":{"required":true,"pattern":"^[A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿÆŒæœ -']*$"}},
      {"name":"NATURE_MARCHE","type":"string","title":"Nature du marché","example":"Accord-cadre","constraints":{"required":true,"enum":["Marché","Marché de partenariat","Accord-cadre","Marché subséquent"]}},
      {"name":"MARCHE_OBJET","type":"string","title":"Objet du marché ou du lot","example":"Entretien des jardins municipaux","constraints":{"required":true,"maxLength":256}},
      {"name":"CPV_CODE","type":"string","title":"Code CPV principal","example":"77313000","constraints":{"required":true,"pattern":"^[0-9]{8}(\\-[0-9])?$"}},
      {"name":"PROCEDURE","type":"string","title":"Procédure de passation du marché","example":"Marché négocié sans publicité ni mise en concurrence préalable","constraints":{"required":true,"enum":["Procédure adaptée","Appel d’offres ouvert","Appel d’offres restreint","Procédure concurrentielle avec négociation","Procédure négociée avec mise en concurrence préalable","Marché négocié sans publicité ni mise en concurrence préalable","Dialogue compétitif"]}},
      {"name":"LIEU_EXEC_CODE","type":"string","title":"Code du lieu d'exécution","example":"35238","constraints":{"required":true}},
      {"name":"LIEU_EXEC_TYPE","type":"string","title":"Type de code du lieu d'exécution","example":"Code commune","constraints":{"required":true,"enum":["Code postal","Code commune","Code arrondissement","Code canton","Code département","Code région","Code pays"]}},
      {"name":"LIEU_EXEC_NOM","type":"string","title":"Nom du lieu d'exécution","example":"Rennes","constraints":{"required":true,"pattern":"^[A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿÆŒæœ \\-']*$"}},
      {"name":"DUREE_MOIS","type":"integer","title":"Durée initiale du marché","example":"24","constraints":{"required":true,"minimum":1,"maximum":999}},
      {"name":"NOTIFICATION_DATE","type":"date","title":"Date de la notification du marché au(x) titulaire(s)","example":"2014-08-13","constraints":{"required":true}},
      {"name":"PUBLICATION_DATE","type":"date","title":"Date de la publication des données essentielles du marché","example":"2014-08-19","constraints":{"required":true}},
      {"name":"MONTANT","type":"number","title":"Montant forfaitaire ou estimé maximum HT","example":"127000.50","constraints":{"required":true}},
      {"name":"PRIX_FORME","type":"string","title":"Forme du prix","example":"Ferme et actualisable","constraints":{"required":true,"enum":["Ferme","Ferme et actualisable","Révisable"]}},
      {"name":"TITULAIRES_ID","type":"string","title":"Identifiant du titulaire du marché","example":"21350238800019","constraints":{"required":true,"pattern":"^[A-Z0-9]{9,}$"}},
      {"name":"TITULAIRES_ID_TYPE","type":"string","title":"Type d'identifiant utilisé pour identifier le titulaire du marché","example":"SIRET","constraints":{"required":true,"enum":["SIRET","TVA","TAHITI","RIDET","FRWF","IREP","HORS UE"]}},
      {"name":"TITULAIRES_DENOMINATION","type":"string","title":"Dénomination sociale du titulaire du marché","example":"Garami SARL","constraints":{"required":true}},
      {"name":"MODIF_OBJET","type":"string","title":"Objet de la modification","example":"Modification du titulaire du marché. Nouveau titulaire : Rodriguez SAS","constraints":{"maxLength":256}},
      {"name":"MODIF_NOTIFICATION_DATE","type":"date","title":"Date de la notification de la modification","example":"2015-08-13"},
      {"name":"MODIF_PUBLICATION_DATE","type":"date","title":"Date de la republication des données suite à une modification","example":"2015-08-19"},
      {"name":"MODIF_DUREE_MOIS","type":"integer","title":"Modification de la durée initiale du marché","example":"36","constraints":{"minimum":1,"maximum":999}},
      {"name":"MODIF_MARCHE_MONTANT","type":"number","title":"Modification du montant forfaitaire ou estimé maximum HT","example":"147000.50"},
      {"name":"MODIF_TITULAIRES_ID","type":"string","title":"Identifiant d'un nouveau titulaire du marché","example":"80053452100011"},
      {"name":"MODIF_TITULAIRES_ID_TYPE","type":"string","title":"Type d'identifiant utilisé pour identifier un nouveau titulaire du marché","example":"SIRET","constraints":{"enum":["SIRET","TVA","TAHITI","RIDET","FRWF","IREP","HORS UE"]}},
      {"name":"MODIF_TITULAIRES_DENOMINATION","type":"string","title":"Dénomination sociale d'un nouveau titulaire du marché","example":"Rodriguez SAS"},
    ],
  },
};
