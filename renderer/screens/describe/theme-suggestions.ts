/**
 * Themes offered as the clerk types: the default themes of an Opendatasoft domain (Toulouse
 * Métropole's portal uses them), which also read well as data.gouv.fr tags and CKAN groups. The
 * clerk may type any other.
 */
export const THEME_SUGGESTIONS: readonly string[] = [
  'Administration, Gouvernement, Finances publiques, Citoyenneté',
  'Aménagement du territoire, Urbanisme, Bâtiments, Equipements, Logement',
  'Culture, Patrimoine',
  'Economie, Business, PME, Développement économique, Emploi',
  'Education, Formation, Recherche, Enseignement',
  'Environnement',
  'Hébergement, Restauration',
  'Justice, Sécurité, Police, Criminalité',
  'Santé',
  'Services sociaux',
  'Sports, Loisirs',
  'Transports, Déplacements',
  'Travail, Emploi',
];
