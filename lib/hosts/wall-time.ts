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

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timeZone` (IANA) is at the instant `epoch`. */
function zoneOffsetAt(epoch: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(epoch)) if (type !== 'literal') part[type] = Number(value);
  const asUtc = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour! % 24, part.minute!, part.second!);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
}

/**
 * Epoch ms of a wall-clock time in a named zone, as `new Date(y, m, d, h, min)` gives it in that zone: the worker
 * reads a page's times in the page's zone, which need not be the worker's own (a page may be told another zone).
 * A time that falls in a spring-forward gap moves forward, an ambiguous autumn time is its first occurrence.
 */
export function wallToEpochInZone(date: WallDate, minutesOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutesOfDay);
  const guess = zoneOffsetAt(wall, timeZone);
  const first = wall - guess * 60_000;
  const actual = zoneOffsetAt(first, timeZone);
  if (actual === guess) return first;
  const second = wall - actual * 60_000;
  return zoneOffsetAt(second, timeZone) === actual ? second : Math.max(first, second);
}

/** Where wall times are read: a fixed offset (Google's "GMT-05"), a named zone, or this thread's own zone (null). */
export type WallZone = { offset: number } | { timeZone: string } | null;

export function wallToEpochAt(date: WallDate, minutesOfDay: number, zone: WallZone): number {
  if (zone && 'timeZone' in zone) return wallToEpochInZone(date, minutesOfDay, zone.timeZone);
  return wallToEpoch(date, minutesOfDay, zone ? zone.offset : null);
}
