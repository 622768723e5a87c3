/**
 * Coordinates rounded to a chosen precision (« généraliser »). At Toulouse's latitude 4 decimals
 * of a degree locate a building and 3 decimals a block of about 110 m (detection note §3.11).
 * Projected coordinates in metres (Lambert-93, CC43) are rounded to the matching step:
 * 10^(5 − decimals) m, so 3 decimals ≈ 100 m whatever the system. A value that is not a
 * coordinate is emptied rather than published as is.
 */
import type { Cell } from '../table/cell.js';
import { parseNumber } from '../table/value-parse.js';

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
const PAIR = new RegExp(String.raw`^\s*(${NUMBER})\s*([,;]|\s)\s*(${NUMBER})\s*$`);
const PAIR_WITH_POINTS = new RegExp(String.raw`^\s*([-+]?\d+(?:\.\d+)?)\s*([,;]|\s)\s*([-+]?\d+(?:\.\d+)?)\s*$`);
const WKT_POINT = /^\s*POINT\s*Z?\s*\(\s*([^)]*)\)\s*$/i;

/** Rounds one coordinate: degrees to `decimals` places, metres (beyond ±180) to 10^(5 − decimals) m. */
export function roundCoordinate(value: number, decimals: number): string {
  if (Math.abs(value) > 180) {
    const step = 10 ** Math.max(0, 5 - decimals);
    const rounded = Math.round(value / step) * step;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  }
  const text = value.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Rounds a cell holding a number, a `lat, lon` / `lat;lon` / `lat lon` pair, a WKT `POINT` or a
 * GeoJSON geometry; empty when it holds none of these.
 */
export function roundCoordinates(cell: Cell, decimals: number): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return roundCoordinate(cell, decimals);
  if (typeof cell !== 'string') return '';
  const single = parseNumber(cell);
  if (single !== null) return roundCoordinate(single, decimals);
  const wkt = WKT_POINT.exec(cell);
  if (wkt) {
    const numbers = (wkt[1] ?? '').trim().split(/\s+/).map(Number);
    if (numbers.length < 2 || numbers.some((n) => !Number.isFinite(n))) return '';
    return `POINT (${numbers.map((n) => roundCoordinate(n, decimals)).join(' ')})`;
  }
  const pair = PAIR_WITH_POINTS.exec(cell) ?? PAIR.exec(cell);
  if (pair) {
    const first = parseNumber(pair[1] ?? '');
    const second = parseNumber(pair[3] ?? '');
    if (first === null || second === null) return '';
    const separator = pair[2] === ';' ? ';' : pair[2] === ',' ? ', ' : ' ';
    return `${roundCoordinate(first, decimals)}${separator}${roundCoordinate(second, decimals)}`;
  }
  return roundGeoJson(cell, decimals);
}

function roundGeoJson(text: string, decimals: number): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return '';
  try {
    const geometry = JSON.parse(trimmed) as unknown;
    if (typeof geometry !== 'object' || geometry === null || !('coordinates' in geometry)) return '';
    const rounded = roundNested((geometry as { coordinates: unknown }).coordinates, decimals);
    if (rounded === undefined) return '';
    return JSON.stringify({ ...geometry, coordinates: rounded });
  } catch {
    return '';
  }
}

function roundNested(value: unknown, decimals: number): unknown {
  if (typeof value === 'number') return Number(roundCoordinate(value, decimals));
  if (!Array.isArray(value)) return undefined;
  const out = value.map((item) => roundNested(item, decimals));
  return out.includes(undefined) ? undefined : out;
}
