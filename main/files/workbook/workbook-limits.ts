/**
 * Bounds that keep a hostile or broken workbook from exhausting memory or time. A clerk's real
 * files stay far below them; a file beyond them gets a clear error instead of a frozen app.
 */
export interface WorkbookLimits {
  /** Total bytes one zip entry may inflate to. */
  maxEntryBytes: number;
  /** Inflated/compressed ratio above which a large entry is taken for a zip bomb. */
  maxCompressionRatio: number;
  /** Inflated bytes after which the ratio check applies (small XML compresses very well). */
  ratioCheckFromBytes: number;
  /** Columns a row may use: a value further right is refused (`file.too-many-columns`). */
  maxColumns: number;
  /** Bytes of a small part (workbook, relations, styles) or of one XML text run held at once. */
  maxPartBytes: number;
}

/**
 * The defaults: 2 GiB per entry, ratio 500 past 100 MiB (deflate tops out near 1 000:1, real
 * sheets stay under 200:1), 4 096 columns (Excel allows 16 384, which as dense rows would cost
 * 128 KiB per row), 256 MiB per small part.
 */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxEntryBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 500,
  ratioCheckFromBytes: 100 * 1024 ** 2,
  maxColumns: 4096,
  maxPartBytes: 256 * 1024 ** 2,
};
