/**
 * The legal bases a clerk may cite to publish a column of personal data as is (« conserver »).
 * CRPA L312-1-2 forbids publishing personal data without anonymisation unless a law provides
 * otherwise, the persons consented, or the document falls in a category of CRPA D312-1-3
 * (décret n° 2018-1117). The list is closed so that the history records a checkable reference.
 */

/** The id of a legal basis, stored in drafts and in the history. */
export type LegalBasisId =
  | 'crpa-d312-1-3-1-public-agents'
  | 'crpa-d312-1-3-2-economic-associative-registers'
  | 'crpa-d312-1-3-3-regulated-professions'
  | 'crpa-d312-1-3-4-exam-results'
  | 'crpa-d312-1-3-5-sports'
  | 'crpa-d312-1-3-6-elected-officials'
  | 'crpa-d312-1-3-7-tourism'
  | 'crpa-d312-1-3-8-regulated-formalities'
  | 'crpa-d312-1-3-9-open-archives'
  | 'public-by-law'
  | 'consent'
  | 'legal-persons-only';

/** A legal basis as the « conserver » form lists it. */
export interface LegalBasis {
  id: LegalBasisId;
  /** The article, as a reviewer looks it up. */
  reference: string;
  label: { fr: string; en: string };
  /** What it never covers, said beside the choice. */
  limits: { fr: string; en: string } | null;
}

const NEVER_PRIVATE_CONTACTS = {
  fr: 'Ne couvre jamais l’adresse, le téléphone ou le courriel personnels, ni la date de naissance.',
  en: 'Never covers a personal address, phone, e-mail or date of birth.',
};

/** Every legal basis, in the order of the form. */
export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    id: 'crpa-d312-1-3-1-public-agents',
    reference: 'CRPA D312-1-3 1°',
    label: {
      fr: 'Agents publics dans l’exercice de leurs fonctions (organisation de l’administration, annuaires)',
      en: 'Public agents in their functions (organisation of the administration, directories)',
    },
    limits: NEVER_PRIVATE_CONTACTS,
  },
  {
    id: 'crpa-d312-1-3-2-economic-associative-registers',
    reference: 'CRPA D312-1-3 2°',
    label: {
      fr: 'Vie économique, associative et culturelle (répertoire des associations, SIRENE)',
      en: 'Economic, associative and cultural life (register of associations, SIRENE)',
    },
    limits: null,
  },
  {
    id: 'crpa-d312-1-3-3-regulated-professions',
    reference: 'CRPA D312-1-3 3°',
    label: { fr: 'Professions et activités professionnelles réglementées', en: 'Regulated professions and activities' },
    limits: NEVER_PRIVATE_CONTACTS,
  },
  {
    id: 'crpa-d312-1-3-4-exam-results',
    reference: 'CRPA D312-1-3 4°',
    label: { fr: 'Résultats d’examens, de concours et de diplômes nationaux', en: 'Results of examinations, competitions and national diplomas' },
    limits: null,
  },
  {
    id: 'crpa-d312-1-3-5-sports',
    reference: 'CRPA D312-1-3 5°',
    label: { fr: 'Activités sportives, y compris les résultats des participants', en: 'Sports activities, including participants’ results' },
    limits: null,
  },
  {
    id: 'crpa-d312-1-3-6-elected-officials',
    reference: 'CRPA D312-1-3 6°',
    label: { fr: 'Élus et vie politique (répertoire national des élus)', en: 'Elected officials and political life (national register of elected officials)' },
    limits: NEVER_PRIVATE_CONTACTS,
  },
  {
    id: 'crpa-d312-1-3-7-tourism',
    reference: 'CRPA D312-1-3 7°',
    label: { fr: 'Activités touristiques', en: 'Tourism activities' },
    limits: null,
  },
  {
    id: 'crpa-d312-1-3-8-regulated-formalities',
    reference: 'CRPA D312-1-3 8°',
    label: {
      fr: 'Activités soumises à formalités\u00a0: urbanisme (permis), occupation du domaine public, environnement',
      en: 'Activities subject to formalities: town planning (permits), use of the public domain, environment',
    },
    limits: NEVER_PRIVATE_CONTACTS,
  },
  {
    id: 'crpa-d312-1-3-9-open-archives',
    reference: 'CRPA D312-1-3 9°',
    label: { fr: 'Archives publiques devenues librement communicables', en: 'Public archives that became freely communicable' },
    limits: {
      fr: 'Exclut les données sensibles et les condamnations.',
      en: 'Excludes sensitive data and criminal convictions.',
    },
  },
  {
    id: 'public-by-law',
    reference: 'CRPA L312-1-2',
    label: {
      fr: 'Données déjà rendues publiques par la loi (ex. données essentielles des marchés et des subventions)',
      en: 'Data already made public by law (e.g. essential data of public contracts and subsidies)',
    },
    limits: null,
  },
  {
    id: 'consent',
    reference: 'CRPA L312-1-2',
    label: { fr: 'Consentement des personnes concernées, recueilli et conservé', en: 'Consent of the persons concerned, collected and kept' },
    limits: null,
  },
  {
    id: 'legal-persons-only',
    reference: 'RGPD art. 4(1)',
    label: {
      fr: 'Données de personnes morales uniquement (entreprises, associations), non personnelles',
      en: 'Data about legal persons only (companies, associations), not personal',
    },
    limits: {
      fr: 'Ne couvre pas les entrepreneurs individuels, qui sont des personnes physiques.',
      en: 'Does not cover sole traders, who are natural persons.',
    },
  },
];

/** Every legal basis id, for schemas. */
export const LEGAL_BASIS_IDS: readonly LegalBasisId[] = LEGAL_BASES.map((basis) => basis.id);

/** The legal basis of that id, or undefined for an id this version does not know. */
export function legalBasisById(id: string): LegalBasis | undefined {
  return LEGAL_BASES.find((basis) => basis.id === id);
}
