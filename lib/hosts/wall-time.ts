/** A calendar date and time as the page shows it, before a time zone is applied. */
export interface WallDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/**
 * Epoch ms of a wall-clock time. `offsetMinutes` is the calendar's display zone offset from UTC
 * (Google's "GMT-05" label); when unknown, the browser's own zone is used.
 */
export function wallToEpoch(date: WallDate, minutesOfDay: number, offsetMinutes: number | null): number {
  if (offsetMinutes === null) return new Date(date.year, date.month - 1, date.day, 0, minutesOfDay).getTime();
  return Date.UTC(date.year, date.month - 1, date.day, 0, minutesOfDay) - offsetMinutes * 60_000;
}

export function addDays(date: WallDate, days: number): WallDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareWall(a: WallDate, b: WallDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "GMT-05", "GMT+09", "GMT+05:30", "GMT" → minutes east of UTC; null when it is not such a label. */
export function parseGmtOffset(text: string): number | null {
  const m = /^\s*(?:GMT|UTC)\s*(?:([+-−])(\d{1,2})(?::?(\d{2}))?)?\s*$/.exec(text);
  if (!m) return null;
  if (!m[1]) return 0;
  const sign = m[1] === '+' ? 1 : -1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * A zone as a table of [from epoch ms, minutes east of UTC], in order: the offset from each instant until the next.
 * The content script writes its page's own zone this way over the days around the view (localOffsets), so the worker
 * reads wall times as the page would without asking the browser's Intl for a zone name (its first use costs the
 * calendar page some 20 ms).
 */
export type OffsetTable = [number, number][];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const offsetHere = (epoch: number) => -new Date(epoch).getTimezoneOffset();

/** This thread's own zone over `from` … `to` (each ± a week), every change found to the minute. */
export function localOffsets(from: WallDate, to: WallDate): OffsetTable {
  const start = new Date(from.year, from.month - 1, from.day - 7).getTime();
  const end = new Date(to.year, to.month - 1, to.day + 8).getTime();
  const table: OffsetTable = [[start, offsetHere(start)]];
  for (let t = start; t < end; t += DAY) {
    const next = Math.min(t + DAY, end);
    const before = table[table.length - 1]![1];
    if (offsetHere(next) === before) continue;
    // The change lies in (t, next]: halve the span down to a minute (zones change on the minute).
    let low = t;
    let high = next;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetHere(mid) === before) low = mid;
      else high = mid;
    }
    table.push([high, offsetHere(high)]);
  }
  return table;
}

function offsetInTable(epoch: number, table: OffsetTable): number {
  let offset = table[0]![1];
  for (const [from, minutes] of table) {
    if (from > epoch) break;
    offset = minutes;
  }
  return offset;
}

/**
 * Epoch ms of a wall-clock time in a zone given as a table, as `new Date(y, m, d, h, min)` gives it in that zone: a
 * time in a spring-forward gap moves forward, an ambiguous autumn time is its first occurrence.
 */
export function wallToEpochInTable(date: WallDate, minutesOfDay: number, table: OffsetTable): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutesOfDay);
  const guess = offsetInTable(wall, table);
  const first = wall - guess * 60_000;
  const actual = offsetInTable(first, table);
  if (actual === guess) return first;
  const second = wall - actual * 60_000;
  return offsetInTable(second, table) === actual ? second : Math.max(first, second);
}

/** Where wall times are read: a fixed offset (Google's "GMT-05"), a zone's table, or this thread's own zone (null). */
export type WallZone = { offset: number } | { table: OffsetTable } | null;

export function wallToEpochAt(date: WallDate, minutesOfDay: number, zone: WallZone): number {
  if (zone && 'table' in zone) return wallToEpochInTable(date, minutesOfDay, zone.table);
  return wallToEpoch(date, minutesOfDay, zone ? zone.offset : null);
}
