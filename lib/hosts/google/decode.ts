import type { WallDate } from '../wall-time';

/**
 * Google's `data-datekey`: ((year − 1970) << 9) | (month << 5) | day, month 1–12
 * (research/calendar-dom.md §1.2; 25123 = 2019-01-03, 28975 = 2026-09-15).
 */
export function decodeDateKey(key: string | number): WallDate | null {
  const n = typeof key === 'number' ? key : Number(key);
  if (!Number.isInteger(n) || n <= 0) return null;
  const date = { year: (n >> 9) + 1970, month: (n >> 5) & 0b1111, day: n & 0b11111 };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 ? date : null;
}

export function encodeDateKey(date: WallDate): number {
  return ((date.year - 1970) << 9) | (date.month << 5) | date.day;
}

export interface DecodedEventId {
  /** The event id; recurring instances keep their `_YYYYMMDDTHHMMSSZ` instance suffix. */
  eventId: string;
  /** Calendar id; Gmail addresses are shortened to `name@m`. May be missing. */
  calendar?: string;
  /** The series id of a recurring instance (the part before the instance suffix). */
  seriesId?: string;
}

/**
 * Tasks, not events: due-time tasks (`tasks_…`, `tasks.…`, the `tasks_rollover_view` roll-up) and, since late
 * 2025, time-blocked tasks (`ttb_` + base64 of "<id> <calendar>"). A time-blocked task is a to-do with time set
 * aside, not a meeting or a visit: it is not read (docs/reading-calendar-pages.md says why), and it is told from
 * an event by its prefix, before any decoding (research google-dom-2025-26 §5).
 */
const TASK_ID = /^(tasks?[_.]|ttb_)/;

/** `data-eventid` is unpadded base64url of "<event id> <calendar>" (research §1.6). Tasks and reminders are not. */
export function decodeEventId(value: string): DecodedEventId | null {
  if (!value || TASK_ID.test(value)) return null;
  let text: string;
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    text = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  const [eventId, calendar] = text.split(' ');
  if (!eventId || !/^[A-Za-z0-9_@.-]+$/.test(eventId)) return null;
  const decoded: DecodedEventId = { eventId };
  if (calendar) decoded.calendar = calendar;
  const instance = /^(.+)_\d{8}(T\d{6}Z)?$/.exec(eventId);
  if (instance) decoded.seriesId = instance[1]!;
  return decoded;
}
