/**
 * E-mail addresses, and how a role mailbox (`contact@`, `mairie@`, `accueil@`…) is told apart
 * from a person's (`jeanne.dupont@…`). Reference §3.6.
 */

import { isFirstName } from './first-names.js';

const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._%+'-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** True for a practical e-mail address (not full RFC 5322). */
export function emailIsValid(value: string): boolean {
  return value.length <= 254 && value.includes('@') && EMAIL_PATTERN.test(value);
}

const ROLE_WORDS = new Set(
  ('contact contacts accueil info infos information informations mairie secretariat secretariats communication ' +
    'urbanisme etat-civil etatcivil dpo rgpd cnil webmaster noreply no-reply ne-pas-repondre nepasrepondre support ' +
    'service services direction cabinet presse marches marches-publics marchespublics rh admin administration ' +
    'bureau courrier compta comptabilite facturation factures commercial ventes sales hello bonjour office ' +
    'reservation reservations inscription inscriptions association asso club president presidence tresorier ' +
    'tresorerie secretaire siege postmaster abuse billetterie culture sport sports jeunesse ecole enfance ' +
    'periscolaire cantine restauration technique travaux voirie environnement police securite cimetiere ' +
    'bibliotheque mediatheque piscine musee tourisme ot office-tourisme ccas social').split(' '),
);

/** True for a functional mailbox: its local part names a role or a service, not a person. */
export function isRoleMailbox(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  if (ROLE_WORDS.has(local)) return true;
  if (local.includes('service') || local.includes('mairie') || local.includes('contact')) return true;
  const parts = local.split(/[._+-]/).filter((part) => part.length > 0);
  // Every part a role (`piscines`, plural too), a number or a code (`ce.0310001a`, a school's
  // mailbox), with at most initials-long parts beside them; `j.martin` and `kevin1990` stay a
  // person's.
  const role = (part: string): boolean => ROLE_WORDS.has(part) || ROLE_WORDS.has(part.replace(/s$/, '')) || /^\d+$/.test(part) || /^\d{5,}[a-z]?$/.test(part);
  return parts.some(role) && parts.every((part) => role(part) || part.length <= 2);
}

/**
 * True when the local part reads as a person's name: `prenom.nom`, `p.nom`, `nom.prenom`, or a
 * first name glued to another word. Role mailboxes are never nominative.
 */
export function isNominativeMailbox(address: string): boolean {
  if (isRoleMailbox(address)) return false;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  // A year or a département after the name (`marie31`, `kevin.durand1990`) leaves it a name.
  const parts = local.split(/[._-]/).map((part) => part.replace(/\d+$/, '')).filter((part) => /^[a-z]+$/.test(part));
  if (parts.length >= 2) return parts.some((part) => isFirstName(part)) || (parts[0]?.length === 1 && (parts[1]?.length ?? 0) > 2);
  const single = parts[0] ?? '';
  return single.length > 0 && isFirstName(single);
}
