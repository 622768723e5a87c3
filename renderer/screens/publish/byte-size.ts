/**
 * A file size as the clerk reads it, in the locale's units (« 1,2 Mo », « 350 ko » in French),
 * in decimal multiples as the portals show their upload limits.
 */
export function formatByteSize(bytes: number, intlLocale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
