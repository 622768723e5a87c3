/**
 * The legal grounds a clerk can give when flagging a column as covered by a secret: CRPA L311-5
 * (never communicable) and L311-6 (communicable only to the person concerned). L312-1-2 requires
 * such mentions to be blanked out before publication. Wording summarised from Légifrance.
 */

/** Identifier of a legal ground, stored with the finding and in the publishing history. */
export type LegalGroundId =
  | 'crpa-l311-5-2-a' | 'crpa-l311-5-2-b' | 'crpa-l311-5-2-c' | 'crpa-l311-5-2-d' | 'crpa-l311-5-2-e'
  | 'crpa-l311-5-2-f' | 'crpa-l311-5-2-g' | 'crpa-l311-5-2-h'
  | 'crpa-l311-6-1-private-life' | 'crpa-l311-6-1-medical' | 'crpa-l311-6-1-business'
  | 'crpa-l311-6-2-judgement' | 'crpa-l311-6-3-behaviour';

/** A legal ground with its article and its label in French and English. */
export interface LegalGround {
  id: LegalGroundId;
  article: string;
  fr: string;
  en: string;
}

/** Every ground the clerk can pick, in the order of the code. */
export const LEGAL_GROUNDS: readonly LegalGround[] = [
  { id: 'crpa-l311-5-2-a', article: 'CRPA L311-5 2° a', fr: 'Secret des délibérations du Gouvernement et des autorités exécutives', en: 'Secrecy of government deliberations' },
  { id: 'crpa-l311-5-2-b', article: 'CRPA L311-5 2° b', fr: 'Secret de la défense nationale', en: 'National defence secrecy' },
  { id: 'crpa-l311-5-2-c', article: 'CRPA L311-5 2° c', fr: 'Conduite de la politique extérieure de la France', en: 'Conduct of foreign policy' },
  { id: 'crpa-l311-5-2-d', article: 'CRPA L311-5 2° d', fr: 'Sûreté de l’État, sécurité publique, sécurité des personnes ou des systèmes d’information', en: 'State security, public safety, safety of persons or of information systems' },
  { id: 'crpa-l311-5-2-e', article: 'CRPA L311-5 2° e', fr: 'Monnaie et crédit public', en: 'Currency and public credit' },
  { id: 'crpa-l311-5-2-f', article: 'CRPA L311-5 2° f', fr: 'Déroulement des procédures engagées devant les juridictions', en: 'Conduct of court proceedings' },
  { id: 'crpa-l311-5-2-g', article: 'CRPA L311-5 2° g', fr: 'Recherche et prévention des infractions de toute nature', en: 'Detection and prevention of offences' },
  { id: 'crpa-l311-5-2-h', article: 'CRPA L311-5 2° h', fr: 'Autres secrets protégés par la loi (secret statistique, fiscal, professionnel…)', en: 'Other secrets protected by law (statistical, tax, professional…)' },
  { id: 'crpa-l311-6-1-private-life', article: 'CRPA L311-6 1°', fr: 'Protection de la vie privée', en: 'Privacy' },
  { id: 'crpa-l311-6-1-medical', article: 'CRPA L311-6 1°', fr: 'Secret médical', en: 'Medical secrecy' },
  { id: 'crpa-l311-6-1-business', article: 'CRPA L311-6 1°', fr: 'Secret des affaires', en: 'Business secrecy' },
  { id: 'crpa-l311-6-2-judgement', article: 'CRPA L311-6 2°', fr: 'Appréciation ou jugement de valeur sur une personne physique', en: 'Appraisal or value judgement on a natural person' },
  { id: 'crpa-l311-6-3-behaviour', article: 'CRPA L311-6 3°', fr: 'Comportement d’une personne dont la divulgation pourrait lui porter préjudice', en: 'Behaviour of a person whose disclosure could harm them' },
];

/** The ground with this id, or undefined. */
export function legalGround(id: string): LegalGround | undefined {
  return LEGAL_GROUNDS.find((ground) => ground.id === id);
}
