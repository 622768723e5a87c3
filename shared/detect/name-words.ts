/**
 * Word lists that tell people's names apart from the names of places, facilities and
 * organisations (`Gymnase Jean Jaurès`, `rue Victor Hugo`, `Association Jean Moulin`), and first
 * names that are also common words (`Rose`, `Pierre`, `Violette`). Reference §4.1.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Ways, buildings, facilities and organisations: a value holding one of them names no person. */
export const NOT_PERSON_WORDS = words(`
rue avenue av ave bd bld boulevard allee allees all impasse imp chemin ch chem cheminement place pl route rte
quai cours crs square sq passage esplanade promenade prom faubourg fbg residence res lotissement lot hameau
lieu-dit lieudit cite clos villa voie sentier sente traverse montee rond-point port parvis mail zone za zac zi
domaine carrefour parc galerie ruelle venelle rocade corniche terrasse pont jardin jardins
ecole ecoles college lycee universite faculte institut iut gymnase piscine stade salle mediatheque bibliotheque
centre maison pavillon eglise chapelle cathedrale temple mosquee synagogue mairie hotel espace complexe creche
halle marche cimetiere station arret parking gare aeroport aerodrome musee theatre cinema palais chateau
boulodrome dojo patinoire velodrome skatepark tennis golf piste plaine base foyer residence ehpad hopital
clinique dispensaire pharmacie caserne gendarmerie commissariat prefecture tribunal poste agence annexe
association asso assoc ass associations amicale club comite federation ligue union syndicat confederation
fondation societe ste sarl sas sasu sa eurl sci snc scop scp selarl gie gaec earl cie compagnie groupe
groupement entreprise entreprises ets etablissement etablissements cooperative mutuelle banque caisse
credit assurance assurances consulting conseil conseils services service solutions technologies systemes
industrie industries france international holding fils freres cie co ltd inc gmbh spa srl
commune ville departement region metropole communaute agglomeration collectivite etat ministere direction
office ccas cias sivu sivom syndicat regie chambre ordre conservatoire orchestre ensemble chorale choeur
compagnie troupe festival collectif atelier ateliers studio production productions editions edition
diffusion communication media medias radio tv television presse journal magazine
sport sports sportif sportive football foot rugby basket handball volley judo karate boxe danse yoga
cyclo cyclisme athletisme natation escrime gym gymnastique equitation rando randonnee petanque
amis ami amis parents eleves enfants jeunes jeunesse seniors retraites anciens habitants quartier
comite fetes loisirs culture culturel culturelle solidarite entraide secours restaurant restaurants cafe bar
boulangerie garage pressing librairie cabinet etude laboratoire labo sarl transports transport taxi ambulances
cercle academie observatoire mouvement parti fonds entente alliance rassemblement reseau plateforme pole fanfare
banda team racing olympique sporting avenir espoir
`);

/** First names that are also common French words or place names: weak evidence alone. */
export const FIRST_NAMES_THAT_ARE_WORDS = words(`
rose pierre violette marine olive blanche prune perle fleur dune france paris prince loup ambre cerise
vanille colombe brune capucine jade lilas iris hope joy jazz sunny grace victoire constance prudence aurore
celeste clemence constant honore marin june may lorraine florence valence savane sable liberty lou lys line
nil mai sacha dominique claude camille angel ange charity miel lune soleil etoile ocean oceane anis
avril jasmin jasmine melodie harmonie merveille patience pacome roch saint sainte martial noel christ
`);

/**
 * Civility words that introduce a person's name (`M.`, `Mme`, `Madame`, `Dr`, `Me`), and the
 * words of property and civil-status lists that do too (`Veuve DUPONT`, `Consorts MARTIN`,
 * `Indivision ROUX`, `Héritiers BLANC`).
 */
export const CIVILITIES = words(`
m mr mme mmes mlle mle melle monsieur madame mademoiselle messieurs mesdames dr docteur me maitre pr professeur
veuve vve consorts cts indivision heritiers hoirs epoux epouse
`);
