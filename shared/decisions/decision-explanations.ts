/**
 * The explanation shown beside each choice of the decision menu, French first. They say what
 * happens to the published file and what the law makes of it, in words a clerk can check.
 */
import type { DecisionKind, GeneralisationKind } from './column-decision.js';

/** The name and explanation of one choice. */
export interface ChoiceExplanation {
  label: { fr: string; en: string };
  explanation: { fr: string; en: string };
}

/** The six decisions, in menu order. */
export const DECISION_EXPLANATIONS: Readonly<Record<DecisionKind, ChoiceExplanation>> = {
  drop: {
    label: { fr: 'Supprimer', en: 'Drop' },
    explanation: {
      fr: 'La colonne n’apparaît pas dans le fichier publié. C’est le choix le plus sûr quand la colonne n’est pas utile au public.',
      en: 'The column does not appear in the published file. The safest choice when the public does not need it.',
    },
  },
  mask: {
    label: { fr: 'Masquer', en: 'Mask' },
    explanation: {
      fr: 'Chaque valeur est remplacée par «\u00a0[masqué]\u00a0»\u00a0: la colonne reste, les cellules vides restent vides, plus rien ne permet de retrouver la valeur.',
      en: 'Every value becomes “[masqué]”: the column stays, empty cells stay empty, nothing of the value remains.',
    },
  },
  pseudonymise: {
    label: { fr: 'Pseudonymiser', en: 'Pseudonymise' },
    explanation: {
      fr: 'Chaque valeur est remplacée par un code calculé avec une clé secrète propre à votre organisation (HMAC-SHA-256)\u00a0: une même valeur donne toujours le même code, les jointures restent possibles. Attention\u00a0: des données pseudonymisées restent des données personnelles (RGPD art. 4(5)) et ne peuvent pas être publiées en données ouvertes sans base légale. Une justification écrite est exigée.',
      en: 'Each value becomes a code computed with a secret key of your organisation (HMAC-SHA-256): the same value always gives the same code, so joins still work. Beware: pseudonymised data are still personal data (GDPR art. 4(5)) and cannot be published as open data without a legal basis. A written justification is required.',
    },
  },
  generalise: {
    label: { fr: 'Généraliser', en: 'Generalise' },
    explanation: {
      fr: 'La valeur est rendue moins précise\u00a0: une date devient une année ou un mois, une date de naissance une tranche d’âge, un code postal un département, une adresse une rue ou une commune, des coordonnées sont arrondies, les petits effectifs deviennent «\u00a0< 11\u00a0».',
      en: 'The value is made coarser: a date becomes a year or a month, a birth date an age band, a postal code a département, an address a street or a commune, coordinates are rounded, small counts become “< 11”.',
    },
  },
  redact: {
    label: { fr: 'Caviarder', en: 'Redact' },
    explanation: {
      fr: 'Dans le texte libre, les courriels, téléphones, NIR, IBAN et noms précédés d’une civilité sont remplacés par [courriel], [téléphone]… Le reste du texte est conservé. Relisez l’aperçu\u00a0: un nom sans civilité n’est pas toujours repéré.',
      en: 'In free text, e-mails, phones, NIR, IBAN and names after a title become [courriel], [téléphone]… The rest of the text is kept. Check the preview: a name without a title is not always found.',
    },
  },
  keep: {
    label: { fr: 'Conserver', en: 'Keep' },
    explanation: {
      fr: 'La colonne est publiée telle quelle. Une justification écrite est exigée et, si elle s’applique, la base légale (par exemple les élus ou les agents publics dans leurs fonctions, CRPA D312-1-3). Elle figurera dans le rapport de publication.',
      en: 'The column is published as is. A written justification is required and, where one applies, the legal basis (e.g. elected officials or public agents in their functions, CRPA D312-1-3). It appears in the publication report.',
    },
  },
};

/** The generalisation rules, in menu order. */
export const GENERALISATION_EXPLANATIONS: Readonly<Record<GeneralisationKind, ChoiceExplanation>> = {
  'date-year': {
    label: { fr: 'Date → année', en: 'Date → year' },
    explanation: { fr: '14/03/2021 devient 2021.', en: '14/03/2021 becomes 2021.' },
  },
  'date-month': {
    label: { fr: 'Date → mois', en: 'Date → month' },
    explanation: { fr: '14/03/2021 devient 2021-03.', en: '14/03/2021 becomes 2021-03.' },
  },
  'age-band': {
    label: { fr: 'Date de naissance → tranche d’âge', en: 'Birth date → age band' },
    explanation: {
      fr: 'La date de naissance devient l’âge à la date de référence, par tranche de 5 ou 10 ans (35-39).',
      en: 'The birth date becomes the age at the reference date, in bands of 5 or 10 years (35-39).',
    },
  },
  'postal-code-department': {
    label: { fr: 'Code postal → département', en: 'Postal code → département' },
    explanation: { fr: '31500 devient 31\u00a0; 20090 devient 2A.', en: '31500 becomes 31; 20090 becomes 2A.' },
  },
  'address-street': {
    label: { fr: 'Adresse → rue', en: 'Address → street' },
    explanation: {
      fr: 'Le numéro est retiré\u00a0: «\u00a012 bis rue des Lilas\u00a0» devient «\u00a0rue des Lilas\u00a0».',
      en: 'The number is removed: “12 bis rue des Lilas” becomes “rue des Lilas”.',
    },
  },
  'address-commune': {
    label: { fr: 'Adresse → commune', en: 'Address → commune' },
    explanation: {
      fr: 'Seule la commune reste\u00a0: «\u00a012 rue des Lilas 31000 Toulouse\u00a0» devient «\u00a0Toulouse\u00a0». Une adresse sans commune devient vide.',
      en: 'Only the commune remains: “12 rue des Lilas 31000 Toulouse” becomes “Toulouse”. An address without a commune becomes empty.',
    },
  },
  coordinates: {
    label: { fr: 'Coordonnées arrondies', en: 'Rounded coordinates' },
    explanation: {
      fr: 'Les coordonnées sont arrondies au nombre de décimales choisi\u00a0: 3 décimales ≈ 110 m, 2 ≈ 1,1 km.',
      en: 'Coordinates are rounded to the chosen decimals: 3 decimals ≈ 110 m, 2 ≈ 1.1 km.',
    },
  },
  'small-count': {
    label: { fr: 'Petits effectifs → «\u00a0< 11\u00a0»', en: 'Small counts → “< 11”' },
    explanation: {
      fr: 'Les effectifs de 1 à 10 deviennent «\u00a0< 11\u00a0» (secret statistique)\u00a0; 0 et les effectifs plus grands restent.',
      en: 'Counts from 1 to 10 become “< 11” (statistical secrecy); 0 and larger counts stay.',
    },
  },
};
