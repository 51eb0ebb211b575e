/**
 * lib/domain/time: the week, the day and the hour — local weeks and dates (this module), merged intervals, rounding
 * and the way numbers and dates are written for a person, and the month names of every calendar language.
 * Depends on nothing else in the domain (docs/architecture.md, "Which folder may import which").
 */
import { addWeeks, format, startOfWeek } from 'date-fns';

/** Weeks and days are computed in the leader's local time zone (the runtime's), so DST weeks are 167 or 169 hours. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface TimeRange {
  start: number;
  end: number;
}

/** `YYYY-MM-DD` of a local calendar date. */
export function isoDate(ms: number | Date): string {
  return format(ms, 'yyyy-MM-dd');
}

/** Local midnight of an ISO date. */
export function fromIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function weekStartOf(ms: number | Date, weekStartsOn: WeekStartsOn): Date {
  return startOfWeek(ms, { weekStartsOn });
}

/** The week key used everywhere (plans, nudges, exports): the ISO date its first day. */
export function weekKeyOf(ms: number | Date, weekStartsOn: WeekStartsOn): string {
  return isoDate(weekStartOf(ms, weekStartsOn));
}

export function weekRange(weekKey: string): TimeRange {
  const start = fromIsoDate(weekKey);
  return { start: start.getTime(), end: addWeeks(start, 1).getTime() };
}

export function shiftWeek(weekKey: string, weeks: number): string {
  return isoDate(addWeeks(fromIsoDate(weekKey), weeks));
}

/** Week keys from `fromKey` to `toKey` inclusive. */
export function weekKeysBetween(fromKey: string, toKey: string): string[] {
  const keys: string[] = [];
  for (let key = fromKey; key <= toKey; key = shiftWeek(key, 1)) keys.push(key);
  return keys;
}
