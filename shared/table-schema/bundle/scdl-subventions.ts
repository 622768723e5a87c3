// Bundled from https://schema.data.gouv.fr/schemas/scdl/subventions/2.0.1/schema.json
// by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';

/** « Subventions » (scdl/subventions 2.0.1). */
export const scdlSubventions: OfficialSchema = {
  name: "scdl/subventions",
  title: "Subventions",
  version: "2.0.1",
  sourceUrl: "https://schema.data.gouv.fr/schemas/scdl/subventions/2.0.1/schema.json",
  homepage: "https://git.opendatafrance.net/scdl/subventions",
  schema: {
    fields: [
      {"name":"nomAttribuant","type":"string","title":"Nom de l'attribuant","example":"Région Bretagne","constraints":{"required":true}},
      {"name":"idAttribuant","type":"string","title":"Identification de l'attribuant","example":"23350001600040","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"dateConvention","type":"date","title":"Date de la convention de subvention","example":"2017-06-27","constraints":{"required":true}},
      {"name":"referenceDecision","type":"string","title":"Référence de la décision","example":"2017-03-103"},
      {"name":"nomBeneficiaire","type":"string","title":"Nom du bénéficiaire","example":"Association Les Petits Débrouillards Bretagne","constraints":{"required":true}},
      {"name":"idBeneficiaire","type":"string","title":"Identification du bénéficiaire","example":"38047555800058","constraints":{"required":true,"pattern":"^\\d{14}$"}},
      {"name":"objet","type":"string","title":"Objet de la subvention","example":"Animations climat-énergie dans les lycées de la région","constraints":{"required":true,"maxLength":256}},
      {"name":"montant","type":"number","title":"Montant total de la subvention","example":"47800.20","constraints":{"required":true}},
      {"name":"nature","type":"string","title":"Nature de la subvention","example":"aide en numéraire;aide en nature","constraints":{"required":true,"enum":["aide en numéraire","aide en nature","aide en numéraire;aide en nature","aide en nature;aide en numéraire"]}},
      {"name":"conditionsVersement","type":"string","title":"Conditions de versement de la subvention","example":"échelonné","constraints":{"required":true,"maxLength":256}},
      {"name":"datesPeriodeVersement","type":"string","title":"Date ou période de versement","example":"'2017-03-14' pour une date ou '2017-03-14/2018-03-14' pour une période","constraints":{"required":true,"pattern":"^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$"}},
      {"name":"idRAE","type":"string","title":"Identifiant RAE de l’aide au titre de laquelle la subvention est attribuée","example":"12345","constraints":{"maxLength":5}},
      {"name":"notificationUE","type":"boolean","title":"Aide d'Etat notifiée à la Commission Européenne","example":"non","trueValues":["oui"],"falseValues":["non"],"constraints":{"required":true}},
      {"name":"pourcentageSubvention","type":"number","title":"Pourcentage du montant total de la subvention attribuée au bénéficiaire","example":"0.45","constraints":{"required":true,"minimum":0.01,"maximum":1}},
    ],
  },
};
