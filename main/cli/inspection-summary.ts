import type { ColumnType } from '../../shared/table/cell.js';
import type { TableInfo } from '../../shared/table/table-info.js';

const TYPE_NAMES: Record<ColumnType, string> = {
  empty: 'vide',
  integer: 'entier',
  decimal: 'décimal',
  date: 'date',
  datetime: 'date et heure',
  boolean: 'booléen',
  code: 'code',
  text: 'texte',
};

const DELIMITER_NAMES: Record<string, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation', '|': '« | »' };

const number = new Intl.NumberFormat('fr-FR');

function plural(count: number, one: string, many: string): string {
  return `${number.format(count)}\u00a0${count > 1 ? many : one}`;
}

/** The readable French summary `atelier inspect` prints without `--json`. */
export function inspectionSummary(info: TableInfo): string {
  const lines: string[] = [`Fichier\u00a0: ${info.file}`];
  if (info.format === 'csv') {
    const delimiter = info.delimiter === null ? 'aucun' : (DELIMITER_NAMES[info.delimiter] ?? `« ${info.delimiter} »`);
    lines.push(`Format\u00a0: CSV, encodage ${info.encoding ?? 'inconnu'}${info.bom ? ' avec BOM' : ''}, séparateur ${delimiter}`);
  } else {
    lines.push(`Format\u00a0: ${info.format.toUpperCase()}`);
    lines.push(`Feuilles\u00a0:`);
    for (const sheet of info.sheets) {
      const marks = [sheet.hidden ? 'masquée' : null, sheet.hasTable ? null : 'sans tableau', sheet.name === info.sheet ? 'ouverte' : null].filter(Boolean);
      lines.push(`  - ${sheet.name} (${plural(sheet.rows, 'ligne', 'lignes')}${marks.length > 0 ? `, ${marks.join(', ')}` : ''})`);
    }
  }
  lines.push(`Ligne d’en-tête\u00a0: ${info.headerRow === null ? 'aucune' : number.format(info.headerRow)}`);
  lines.push(`Lignes de données\u00a0: ${number.format(info.rowCount)}`);
  lines.push(`Colonnes (${number.format(info.columns.length)})\u00a0:`);
  for (const column of info.columns) {
    const distinct = `${column.distinctCapped ? 'plus de ' : ''}${plural(column.distinct, 'valeur distincte', 'valeurs distinctes')}`;
    lines.push(`  ${column.index + 1}. ${column.name.replace(/\s+/g, ' ')} — ${TYPE_NAMES[column.type]}, ${plural(column.empty, 'cellule vide', 'cellules vides')}, ${distinct}`);
  }
  return lines.join('\n');
}
