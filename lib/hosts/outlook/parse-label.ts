import { findDates, normalizeSpaces } from '../dates-in-text';
import type { WallDate } from '../wall-time';

export interface ParsedOutlookLabel {
  title: string;
  allDay: boolean;
  startDate: WallDate;
  endDate: WallDate;
  startMinutes?: number;
  endMinutes?: number;
  cancelled: boolean;
  location?: string;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** US "November 16, 2026" or day-month "16 November 2026". */
const DATE = String.raw`${WEEKDAY},\s(?:${MONTH}\s\d{1,2},\s\d{4}|\d{1,2}\s${MONTH}\s\d{4})`;
const TIMED = new RegExp(String.raw`^(.+?),\s${TIME}\sto\s${TIME},\s(${DATE})(?:,\s(.*))?$`);
const ALL_DAY = new RegExp(String.raw`^(.+?),\sall day event,\s(${DATE})(?:\sto\s(${DATE}))?(?:,\s(.*))?$`, 'i');
/** Trailing parts that are not the location: organizer, show-as, flags (research §2.4). */
const NOT_LOCATION =
  /^(By .+|Free|Busy|Tentative|Away|Working elsewhere|OOF|Out of office|Private|Recurring event|Exception to recurring event|Organizer|Needs response)$/i;

function minutes(h: string, m: string, ampm: string | undefined): number | null {
  let hour = Number(h);
  const minute = Number(m);
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 24) return null;
  return hour * 60 + minute;
}

function locationOf(rest: string | undefined): string | undefined {
  if (!rest) return undefined;
  const parts = rest.split(/,\s/);
  while (parts.length && NOT_LOCATION.test(parts[parts.length - 1]!.trim())) parts.pop();
  const location = parts.join(', ').trim();
  return location || undefined;
}

/**
 * Reads an Outlook on the web event label, anchored on the time range or the "all day event"
 * marker followed by a weekday and a date, so subjects and locations may contain commas and times:
 * "Flight NZ146 12:20pm, Mon 14 Sep, 12:20 PM to 3:25 PM, Monday, September 14, 2026, Busy, Private".
 * Handles "Canceled:" and "<X> icon," prefixes, US and day-month dates, 12 h and 24 h.
 */
export function parseOutlookLabel(label: string): ParsedOutlookLabel | null {
  let text = normalizeSpaces(label).trim();
  let cancelled = false;
  const icon = /^[^,]{1,40} icon,\s/.exec(text);
  if (icon) text = text.slice(icon[0].length);
  if (/^Canceled:\s/i.test(text)) {
    cancelled = true;
    text = text.replace(/^Canceled:\s/i, '');
  }
  const timed = TIMED.exec(text);
  if (timed) {
    const [, title, h1, m1, a1, h2, m2, a2, date, rest] = timed;
    const start = minutes(h1!, m1!, a1);
    const end = minutes(h2!, m2!, a2);
    const day = findDates(date!, 'en')[0];
    if (start === null || end === null || !day) return null;
    const parsed: ParsedOutlookLabel = {
      title: title!.trim(),
      allDay: false,
      startDate: day,
      endDate: day,
      startMinutes: start,
      endMinutes: end,
      cancelled,
    };
    const location = locationOf(rest);
    if (location) parsed.location = location;
    return parsed;
  }
  const allDay = ALL_DAY.exec(text);
  if (allDay) {
    const [, title, from, to, rest] = allDay;
    const first = findDates(from!, 'en')[0];
    const last = to ? findDates(to, 'en')[0] : first;
    if (!first || !last) return null;
    const parsed: ParsedOutlookLabel = {
      title: title!.trim(),
      allDay: true,
      startDate: first,
      endDate: last,
      cancelled,
    };
    const location = locationOf(rest);
    if (location) parsed.location = location;
    return parsed;
  }
  return null;
}
