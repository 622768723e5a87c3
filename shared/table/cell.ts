/**
 * One cell as the reader hands it over, for every format alike.
 *
 * - `null`: empty cell.
 * - `string`: text exactly as written in the file (CSV cells are always text; codes such as
 *   `01`, `09000` or a SIRET stay text). Workbook dates arrive as ISO strings
 *   (`2024-03-12` or `2024-03-12T08:30:00`), workbook error values as their Excel text (`#N/A`).
 * - `number`: a numeric workbook cell (formulas give their computed value).
 * - `boolean`: a boolean workbook cell.
 */
export type Cell = string | number | boolean | null;

/** A row of cells, in column order. */
export type Row = Cell[];

/** The column types a whole column can be inferred as. */
export type ColumnType = 'empty' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'code' | 'text';
