/**
 * Header words suggesting content covered by a secret (« à examiner »): health, disability,
 * sanctions, access codes, alarms… Each points at the legal ground the clerk will most likely
 * choose. Reference §5 (sensitive, security, business secret, judgement/behaviour rows).
 */

import type { LegalGroundId } from './legal-grounds.js';
import { normalizeHeader } from './text-fold.js';

const RULES: [LegalGroundId, string][] = [
  // RGPD art. 9 special categories; CRPA L311-6 1° medical secrecy.
  ['crpa-l311-6-1-medical', 'sante|handicap|handicape|mdph|aah|apa|pch|maladie|pathologie|diagnostic|ald|grossesse|vaccin|vaccination|medical|medicale|medicaux|traitement medical|invalidite|allergie alimentaire|deficience|soins|rqth|accident du travail|accident de travail|arret de travail|arret maladie|medecin traitant'],
  // RGPD art. 9 and social data; CRPA L311-6 1° private life.
  ['crpa-l311-6-1-private-life', 'religion|culte|confession|syndicat|syndical|syndique|origine ethnique|ethnie|orientation sexuelle|opinion politique|opinions|rsa|caf|allocataire|quotient familial|revenu|revenus|aide sociale|surendettement|expulsion|situation familiale|minima sociaux|apl|tutelle|curatelle'],
  // CRPA L311-5 2° d: safety of persons and of information systems.
  ['crpa-l311-5-2-d', 'digicode|code porte|code acces|code d acces|mot de passe|password|passwd|token|cle api|api key|login|identifiant connexion|badge|alarme|camera|cameras|videoprotection|videosurveillance|serveur|vlan|ssid|wifi|code alarme'],
  // CRPA L311-6 1°: business secrecy.
  ['crpa-l311-6-1-business', 'prix unitaire|prix unitaires|bordereau de prix|bpu|dpgf|chiffre d affaires|ca ht|marge|marges|offre non retenue|offres non retenues|devis|bilan|resultat net|detail estimatif'],
  // CRPA L311-6 2°: value judgement on a person.
  ['crpa-l311-6-2-judgement', 'appreciation|appreciations|evaluation|evaluations|notation|note agent|avis sur|jugement|entretien professionnel'],
  // CRPA L311-6 3° and RGPD art. 10: behaviour, offences.
  ['crpa-l311-6-3-behaviour', 'sanction|sanctions|incident|incidents|signalement|signalements|plainte|plaintes|impaye|impayes|dette|dettes|fourriere|pv|proces verbal|infraction|infractions|condamnation|condamnations|casier|amende|amendes|contravention|contraventions|disciplinaire|exclusion'],
];

const COMPILED = RULES.map(([ground, phrases]) => ({ ground, phrases: phrases.split('|').map((phrase) => ` ${phrase} `) }));

/** The legal ground a header's words suggest (« à examiner »), or null. */
export function secretHint(header: string | null): LegalGroundId | null {
  if (header === null) return null;
  const normalized = normalizeHeader(header);
  for (const rule of COMPILED) {
    if (rule.phrases.some((phrase) => normalized.includes(phrase))) return rule.ground;
  }
  return null;
}
