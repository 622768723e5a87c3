/**
 * What a column header says about its content, in French and English, matched on whole tokens so
 * that `nom` does not fire on `nombre` or `dénomination`, nor `tel` on `hôtel`. First rule wins:
 * compound name rules come before the birth-date rule, so `nom_naissance` is a surname.
 * Reference §5.
 */

import { normalizeHeader } from './text-fold.js';

/** The kinds of content a header can point at. */
export type HeaderKind =
  | 'person-name' | 'first-name' | 'last-name' | 'email' | 'phone' | 'postal-address' | 'birth-date'
  | 'birth-place' | 'nir' | 'iban' | 'bic' | 'business-id' | 'car-plate' | 'ip-address' | 'coordinates'
  | 'identity-document' | 'tax-id' | 'payment-card' | 'free-text'
  | 'age' | 'sex' | 'postal-code' | 'commune' | 'nationality' | 'profession' | 'marital-status' | 'birth-year'
  | 'legal-form'
  /** The header names a thing (`nom de l'équipement`, `stop_name`): its names are not persons', whatever they look like. */
  | 'not-person';

/** A header's pointer and how much it weighs: a bare `nom` is weak, `nom de famille` strong. */
export interface HeaderHint {
  kind: HeaderKind;
  strength: 'strong' | 'weak';
}

type Rule = [kind: HeaderKind, strength: 'strong' | 'weak', phrases: string];

/** Words that make a `nom` header name a person (`nom de l'élu`, `nom agent`). */
const PERSON_QUALIFIERS =
  'elu elus agent agents personne enfant pere mere conjoint epoux epouse patient eleve candidat adherent ' +
  'responsable president representant habitant redacteur defunt naissance famille usage marital jeune fille';

const RULES: Rule[] = [
  ['birth-year', 'strong', 'annee de naissance|annee naissance|annee naiss|an naiss|year of birth|birth year'],
  ['person-name', 'strong', 'nom prenom|prenom nom|nomprenom|prenomnom|nom et prenom|nom prenoms|nom complet|full name|nom usuel prenom|identite'],
  ['last-name', 'strong', 'nom de naissance|nom naissance|nom de famille|nom famille|nom d usage|nom usage|nom marital|nom epoux|patronyme|last name|surname|family name|lastname|nom de jeune fille'],
  ['first-name', 'strong', 'prenom|prenoms|first name|firstname|given name|forename'],
  ['birth-place', 'strong', 'lieu de naissance|lieu naissance|lieu naiss|lieu nais|ville de naissance|ville naissance|commune de naissance|commune naissance|pays de naissance|pays naissance|departement de naissance|place of birth|birth place|birthplace'],
  ['birth-date', 'strong', 'date de naissance|date naissance|date naiss|date nais|dt naiss|datenaiss|datnais|datenais|dat naiss|ddn|ne le|nee le|ne e le|birth date|date of birth|dob|birthday|naissance'],
  ['nir', 'strong', 'nir|nirpp|nss|num secu|numero secu|secu|securite sociale|matricule insee|num ss|social security|ssn|insee personne'],
  ['iban', 'strong', 'iban|rib|coordonnees bancaires|compte bancaire|num compte|numero de compte|bank account'],
  ['bic', 'strong', 'bic|swift'],
  ['email', 'strong', 'email|e mail|mail|courriel|mel|adresse electronique|adresse mail|emails|mails|courriels'],
  ['ip-address', 'strong', 'ip|adresse ip|ip address|ipv 4|ipv 6'],
  ['phone', 'strong', 'tel|telephone|portable|mobile|gsm|fixe|fax|phone|cell|num tel|telephones|tel fixe|tel portable|numtel'],
  ['car-plate', 'strong', 'immat|immatriculation|plaque|license plate|registration'],
  ['identity-document', 'strong', 'passeport|passport|cni|carte identite|carte d identite|piece identite|piece d identite|titre sejour|titre de sejour|permis conduire|permis de conduire|num permis'],
  ['tax-id', 'strong', 'num fiscal|numero fiscal|spi|nif|tin|tax id'],
  ['payment-card', 'strong', 'carte bancaire|num carte|card number|credit card|pan'],
  ['business-id', 'strong', 'siret|siren|tva intra|tva intracommunautaire|vat'],
  ['legal-form', 'strong', 'categorie juridique|forme juridique|cat juridique|legal form|nature juridique'],
  ['age', 'strong', 'age|tranche d age|tranche age|classe d age|ages'],
  ['sex', 'strong', 'sexe|genre|civilite|sex|gender|code sexe'],
  ['nationality', 'strong', 'nationalite|nationality|pays de nationalite'],
  ['profession', 'weak', 'profession|csp|categorie socio professionnelle|categorie socioprofessionnelle|metier|occupation|emploi'],
  ['marital-status', 'strong', 'situation familiale|situation matrimoniale|etat civil|marital status'],
  ['postal-code', 'strong', 'cp|code postal|codepostal|postcode|zip|cdpost|code post'],
  ['commune', 'weak', 'commune|ville|localite|city|town|libcom|nom commune|code commune|code insee|insee commune|depcom|iris|quartier'],
  ['postal-address', 'strong', 'adresse|adr|domicile|residence|address|street|adresse postale|lieu dit|num voie|libelle voie|voie|rue|librue|norue'],
  ['coordinates', 'strong', 'lat|latitude|lon|lng|long|longitude|coord|coordonnees|coordonnees xy|geo point|geo point 2d|geo shape|wkt|geom|geometry|coord x|coord y|x|y|xy|wgs 84|lambert'],
  ['free-text', 'strong', 'commentaire|commentaires|observation|observations|remarque|remarques|motif|description|note|notes|precisions|message|texte libre|comment|comments|remark|remarks|objet|details|detail|libelle libre'],
  ['person-name', 'weak', 'titulaire|beneficiaire|beneficiaires|demandeur|petitionnaire|proprietaire|locataire|declarant|usager|signataire|redacteur|contact|tiers|nom tiers|fournisseur|prestataire|attributaire|raison sociale|name|elu|elus|nom elu'],
];

const COMPILED = RULES.map(([kind, strength, phrases]) => ({
  kind,
  strength,
  phrases: phrases.split('|').map((phrase) => ` ${phrase} `),
}));

/** Place, organisation and object words that turn a `nom` header away from people. */
const NOT_PERSON_HEADER = new RegExp(
  ' (' +
    [
      'fondation|association|asso|structure|commune|ville|iris|quartier|secteur|canton|arrondissement|pays|region|departement',
      'rue|voie|chemin|avenue|boulevard|allee|impasse|place|square|lotissement|residence|station|gare|arret|ligne|parking|borne',
      'equipement|etablissement|ecole|college|lycee|creche|gymnase|stade|piscine|salle|bibliotheque|mediatheque|musee|eglise',
      'monument|ouvrage|pont|jardin|cimetiere|hopital|pharmacie|commerce|espace|batiment|parc|zone|site|lieu|aire|arbre',
      'projet|societe|entreprise|operateur|amenageur|enseigne|modele|fichier|produit|variete|vernaculaire|espece|service',
      // (Not `fonction`: « libellé de la fonction » is what a person does, one per person.)
      'direction|organisme|dataset|jeu|lot|marche|programme|section|collectivite|organisation|etab|evenement',
      // (Not `aide` nor `subvention`: « bénéficiaire de l'aide » names a person.)
      'manifestation|festival|spectacle|oeuvre|film|livre|exposition|taxon',
      // The same objects in English exports (GTFS `stop_name`, OpenStreetMap `name`s of places…).
      'stop|stops|street|road|route|city|town|district|area|facility|building|school|park|line|company|organisation|organization',
      'shop|store|venue|product|layer|feature|poi|event|file|agency|operator|network|brand|species|tree',
    ].join('|') +
    ') ',
);

/** Reads a header: the first matching rule's kind; `nom` alone is a weak `last-name`, strong with a person word. */
export function headerHint(header: string | null): HeaderHint | null {
  if (header === null) return null;
  const normalized = normalizeHeader(header);
  if (normalized === ' ') return null;
  const weakPersonRule = COMPILED[COMPILED.length - 1];
  for (const rule of COMPILED) {
    if (rule === weakPersonRule) break;
    if (rule.phrases.some((phrase) => normalized.includes(phrase))) return { kind: rule.kind, strength: rule.strength };
  }
  const named = normalized.includes(' nom ') || normalized.includes(' noms ') || normalized.includes(' name ');
  // `nom du président de l'association` names a person before it names a thing.
  if (named && PERSON_QUALIFIERS.split(' ').some((word) => normalized.includes(` ${word} `))) {
    return { kind: 'last-name', strength: 'strong' };
  }
  if (NOT_PERSON_HEADER.test(normalized)) return { kind: 'not-person', strength: 'strong' };
  if (weakPersonRule?.phrases.some((phrase) => normalized.includes(phrase))) return { kind: 'person-name', strength: 'weak' };
  return named ? { kind: 'last-name', strength: 'weak' } : null;
}
