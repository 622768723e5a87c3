// Written by main/schemas/refresh-schemas.ts: run it again rather than editing this file.
import type { OfficialSchema } from '../table-schema.js';
import { scdlSubventions } from './scdl-subventions.js';
import { scdlMarchesPublics } from './scdl-marches-publics.js';
import { scdlDeliberations } from './scdl-deliberations.js';
import { scdlEquipements } from './scdl-equipements.js';
import { scdlBudget } from './scdl-budget.js';
import { scdlCatalogue } from './scdl-catalogue.js';
import { etalabSchemaIrveStatique } from './etalab-schema-irve-statique.js';
import { naturalsolutionsSchemaArbre } from './naturalsolutions-schema-arbre.js';

/** The official schemas shipped with the app, usable offline. */
export const OFFICIAL_SCHEMAS: readonly OfficialSchema[] = [
  scdlSubventions,
  scdlMarchesPublics,
  scdlDeliberations,
  scdlEquipements,
  scdlBudget,
  scdlCatalogue,
  etalabSchemaIrveStatique,
  naturalsolutionsSchemaArbre,
];
