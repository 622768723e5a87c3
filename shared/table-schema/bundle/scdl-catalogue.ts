// Bundled from https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.2/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Catalogue simplifié » (scdl/catalogue 0.1.2). */
export const scdlCatalogue: OfficialSchema = {
  name: "scdl/catalogue",
  title: "Catalogue simplifié",
  version: "0.1.2",
  sourceUrl: "https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.2/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/catalogue",
  schema: {
    fields: [
      {"name":"COLL_NOM","type":"string","title":"Nom de la collectivité","example":"Rennes Métropole","constraints":{"required":true}},
      {"name":"COLL_SIRET","type":"string","title":"Code SIRET de la collectivité","example":"24350013900189","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"ID","type":"string","title":"Identifiant du jeu de donnée","example":"prenoms-des-nouveaux-nes-a-rennes-en-2017 ou 53699116a3a729239d203b7f","constraints":{"required":true}},
      {"name":"TITRE","type":"string","title":"Titre du jeu de données","example":"Prénoms des nouveaux-nés à Rennes en 2017","constraints":{"required":true}},
      {"name":"DESCRIPTION","type":"string","title":"Description du jeu de données","example":"Liste annuelle des prénoms des nouveaux-nés enregistrés à l'état-civil de la ville de Rennes pour l'année 2017.","constraints":{"required":true}},
      {"name":"THEME","type":"string","title":"Thème du jeu de données","example":"Administration locale","constraints":{"required":true}},
      {"name":"PRODUCTEUR_NOM","type":"string","title":"Nom du producteur","example":"Ville de Rennes","constraints":{"required":true}},
      {"name":"PRODUCTEUR_SIRET","type":"string","title":"Code SIRET du producteur","example":"21350238800019","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"COUV_SPAT_MAILLE","type":"string","title":"Maille de couverture spatiale","example":"Communale","constraints":{"required":true,"enum":["Infracommunale","Communale","Intercommunale","Cantonale","Départementale","Régionale","Autre"]}},
      {"name":"COUV_SPAT_NOM","type":"string","title":"Nom de couverture spatiale","example":"Rennes","constraints":{"required":true}},
      {"name":"COUV_TEMP_DEBUT","type":"date","title":"Date de début de la couverture temporelle","example":"2017-01-01","constraints":{"required":true}},
      {"name":"COUV_TEMP_FIN","type":"date","title":"Date de fin de la couverture temporelle","example":"2017-12-31","constraints":{"required":true}},
      {"name":"DATE_PUBL","type":"date","title":"Date de la première publication","example":"2017-06-01","constraints":{"required":true}},
      {"name":"FREQ_MAJ","type":"string","title":"Fréquence de la mise à jour","example":"Semestrielle","constraints":{"required":true,"enum":["Inconnue","Ponctuelle","Irrégulière","Continuelle","Toutes les heures","Quotidienne ou plusieurs fois par jour","Hebdomadaire ou plusieurs fois par semaine","Mensuelle ou plusieurs fois par mois","Bimestrielle","Trimestrielle","Semestrielle","Annuelle","Biennale","Triennale","Quinquennale"]}},
      {"name":"DATE_MAJ","type":"date","title":"Date de la dernière mise à jour","example":"2018-01-14","constraints":{"required":true}},
      {"name":"MOTS_CLES","type":"string","title":"Mots clés","example":"scdl;prenoms;etat-civil","constraints":{"required":true}},
      {"name":"LICENCE","type":"string","title":"Licence appliquée sur le jeu de données","example":"Licence Ouverte-LO","constraints":{"required":true,"enum":["Licence Ouverte-LO","Open Database License-ODBL","Creative Commons-CC","Spécifique ou autre"]}},
      {"name":"NOMBRE_RESSOURCES","type":"integer","title":"Nombre de ressource(s)","example":"3","constraints":{"required":true,"minimum":1}},
      {"name":"FORMAT_RESSOURCES","type":"string","title":"Format(s) des ressources","example":"csv;xls;json","constraints":{"required":true}},
      {"name":"URL","type":"string","title":"URL d'accès","format":"uri","example":"https://data.rennesmetropole.fr/explore/dataset/prenoms-des-nouveaux-nes-a-rennes-en-2017","constraints":{"required":true}},
    ],
  },
};
