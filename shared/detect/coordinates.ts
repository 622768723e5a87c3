/**
 * Coordinates precise enough to point at a home: WGS84 degrees with 4 or more decimals
 * (≈ 11 m), as a single number, a `lat, lon` pair or WKT `POINT(lon lat)`; projected Lambert-93
 * or CC43 metres. Reference §3.11.
 */

/** What a cell holds, coordinate-wise. */
export interface CoordinateReading {
  /** `pair` when the cell holds both coordinates; `single` for one number in degrees range. */
  shape: 'pair' | 'single' | 'projected';
  /** Fewest decimals among the numbers read (precision of the cell). */
  decimals: number;
}

const NUMBER = '(-?\\d{1,3}(?:[.,]\\d+)?)';
const PAIR = new RegExp(`^${NUMBER}\\s*[,;\\s]\\s*${NUMBER}$`);
const WKT_POINT = /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/i;
const SINGLE = /^-?\d{1,3}[.,]\d+$/;
const PROJECTED = /^\d{6,7}(?:[.,]\d+)?$/;

function decimalsOf(text: string): number {
  const separator = text.search(/[.,]/);
  return separator < 0 ? 0 : text.length - separator - 1;
}

function inRange(lat: number, lon: number): boolean {
  return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat === 0 && lon === 0);
}

/** Reads one cell as coordinates, or returns null. */
export function readCoordinates(value: string): CoordinateReading | null {
  if (value.length > 60) return null;
  const wkt = WKT_POINT.exec(value);
  if (wkt) {
    const lon = Number(wkt[1]);
    const lat = Number(wkt[2]);
    return inRange(lat, lon) ? { shape: 'pair', decimals: Math.min(decimalsOf(wkt[1] ?? ''), decimalsOf(wkt[2] ?? '')) } : null;
  }
  if (SINGLE.test(value)) {
    const number = Number(value.replace(',', '.'));
    return Math.abs(number) <= 180 ? { shape: 'single', decimals: decimalsOf(value) } : null;
  }
  const pair = PAIR.exec(value);
  if (pair && /[.,]/.test(value)) {
    const first = pair[1] ?? '';
    const second = pair[2] ?? '';
    const lat = Number(first.replace(',', '.'));
    const lon = Number(second.replace(',', '.'));
    if (!inRange(lat, lon) || !first.includes('.') && !second.includes('.')) return null;
    return { shape: 'pair', decimals: Math.min(decimalsOf(first), decimalsOf(second)) };
  }
  if (PROJECTED.test(value)) {
    const number = Number(value.replace(',', '.'));
    const lambert93 = (number >= 100_000 && number <= 1_300_000) || (number >= 6_000_000 && number <= 7_200_000);
    const cc = number >= 1_000_000 && number <= 2_400_000;
    return lambert93 || cc ? { shape: 'projected', decimals: decimalsOf(value) } : null;
  }
  return null;
}

/** True when the reading locates a building: ≥ 4 decimals in degrees, metre precision when projected. */
export function isPreciseLocation(reading: CoordinateReading): boolean {
  return reading.shape === 'projected' ? true : reading.decimals >= 4;
}
