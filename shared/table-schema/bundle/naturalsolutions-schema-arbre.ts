// Bundled from https://github.com/naturalsolutions/schema-arbre/blob/1ea388d66cee20a5e33e0ad55e897a36079e72cb/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Arbres urbains » (NaturalSolutions/schema-arbre 0.3.1). */
export const naturalsolutionsSchemaArbre: OfficialSchema = {
  name: "NaturalSolutions/schema-arbre",
  title: "Arbres urbains",
  version: "0.3.1",
  sourceUrl: "https://github.com/naturalsolutions/schema-arbre/blob/1ea388d66cee20a5e33e0ad55e897a36079e72cb/schema.json",
  homepage: "https://github.com/NaturalSolutions/schema-arbre",
  schema: {
    primaryKey: "id",
    fields: [
      {"name":"id","type":"integer","example":"42","constraints":{"required":true,"minimum":1}},
      {"name":"longitude","type":"number","example":"48.3610","constraints":{"required":true,"minimum":-180,"maximum":180}},
      {"name":"latitude","type":"number","example":"32.2812","constraints":{"required":true,"minimum":-180,"maximum":180}},
      {"name":"date_releve","type":"date","format":"%Y-%m-%d","example":"1996-07-12","constraints":{"required":false}},
      {"name":"famille","type":"string","example":"Platanaceae","constraints":{"required":false}},
      {"name":"genre","type":"string","example":"Platanus","constraints":{"required":false}},
      {"name":"espece","type":"string","example":"occidentalis","constraints":{"required":false}},
      {"name":"cultivar_variete","type":"string","example":"Cripps Pink'","constraints":{"required":false}},
      {"name":"nom_vernaculaire","type":"string","example":"Platane commun","constraints":{"required":false}},
      {"name":"code_insee","type":"string","example":"59599","constraints":{"required":false,"pattern":"^([013-9]\\d|2[AB1-9])\\d{3}$"}},
      {"name":"code_postal","type":"string","example":"13010","constraints":{"required":false,"pattern":"^([013-9]\\d|2[AB1-9])\\d{3}$"}},
      {"name":"adresse","type":"string","example":"61 rue de la Poste","constraints":{"required":false}},
      {"name":"matricule","type":"string","example":"A20200525","constraints":{"required":false}},
      {"name":"date_plantation","type":"date","format":"%Y-%m-%d","example":"1996-07-12","constraints":{"required":false}},
      {"name":"stade_developpement","type":"string","example":"Adulte","constraints":{"required":false}},
      {"name":"hauteur","type":"number","example":"30","constraints":{"required":false,"minimum":0,"maximum":15000}},
      {"name":"diametre","type":"number","example":"70","constraints":{"required":false,"minimum":0,"maximum":3000}},
      {"name":"circonference","type":"number","example":"70","constraints":{"required":false,"minimum":0,"maximum":3000}},
      {"name":"diametre_couronne","type":"number","example":"2","constraints":{"required":false,"minimum":0,"maximum":100}},
      {"name":"type_sol","type":"string","example":"Argileux","constraints":{"required":false}},
      {"name":"description_pied_arbre","type":"string","example":"Présence d'une grille","constraints":{"required":false}},
      {"name":"type_enracinement","type":"string","example":"Pivotant","constraints":{"required":false}},
      {"name":"port_arbre","type":"string","example":"Pyramide","constraints":{"required":false}},
      {"name":"remarquable","type":"boolean","example":"Oui","trueValues":["true","True","TRUE","1","vrai","Vrai","VRAI","Oui","oui","OUI"],"falseValues":["false","False","FALSE","0","faux","Faux","FAUX","Non","non","NON"],"constraints":{"required":false}},
      {"name":"protege","type":"boolean","example":"Non","trueValues":["true","True","TRUE","1","vrai","Vrai","VRAI","Oui","oui","OUI"],"falseValues":["false","False","FALSE","0","faux","Faux","FAUX","Non","non","NON"],"constraints":{"required":false}},
      {"name":"contraintes_sol","type":"string","example":"Sol perméabilisé","constraints":{"required":false}},
      {"name":"contrainte_aeriennes","type":"string","example":"Présence de cables","constraints":{"required":false}},
      {"name":"eclairage","type":"boolean","example":"Oui","trueValues":["true","True","TRUE","1","vrai","Vrai","VRAI","Oui","oui","OUI"],"falseValues":["false","False","FALSE","0","faux","Faux","FAUX","Non","non","NON"],"constraints":{"required":false}},
      {"name":"arrosage","type":"string","example":"Goutte à goutte","constraints":{"required":false}},
      {"name":"allergie","type":"integer","example":"2","constraints":{"required":false}},
      {"name":"remarque","type":"string","example":"Ceci est un exemple de remarque","constraints":{"required":false}},
    ],
  },
};
