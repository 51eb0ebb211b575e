// The second half of reading a Google Calendar page, in the background worker (issue #32): the content script reads
// the chips' texts from the DOM (read-google.ts) and this turns them into events, off the calendar page's thread.
// Pure text in, plain records out: no DOM, no browser API, so it runs in the worker and in tests alike.
import type { RawEventInput } from '../../domain/events/event';
import { type ColourMode, paletteColourByHex, paletteColourByName } from '../../domain/events/colors';
import { hasMonthNames, isEnglish, registerMonthNames } from '../dates-in-text';
import { addDays, type OffsetTable, type WallDate, type WallZone, wallToEpochAt } from '../wall-time';
import { decodeDateKey } from './decode';
import { localeFor, type GoogleLocale } from './locales';
import { parseGoogleLabel, type ParsedGoogleLabel } from './parse-label';

/** One event chip as the page shows it, unparsed: what crosses from the page to the worker. */
export interface GoogleChipText {
  /** The event id (the source id). */
  id: string;
  /** The calendar the chip is on (full id), when its event id says. */
  cal?: string;
  /** The series of a recurring instance. */
  series?: string;
  /** The chip's screen-reader texts, most likely first (research §1.3); the first that parses is read. */
  texts: string[];
  /** The visible title each text holds, by position ('' when none). */
  titles: string[];
  /** The `data-datekey` of the chip's day column (a timed label without a date is on that day). */
  day?: number;
  /** A stacked chip outside month view: an all-day row. */
  allDay?: boolean;
  /** The chip's colour as written inline ("#039be5"). */
  color?: string;
}

/** A page's chips with what the worker needs to read them: the language, the display zone, the colour mode. */
export interface GoogleLabels {
  /** `<html lang>` as the page gives it. */
  lang: string;
  /** Minutes east of UTC to read wall times in, or null for the page's own zone (read-google.ts says when). */
  offset: number | null;
  /** The page's own zone around the view, sent when `offset` is null: the worker's zone need not be the page's. */
  zone?: OffsetTable;
  /** Light or dark, sent only for a translated page (a translated colour name is matched by its hex in this mode). */
  mode?: ColourMode;
  chips: GoogleChipText[];
}

export interface InterpretedLabels {
  /** Events found (each once, however many chips show it) and how many of them could not be read. */
  elements: number;
  failures: number;
  events: RawEventInput[];
  /** The source ids of events that could not be read (no badge is drawn on them). */
  unread: string[];
  calendars: { id: string; name?: string }[];
  languageKnown: boolean;
}

/**
 * Labels parsed, by their text: Google re-renders chips (week changes, edits) with the same labels, so a re-read
 * skips parsing. Bounded so a long-lived worker cannot grow it without limit.
 */
const parseCache = new Map<string, ParsedGoogleLabel | null>();
function parseCached(
  label: string,
  lang: string,
  locale: GoogleLocale,
  title: string | undefined,
  allDayHint: boolean,
): ParsedGoogleLabel | null {
  const key = `${lang}\u0000${allDayHint ? 1 : 0}\u0000${title ?? ''}\u0000${label}`;
  let parsed = parseCache.get(key);
  if (parsed === undefined) {
    if (parseCache.size > 5000) parseCache.clear();
    parsed = parseGoogleLabel(label, { lang, locale, title, allDayHint });
    parseCache.set(key, parsed);
  }
  return parsed;
}

function toEvent(
  parsed: ParsedGoogleLabel,
  columnDate: WallDate | null,
  zone: WallZone,
): { start: number; end: number; allDay: boolean } | null {
  if (parsed.allDay) {
    return {
      start: wallToEpochAt(parsed.startDate!, 0, zone),
      end: wallToEpochAt(addDays(parsed.endDate!, 1), 0, zone),
      allDay: true,
    };
  }
  const startDate = parsed.startDate ?? columnDate;
  if (!startDate) return null;
  let endDate = parsed.endDate ?? startDate;
  if (!parsed.endDate && parsed.endMinutes! <= parsed.startMinutes! && parsed.endMinutes !== parsed.startMinutes)
    endDate = addDays(startDate, 1);
  const start = wallToEpochAt(startDate, parsed.startMinutes!, zone);
  const end = wallToEpochAt(endDate, parsed.endMinutes!, zone);
  return end >= start ? { start, end, allDay: false } : null;
}

/** Without a visible title element: the segment after the times. */
function fallbackTitle(label: string): string {
  const parts = label.split(/,\s*/);
  return (parts[1] ?? parts[0] ?? '').trim().slice(0, 2000);
}

/**
 * Reads the chips' texts into events. A chip none of whose texts can be read with certainty is counted as a failure,
 * never guessed. `monthTable` gives the page language's month names when they are not registered yet (the worker
 * holds every language's table; nothing is asked of the browser's Intl).
 */
export function interpretGoogleLabels(
  labels: GoogleLabels,
  monthTable?: (code: string) => readonly [string, number][] | null,
): InterpretedLabels {
  const locale = localeFor(labels.lang);
  if (monthTable && locale.code !== 'fallback' && !hasMonthNames(locale.code)) {
    const table = monthTable(locale.code);
    if (table) registerMonthNames(locale.code, table);
  }
  const english = isEnglish(labels.lang);
  const zone: WallZone =
    labels.offset !== null ? { offset: labels.offset } : labels.zone ? { table: labels.zone } : null;
  const out: InterpretedLabels = {
    elements: 0,
    failures: 0,
    events: [],
    unread: [],
    calendars: [],
    languageKnown: locale.code !== 'fallback',
  };
  // Each event once, however many chips show it: once per day it covers, once per calendar on screen that has it
  // (an AP's and the principal's copy of one meeting), twice during the week-change animation.
  const seen = new Map<string, RawEventInput | null>();
  const calendars = new Map<string, { id: string; name?: string }>();
  const noteCalendar = (id: string, name: string | undefined) => {
    const known = calendars.get(id);
    if (known) {
      if (name && !known.name) known.name = name;
      return;
    }
    const entry = name ? { id, name } : { id };
    calendars.set(id, entry);
    out.calendars.push(entry);
  };
  // The first of a chip's texts that parses, with the visible title it holds.
  const parseChip = (chip: GoogleChipText, allDayHint: boolean) => {
    for (const [i, label] of chip.texts.entries()) {
      const title = chip.titles[i] || undefined;
      const parsed = parseCached(label, locale.code, locale.table, title, allDayHint);
      if (parsed) return { label, title, parsed };
    }
    return { label: chip.texts[0] ?? '', title: undefined, parsed: null };
  };
  for (const chip of labels.chips) {
    const sourceId = chip.id;
    const calendar = chip.cal;
    if (seen.has(sourceId)) {
      const earlier = seen.get(sourceId);
      if (!earlier || !calendar || earlier.calendarId === calendar || earlier.alsoOn?.includes(calendar)) continue;
      // Another calendar's copy of a meeting already read: the event knows both calendars.
      earlier.alsoOn = [...(earlier.alsoOn ?? []), calendar];
      if (!calendars.get(calendar)?.name) noteCalendar(calendar, parseChip(chip, false).parsed?.calendarName);
      continue;
    }
    out.elements++;
    const { label, title, parsed } = parseChip(chip, chip.allDay === true);
    const event = parsed ? toEvent(parsed, chip.day === undefined ? null : decodeDateKey(chip.day), zone) : null;
    if (!parsed || !event) {
      out.failures++;
      out.unread.push(sourceId);
      seen.set(sourceId, null);
      continue;
    }
    const raw: RawEventInput = { sourceId, title: title ?? fallbackTitle(label), ...event, response: parsed.response };
    if (calendar) {
      raw.calendarId = calendar;
      noteCalendar(calendar, parsed.calendarName);
    }
    if (chip.series) raw.seriesId = chip.series;
    if (chip.color) raw.color = chip.color;
    if (parsed.colorName) {
      // A palette colour by its name on an English page; on another page, where the name is translated, by the hex
      // it has in the page's mode. Anything else is a custom colour, kept by the name its owner gave it ("Team
      // Meetings"), whatever its hex (a custom colour may have any hex, a palette one's too).
      const palette =
        paletteColourByName(parsed.colorName) ??
        (english ? undefined : paletteColourByHex(chip.color, labels.mode ?? 'light'));
      raw.colorName = palette ? palette.name : parsed.colorName;
    }
    seen.set(sourceId, raw);
    out.events.push(raw);
  }
  return out;
}
