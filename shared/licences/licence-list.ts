/**
 * The licences a clerk may choose for a dataset, with what each portal calls them. Sources: the
 * licence list served by data.gouv.fr (`/api/1/datasets/licenses/`), CKAN core's
 * `ckan/model/license.py`, and the list of licences fixed by décret n° 2017-638 (CRPA D323-2-1).
 */

/** How to recognise a licence in a site's own list (CKAN `license_list`, Opendatasoft choices). */
export interface SiteLicenceCandidates {
  /** Ids the licence is known by on such sites, compared without case. */
  ids: string[];
  /** Fragments of a title, compared without case, accents or punctuation. */
  titleMatches: string[];
  /** Fragments of a URL, compared without case or scheme. */
  urlMatches: string[];
}

/** A licence of the catalogue. */
export interface Licence {
  /** SPDX identifier where one exists (`etalab-2.0`, `ODbL-1.0`…), else udata's generic id. */
  id: string;
  title: string;
  url: string;
  /** Two lines of French for the clerk: what a reuser may do, and what they must do. */
  summaryFr: string[];
  summaryEn: string[];
  /** The id in data.gouv.fr's list (`lov2`, `odc-odbl`…); null when udata has none. */
  udataId: string | null;
  ckanCandidates: SiteLicenceCandidates;
  /**
   * True for the licences an administration may use without homologation when reuse is free:
   * CRPA L323-2 and D323-2-1 (décret n° 2017-638) name the Licence Ouverte and the ODbL for data.
   */
  allowedForPublicData: boolean;
  /** True when derived databases must be shared under the same licence. */
  shareAlike: boolean;
}

/** Page of data.gouv.fr that lists the licences homologated for public data. */
const DATA_GOUV_LICENCES_PAGE = 'https://www.data.gouv.fr/fr/pages/legal/licences/';

/** The catalogue, the default first. */
export const LICENCES: readonly Licence[] = [
  {
    id: 'etalab-2.0',
    title: 'Licence Ouverte / Open Licence 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    summaryFr: [
      'Chacun peut réutiliser librement les données, y compris à des fins commerciales.',
      'Seule obligation\u00a0: mentionner la source et la date de dernière mise à jour.',
    ],
    summaryEn: [
      'Anyone may reuse the data freely, commercial use included.',
      'The only duty: credit the source and the date of the last update.',
    ],
    udataId: 'lov2',
    ckanCandidates: {
      ids: ['etalab-2.0', 'lov2', 'fr-lo-2.0', 'licence-ouverte-2.0', 'lo-2.0'],
      titleMatches: ['licence ouverte 2', 'licence ouverte v2', 'licence ouverte version 2', 'open licence version 2', 'open licence 2', 'etalab 2'],
      urlMatches: ['etalab-licence-ouverte-v2', 'spdx.org/licenses/etalab-2.0', 'etalab.gouv.fr/licence-ouverte-open-licence'],
    },
    allowedForPublicData: true,
    shareAlike: false,
  },
  {
    id: 'ODbL-1.0',
    title: 'Open Database License (ODbL) 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    summaryFr: [
      'Chacun peut réutiliser la base, à condition de citer la source.',
      'Une base dérivée diffusée publiquement doit l’être sous la même licence (partage à l’identique).',
    ],
    summaryEn: [
      'Anyone may reuse the database, provided they credit the source.',
      'A derived database made public must be shared under the same licence (share-alike).',
    ],
    udataId: 'odc-odbl',
    ckanCandidates: {
      ids: ['odc-odbl', 'ODbL-1.0', 'odbl'],
      titleMatches: ['open database license', 'odbl'],
      urlMatches: ['opendatacommons.org/licenses/odbl', 'spdx.org/licenses/odbl'],
    },
    allowedForPublicData: true,
    shareAlike: true,
  },
  {
    id: 'etalab-1.0',
    title: 'Licence Ouverte / Open Licence 1.0',
    url: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    summaryFr: [
      'Première version de la Licence Ouverte (2011), remplacée par la version 2.0 en 2017.',
      'Réutilisation libre avec mention de la source, comme la 2.0.',
    ],
    summaryEn: [
      'First version of the Licence Ouverte (2011), superseded by version 2.0 in 2017.',
      'Free reuse with credit to the source, like 2.0.',
    ],
    udataId: 'fr-lo',
    ckanCandidates: {
      ids: ['fr-lo', 'etalab-1.0', 'lo-1.0'],
      titleMatches: ['licence ouverte 1', 'licence ouverte v1', 'licence ouverte version 1', 'open licence version 1'],
      urlMatches: ['licence_ouverte.pdf', 'spdx.org/licenses/etalab-1.0'],
    },
    allowedForPublicData: true,
    shareAlike: false,
  },
  {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    summaryFr: [
      'Réutilisation libre, y compris commerciale, à condition de citer l’auteur.',
      'Conçue pour les œuvres plus que pour les bases de données publiques.',
    ],
    summaryEn: [
      'Free reuse, commercial use included, provided the author is credited.',
      'Designed for works rather than public databases.',
    ],
    udataId: 'cc-by',
    ckanCandidates: {
      ids: ['cc-by', 'CC-BY-4.0', 'cc-by-4.0'],
      titleMatches: ['creative commons attribution', 'cc by'],
      urlMatches: ['creativecommons.org/licenses/by/', 'opendefinition.org/licenses/cc-by'],
    },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'CC-BY-SA-4.0',
    title: 'Creative Commons Attribution – Partage dans les mêmes conditions 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    summaryFr: [
      'Réutilisation libre à condition de citer l’auteur.',
      'Toute version modifiée doit être diffusée sous la même licence.',
    ],
    summaryEn: [
      'Free reuse provided the author is credited.',
      'Any modified version must be shared under the same licence.',
    ],
    udataId: 'cc-by-sa',
    ckanCandidates: {
      ids: ['cc-by-sa', 'CC-BY-SA-4.0', 'cc-by-sa-4.0'],
      titleMatches: ['creative commons attribution share alike', 'cc by sa'],
      urlMatches: ['creativecommons.org/licenses/by-sa/', 'opendefinition.org/licenses/cc-by-sa'],
    },
    allowedForPublicData: false,
    shareAlike: true,
  },
  {
    id: 'CC0-1.0',
    title: 'Creative Commons Zero (CC0) 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    summaryFr: [
      'L’auteur renonce à tous ses droits\u00a0: les données passent dans le domaine public.',
      'Aucune obligation, pas même de citer la source.',
    ],
    summaryEn: [
      'The author waives every right: the data enters the public domain.',
      'No duty at all, not even crediting the source.',
    ],
    udataId: 'cc-zero',
    ckanCandidates: {
      ids: ['cc-zero', 'CC0-1.0', 'cc0'],
      titleMatches: ['creative commons cczero', 'creative commons zero', 'cc0'],
      urlMatches: ['creativecommons.org/publicdomain/zero', 'opendefinition.org/licenses/cc-zero'],
    },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'ODC-By-1.0',
    title: 'Open Data Commons Attribution License 1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    summaryFr: [
      'Réutilisation libre de la base à condition de citer la source.',
      'Proche de la Licence Ouverte, mais hors de la liste du décret.',
    ],
    summaryEn: [
      'Free reuse of the database provided the source is credited.',
      'Close to the Licence Ouverte, but not on the decree list.',
    ],
    udataId: 'odc-by',
    ckanCandidates: {
      ids: ['odc-by', 'ODC-By-1.0'],
      titleMatches: ['open data commons attribution'],
      urlMatches: ['opendatacommons.org/licenses/by'],
    },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'PDDL-1.0',
    title: 'Open Data Commons Public Domain Dedication and License 1.0',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    summaryFr: [
      'La base est placée dans le domaine public.',
      'Aucune obligation pour qui la réutilise.',
    ],
    summaryEn: [
      'The database is dedicated to the public domain.',
      'No duty for whoever reuses it.',
    ],
    udataId: 'odc-pddl',
    ckanCandidates: {
      ids: ['odc-pddl', 'PDDL-1.0'],
      titleMatches: ['public domain dedication and license', 'pddl'],
      urlMatches: ['opendatacommons.org/licenses/pddl'],
    },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'other-at',
    title: 'Autre licence (attribution)',
    url: DATA_GOUV_LICENCES_PAGE,
    summaryFr: [
      'Une autre licence ouverte qui impose de citer la source.',
      'Précisez-la dans la description du jeu de données.',
    ],
    summaryEn: [
      'Another open licence that requires crediting the source.',
      'Name it in the description of the dataset.',
    ],
    udataId: 'other-at',
    ckanCandidates: { ids: ['other-at'], titleMatches: ['other attribution'], urlMatches: [] },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'other-open',
    title: 'Autre licence (ouverte)',
    url: DATA_GOUV_LICENCES_PAGE,
    summaryFr: [
      'Une autre licence ouverte, sans précision sur ses conditions.',
      'Précisez-la dans la description du jeu de données.',
    ],
    summaryEn: [
      'Another open licence, its conditions not stated.',
      'Name it in the description of the dataset.',
    ],
    udataId: 'other-open',
    ckanCandidates: { ids: ['other-open'], titleMatches: ['other open'], urlMatches: [] },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'other-pd',
    title: 'Autre licence (domaine public)',
    url: DATA_GOUV_LICENCES_PAGE,
    summaryFr: [
      'Les données sont déclarées dans le domaine public par un autre texte.',
      'Précisez lequel dans la description du jeu de données.',
    ],
    summaryEn: [
      'The data is declared public domain by another text.',
      'Name it in the description of the dataset.',
    ],
    udataId: 'other-pd',
    ckanCandidates: { ids: ['other-pd'], titleMatches: ['other public domain'], urlMatches: [] },
    allowedForPublicData: false,
    shareAlike: false,
  },
  {
    id: 'notspecified',
    title: 'Licence non précisée',
    url: DATA_GOUV_LICENCES_PAGE,
    summaryFr: [
      'Aucune licence n’est indiquée\u00a0: les réutilisateurs ne savent pas ce qu’ils ont le droit de faire.',
      'À éviter pour des données publiques.',
    ],
    summaryEn: [
      'No licence is stated: reusers cannot tell what they may do.',
      'Avoid for public data.',
    ],
    udataId: 'notspecified',
    ckanCandidates: { ids: ['notspecified'], titleMatches: ['license not specified', 'licence non precisee'], urlMatches: [] },
    allowedForPublicData: false,
    shareAlike: false,
  },
];
