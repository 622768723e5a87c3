// Bundled from https://schema.data.gouv.fr/schemas/scdl/equipements/0.1.1/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Équipements » (scdl/equipements 0.1.1). */
export const scdlEquipements: OfficialSchema = {
  name: "scdl/equipements",
  title: "Équipements",
  version: "0.1.1",
  sourceUrl: "https://schema.data.gouv.fr/schemas/scdl/equipements/0.1.1/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/equipements",
  schema: {
    fields: [
      {"name":"COLL_NOM","type":"string","title":"Nom de la collectivité","example":"Département du Val-de-Marne","constraints":{"required":true}},
      {"name":"COLL_SIRET","type":"string","title":"Code SIRET de la collectivité","example":"22940028800010","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"EQUIP_UID","type":"string","title":"Identifiant unique de l'équipement","format":"uuid","example":"94059-01010401-001","constraints":{"required":true,"maxLength":18}},
      {"name":"EQUIP_THEME","type":"string","title":"Thème de classement de l'équipement","example":"Equipement administratif","constraints":{"required":true,"enum":["Equipement administratif","Equipement de justice","Equipement sanitaire","Equipement social et d'animation","Equipement sportif et de loisirs","Equipement d'enseignement","Equipement cultuel","Equipement culturel","Equipement de mobilité","Autre équipement"]}},
      {"name":"EQUIP_CODE","type":"string","title":"Code d'identification de l'équipement","example":"01010401-001","constraints":{"required":true,"maxLength":12}},
      {"name":"EQUIP_TYPE","type":"string","title":"Type d'équipement","example":"Mairie","constraints":{"required":true}},
      {"name":"EQUIP_NOM","type":"string","title":"Nom complet de l'équipement","example":"Hôtel de ville du Plessis-Trévise","constraints":{"required":true}},
      {"name":"ADR_NUMERO","type":"string","title":"Numéro d’adresse complet","example":"'36' pour un numéro sans suffixe ou '36 bis' pour un numéro avec un indice de répétition ou '36/38' pour un intervalle entre deux numéros","constraints":{"required":true}},
      {"name":"ADR_NOMVOIE","type":"string","title":"Nom complet de la voie","example":"Avenue Ardouin","constraints":{"required":true,"pattern":"^[a-zA-Z0-9\\-\\'\\s\\d\\u00C0-\\u00FF]+$","minLength":3}},
      {"name":"ADR_CODEPOSTAL","type":"string","title":"Code postal","example":"94420","constraints":{"required":true,"maxLength":5}},
      {"name":"ADR_COMMUNE","type":"string","title":"Commune","example":"Le Plessis-Trévise","constraints":{"required":true,"pattern":"^[A-Za-z\\s\\-\\u00C0-\\u00FF]+$"}},
      {"name":"ADR_CLE_INTEROP","type":"string","title":"Clé d'interopérabilité de l'adresse","example":"94059_0040_00036","constraints":{"pattern":"^[A-Za-z0-9_]+$","minLength":16}},
      {"name":"ERP_ID","type":"string","title":"Type d'Etablissement Recevant du Public","example":"94059-AvenueArdouin-36"},
      {"name":"ERP_TYPE","type":"string","title":"Type d'Etablissement Recevant du Public","example":"'W' pour un ERP de type unique ou 'W;L' pour un ERP couvrant plusieurs types","constraints":{"maxLength":10}},
      {"name":"ERP_CATEGORIE","type":"integer","title":"Catégorie d'Etablissement Recevant du Public","example":"5","constraints":{"minimum":1,"maximum":5}},
      {"name":"EQUIP_LAT","type":"number","title":"Latitude","example":"48.808989","constraints":{"required":true}},
      {"name":"EQUIP_LONG","type":"number","title":"Longitude","example":"2.572875","constraints":{"required":true}},
      {"name":"EQUIP_OUVERTURE","type":"string","title":"Jours et horaires d'ouverture","example":"Mo-Fr 08:30-12:00,13:30-17:30; Sa 08:30-12:00"},
      {"name":"EQUIP_TEL","type":"string","title":"Téléphone","example":"+33 140633900","constraints":{"maxLength":13}},
      {"name":"EQUIP_EMAIL","type":"string","title":"Adresse email","format":"email","example":"contact@leplessistrevise.fr"},
      {"name":"EQUIP_WEB","type":"string","title":"Adresse du site web","format":"uri","example":"https://www.leplessistrevise.fr"},
    ],
  },
};
