/**
 * What a field expects, in words for the clerk: « un nombre entier », « une date (JJ/MM/AAAA) »,
 * « oui ou non ». Used in the sentence of a type error.
 */
import type { TableSchemaField } from './table-schema.js';

/** `%d/%m/%Y` → `JJ/MM/AAAA` (French) and `DD/MM/YYYY` (English). */
function dateFormat(format: string | undefined): { fr: string; en: string } {
  const pattern = !format || format === 'default' || format === 'any' ? '%Y-%m-%d' : format;
  return {
    fr: pattern.replace('%Y', 'AAAA').replace('%m', 'MM').replace('%d', 'JJ'),
    en: pattern.replace('%Y', 'YYYY').replace('%m', 'MM').replace('%d', 'DD'),
  };
}

/** The expected kind of value, with its article, in French and English. */
export function expectedValue(field: TableSchemaField): { fr: string; en: string } {
  switch (field.type) {
    case 'integer':
      return { fr: 'un nombre entier', en: 'a whole number' };
    case 'number':
      return { fr: `un nombre (séparateur décimal «\u00a0${field.decimalChar ?? '.'}\u00a0»)`, en: `a number (decimal separator “${field.decimalChar ?? '.'}”)` };
    case 'boolean': {
      const values = [...(field.trueValues ?? ['true']).slice(0, 1), ...(field.falseValues ?? ['false']).slice(0, 1)].join(' / ');
      return { fr: `une valeur vrai/faux (${values})`, en: `a true/false value (${values})` };
    }
    case 'date': {
      const format = dateFormat(field.format);
      return { fr: `une date (${format.fr})`, en: `a date (${format.en})` };
    }
    case 'datetime':
      return { fr: 'une date et heure (AAAA-MM-JJTHH:MM:SS)', en: 'a date and time (YYYY-MM-DDTHH:MM:SS)' };
    case 'time':
      return { fr: 'une heure (HH:MM:SS)', en: 'a time (HH:MM:SS)' };
    case 'year':
      return { fr: 'une année (AAAA)', en: 'a year (YYYY)' };
    case 'yearmonth':
      return { fr: 'un mois (AAAA-MM)', en: 'a month (YYYY-MM)' };
    case 'duration':
      return { fr: 'une durée ISO 8601 (P1Y2M…)', en: 'an ISO 8601 duration (P1Y2M…)' };
    case 'geopoint':
      return field.format === 'array'
        ? { fr: 'un point [longitude, latitude]', en: 'a point [longitude, latitude]' }
        : { fr: 'un point «\u00a0longitude, latitude\u00a0»', en: 'a point “longitude, latitude”' };
    case 'geojson':
    case 'object':
      return { fr: 'un objet JSON', en: 'a JSON object' };
    case 'array':
      return { fr: 'une liste JSON', en: 'a JSON array' };
    case 'string':
      if (field.format === 'email') return { fr: 'une adresse électronique', en: 'an e-mail address' };
      if (field.format === 'uri') return { fr: 'une adresse web (https://…)', en: 'a web address (https://…)' };
      if (field.format === 'uuid') return { fr: 'un identifiant UUID', en: 'a UUID' };
      return { fr: 'du texte', en: 'text' };
    case 'any':
      return { fr: 'une valeur', en: 'a value' };
  }
}
