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
