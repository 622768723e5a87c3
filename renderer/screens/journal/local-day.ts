/**
 * The clerk picks days in a date field (`2025-01-06`, a day of the clock on the wall); the history
 * records UTC instants. These turn a local day into the instants that bound it, so that « du 6 au
 * 7 janvier » means the same days to the clerk whatever the time zone and summer time.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function localMidnight(day: string, daysLater: number): string | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const year = Number(match[1]);
  // The API's instants have four-digit years; a date field accepts more.
  if (year < 1000 || year > 9998) return undefined;
  const midnight = new Date(year, Number(match[2]) - 1, Number(match[3]) + daysLater);
  return Number.isNaN(midnight.getTime()) ? undefined : midnight.toISOString();
}

/** The instant the local day `YYYY-MM-DD` begins (inclusive bound), or undefined for no day. */
export function startOfLocalDay(day: string): string | undefined {
  return localMidnight(day, 0);
}

/** The instant the local day after `YYYY-MM-DD` begins (exclusive bound, so the day is included). */
export function endOfLocalDay(day: string): string | undefined {
  return localMidnight(day, 1);
}
