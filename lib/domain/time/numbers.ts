/** Shared numeric facts and helpers (one of each, so rounding and day lengths cannot drift). */

/** A nominal day: for ranges and windows only. Calendar days follow local time (DST days are 23 or 25 h). */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** Rounds to `places` decimal places (hours to 2 in exports, 1 on screen, 3 inside summaries). */
export function roundTo(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** The middle value (the upper middle for an even count), or null for none. */
export function median(xs: readonly number[]): number | null {
  return xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null;
}
