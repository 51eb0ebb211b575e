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
  /** "Declined:" before the subject. */
  declined: boolean;
  /** A chip with no subject, or only a show-as word ("Busy"): a calendar shared with limited permission. */
  busyOnly: boolean;
  location?: string;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** US "November 16, 2026" or day-month "16 November 2026". */
const DATE = String.raw`${WEEKDAY},\s(?:${MONTH}\s\d{1,2},\s\d{4}|\d{1,2}\s${MONTH}\s\d{4})`;
const TIMED = new RegExp(String.raw`^(?:(.+?),\s)?${TIME}\sto\s${TIME},\s(${DATE})(?:,\s(.*))?$`);
const ALL_DAY = new RegExp(String.raw`^(.+?),\sall day event,\s(${DATE})(?:\sto\s(${DATE}))?(?:,\s(.*))?$`, 'i');
/**
 * Trailing parts that are not the location: organizer, show-as, flags (research/outlook-calendars.md §2), with the
 * Japanese show-as words the research lists (予定あり busy, 空き free, 仮の予定 tentative, 外出中 away, 他の場所で作業
 * working elsewhere).
 */
const SHOW_AS =
  'Free|Busy|Tentative|Away|Working elsewhere|OOF|Out of office|予定あり|空き|仮の予定|外出中|他の場所で作業';
const FLAGS = 'Private|Recurring event|Exception to recurring event|Organizer|Needs response|Canceled event';
const NOT_LOCATION = new RegExp(`^(By .+|${SHOW_AS}|${FLAGS})$`, 'i');
/** A subject that is only a show-as word: the chip of a calendar shared with limited permission. */
const SHOW_AS_ONLY = new RegExp(`^(${SHOW_AS})$`, 'i');
/**
 * Prefixes before the subject (research §2): "Canceled:", "Canceled event", "Declined:" and the Japanese
 * キャンセル済み: (cancelled), 予定のキャンセル: (cancelled event), 辞退: (declined), with ASCII or full-width colons.
 */
const CANCELLED_PREFIX = /^(Canceled:|Canceled event,?|キャンセル済み[:：]|予定のキャンセル[:：])\s*/i;
const DECLINED_PREFIX = /^(Declined:|辞退[:：])\s*/i;

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
  let declined = false;
  // Icon words and prefixes, in any order and repeated ("Meeting icon, Canceled: …").
  for (let changed = true; changed; ) {
    changed = false;
    const icon = /^[^,]{1,40} icon,\s/.exec(text);
    if (icon) [text, changed] = [text.slice(icon[0].length), true];
    const gone = CANCELLED_PREFIX.exec(text);
    if (gone) [text, cancelled, changed] = [text.slice(gone[0].length), true, true];
    const no = DECLINED_PREFIX.exec(text);
    if (no) [text, declined, changed] = [text.slice(no[0].length), true, true];
  }
  // "Canceled event" may also stand among the trailing parts.
  if (/,\sCanceled event(,|$)/i.test(text)) cancelled = true;
  const timed = TIMED.exec(text);
  if (timed) {
    const [, subject, h1, m1, a1, h2, m2, a2, date, rest] = timed;
    const title = subject?.trim() ?? '';
    const start = minutes(h1!, m1!, a1);
    const end = minutes(h2!, m2!, a2);
    const day = findDates(date!, 'en')[0];
    if (start === null || end === null || !day) return null;
    const parsed: ParsedOutlookLabel = {
      title: SHOW_AS_ONLY.test(title) ? '' : title,
      allDay: false,
      startDate: day,
      endDate: day,
      startMinutes: start,
      endMinutes: end,
      cancelled,
      declined,
      busyOnly: title === '' || SHOW_AS_ONLY.test(title),
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
      declined,
      busyOnly: SHOW_AS_ONLY.test(title!.trim()),
    };
    const location = locationOf(rest);
    if (location) parsed.location = location;
    return parsed;
  }
  return null;
}
