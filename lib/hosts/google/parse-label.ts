import type { Response } from '../../domain/events/event';
import { findDates, normalizeDigits, normalizeSpaces, type MonthForms } from '../dates-in-text';
import type { WallDate } from '../wall-time';
import type { GoogleLocale } from './locales';
import { escapeRegExp } from '../../domain/time/text';
import { labelParts } from './label-parts';

export interface ParsedGoogleLabel {
  allDay: boolean;
  /** Minutes after midnight in the calendar's display zone (timed events). */
  startMinutes?: number;
  endMinutes?: number;
  /** Dates written in the label: multi-day timed events and all-day events carry them. */
  startDate?: WallDate;
  endDate?: WallDate;
  response: Response;
  /** The calendar's name, when the label names one (calendars other than the account's own). */
  calendarName?: string;
  /** The event's own colour, as the label names it in the page's language. */
  colorName?: string;
}

interface TimeToken {
  minutes: number;
  at: number;
  end: number;
}

const tokenCache = new WeakMap<GoogleLocale, RegExp>();

function timeRegex(locale: GoogleLocale): RegExp {
  let re = tokenCache.get(locale);
  if (!re) {
    const markers = [...locale.am, ...locale.pm]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const hour = locale.hourWords?.length ? `(?:\\s?(?:${locale.hourWords.map(escapeRegExp).join('|')}))?` : '';
    // An optional marker before (prefix languages) or after the time, an optional "o'clock" word
    // between; digits are never glued to other digits.
    const after = locale.markerFirst ? '' : `(?:\\s?(${markers})(?![\\p{L}\\p{M}]))?`;
    re = new RegExp(`(?:(${markers})\\s?)?(?<![\\d.:])(\\d{1,2})(?:[:.](\\d{2}))?(?![\\d])${hour}${after}`, 'giu');
    tokenCache.set(locale, re);
  }
  return re;
}

function findTimes(text: string, locale: GoogleLocale): TimeToken[] {
  const tokens: TimeToken[] = [];
  const pm = new Set(locale.pm.map((p) => p.toLowerCase()));
  const isPm = (m: string) => pm.has(m.toLowerCase());
  for (const m of text.matchAll(timeRegex(locale))) {
    const marker = m[1] ?? m[4];
    const minutesPart = m[3];
    // A bare number is a date or a count, not a time: a time has minutes or an am/pm marker.
    if (!marker && minutesPart === undefined) continue;
    let hour = Number(m[2]);
    const minute = Number(minutesPart ?? 0);
    // Something shaped like a time that no clock shows ("9:75", "13pm", "0am"): the label is not one we can
    // read with certainty. Skipping it would read the other time alone: a wrong time, worse than none.
    if (minute > 59 || hour > 24) return [];
    if (marker) {
      if (hour < 1 || hour > 12) return [];
      hour = (hour % 12) + (isPm(marker) ? 12 : 0);
    } else if (locale.strict && !/^(0\d|1[3-9]|2[0-4])$/.test(m[2]!)) {
      return []; // "9:30" with no marker in a language we do not know: am or pm? Do not guess.
    }
    tokens.push({ minutes: hour * 60 + minute, at: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}

const responseCache = new WeakMap<GoogleLocale, { re: RegExp; byWord: Map<string, Response> } | null>();

/** One compiled pattern per language: an RSVP word standing alone between commas. */
function responseOf(text: string, locale: GoogleLocale): Response {
  let matcher = responseCache.get(locale);
  if (matcher === undefined) {
    const byWord = new Map<string, Response>();
    for (const [response, words] of Object.entries(locale.responses ?? {}) as [Response, readonly string[]][])
      for (const w of words) byWord.set(w.toLowerCase(), response);
    matcher = byWord.size
      ? { re: new RegExp(`(?:^|,)\\s*(${[...byWord.keys()].map(escapeRegExp).join('|')})\\s*(?=,|$)`, 'i'), byWord }
      : null;
    responseCache.set(locale, matcher);
  }
  const m = matcher?.re.exec(text);
  return m ? matcher!.byWord.get(m[1]!.toLowerCase())! : 'unknown';
}

/** The date region at the end of an all-day label: from the segment holding the first month name of the last date. */
function allDayDates(text: string, lang: string, forms: MonthForms | undefined): WallDate[] {
  const all = findDates(text, lang, forms);
  if (all.length === 0) return [];
  const lastYear = all[all.length - 1]!.year;
  // Keep the trailing run of dates that share the final year (a range), dropping stray numbers in titles or rooms.
  const tail: WallDate[] = [];
  for (let i = all.length - 1; i >= 0 && all[i]!.year === lastYear && tail.length < 2; i--) tail.unshift(all[i]!);
  return tail;
}

/**
 * Separators between a label's parts across languages: Latin, Arabic, CJK, Ethiopic (፣) and Myanmar (၊) commas,
 * semicolons, and the Japanese quotes around a title (「…」). Every one that follows or precedes a title in the
 * 73-language corpus is here (tests/hosts/google/corpus.test.ts checks it).
 */
export const SEPARATORS = new Set([',', '،', '，', '、', ';', '；', '፣', '၊', '「', '」']);

/**
 * Where the title starts in a label: an occurrence that stands as a part of its own (between
 * separators), so a title like "PM" or "10:30" is never found inside the time part before it.
 */
function titleStart(text: string, title: string): number {
  if (!title) return -1;
  const standsAlone = (i: number) => {
    const before = text.slice(0, i).trimEnd();
    const after = text.slice(i + title.length).trimStart();
    return (before === '' || SEPARATORS.has(before.at(-1)!)) && (after === '' || SEPARATORS.has(after[0]!));
  };
  for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) if (standsAlone(i)) return i;
  return text.indexOf(title);
}

/**
 * Reads Google Calendar's screen-reader text for one event chip, e.g.
 * "9am to 10am, Web Components Standup, Calendar: Esri, No location, June 10, 2024" or
 * "June 9, 2024 at 10:15pm to June 10, 2024 at 6:30am, Sleep, …". The time always comes first
 * (research §1.4), so only the text before the title is searched for times: titles may contain
 * commas and times. Returns null when the label cannot be read with certainty.
 */
export function parseGoogleLabel(
  label: string,
  options: {
    lang: string;
    locale: GoogleLocale;
    title?: string | undefined /** The chip sits where all-day events do (stacked, all-day row). */;
    allDayHint?: boolean;
  },
): ParsedGoogleLabel | null {
  const text = normalizeSpaces(normalizeDigits(label)).trim();
  const title = options.title ? normalizeSpaces(normalizeDigits(options.title)).trim() : '';
  const titleAt = titleStart(text, title);
  const head = titleAt > 0 ? text.slice(0, titleAt) : text;
  const rest = titleAt > 0 ? text.slice(titleAt + title.length) : text;
  const response = responseOf(rest, options.locale);
  const parts = labelParts(rest, options.lang);
  const named = (parsed: ParsedGoogleLabel): ParsedGoogleLabel => {
    if (parts.calendar) parsed.calendarName = parts.calendar;
    if (parts.color) parsed.colorName = parts.color;
    return parsed;
  };

  const lower = text.toLowerCase();
  const times = findTimes(head, options.locale);
  const allDayWord = (options.locale.allDay ?? []).some((marker) => lower.startsWith(marker.toLowerCase()));
  if (allDayWord || (options.allDayHint && times.length === 0)) {
    const dates = allDayDates(rest, options.lang, options.locale.monthForms);
    if (dates.length === 0) return null;
    return named({ allDay: true, startDate: dates[0]!, endDate: dates[dates.length - 1]!, response });
  }

  if (times.length === 0) return null;
  const [start, end = start] = times as [TimeToken, TimeToken?];
  const parsed: ParsedGoogleLabel = { allDay: false, startMinutes: start.minutes, endMinutes: end!.minutes, response };
  // Dates in the time part belong to an event crossing midnight. Languages put them before or after
  // each time ("June 9, 2024 at 10:15pm to …", "С 10:15PM 9 июня 2024 до …"), so take them in order:
  // the first is the start date, the second the end date. Anything else is a format we do not know.
  let blanked = head;
  for (const t of [...times].reverse())
    blanked = `${blanked.slice(0, t.at)}${' '.repeat(t.end - t.at)}${blanked.slice(t.end)}`;
  const dates = findDates(blanked, options.lang, options.locale.monthForms);
  if (dates.length === 2) {
    parsed.startDate = dates[0]!;
    parsed.endDate = dates[1]!;
  } else if (dates.length !== 0 || /\d{4}/.test(blanked)) return null; // dates we cannot read: never guess
  return named(parsed);
}
