// How Google Calendar pages are read, and what they cannot tell: docs/reading-calendar-pages.md.
import type { RawEventInput } from '../../domain/events/event';
import { inlineColor, normalizeColor, readAll, type HostRead, type HostReader } from '../types';
import { fullCalendarId } from '../../domain/events/calendar-ids';
import { type ColourMode, paletteColourByHex, paletteColourByName } from '../../domain/events/colors';
import { addDays, parseGmtOffset, wallToEpoch, type WallDate } from '../wall-time';
import { decodeDateKey, decodeEventId } from './decode';
import { localeFor, type GoogleLocale } from './locales';
import { parseGoogleLabel, type ParsedGoogleLabel } from './parse-label';
import { googleSelectors as S } from './selectors';

function displayOffset(doc: Document): number | null {
  const byId = doc.querySelector(S.timezone)?.textContent;
  const offset = byId ? parseGmtOffset(byId) : null;
  if (offset !== null) return offset;
  const node = doc.evaluate(S.timezoneTextXPath, doc, null, 9 /* FIRST_ORDERED_NODE_TYPE */, null).singleNodeValue;
  return node?.textContent ? parseGmtOffset(node.textContent) : null;
}

const isHidden = (el: Element) => el.getAttribute('aria-hidden') === 'true';

/**
 * The screen-reader texts a chip may carry, most likely first (research §1.3: "the first child without
 * aria-hidden"). Usually one; a stacked chip can give several leaves, because the 2026 all-day chip puts its title
 * before the hidden description and may or may not hide the title (research google-dom-2025-26 §1). The reader
 * takes the first that parses, never one by its position alone.
 */
function labelsOf(chip: HTMLElement): string[] {
  const own = chip.getAttribute('aria-label');
  if (own) return [own];
  // Day/week timed chips are buttons whose first child is the hidden full description (the common case, O(1)).
  const first = chip.getAttribute('role') === 'button' ? chip.firstElementChild : null;
  if (first && !isHidden(first) && first.childElementCount === 0 && (first.textContent?.length ?? 0) > 3)
    return [first.textContent!.trim()];
  // Schedule rows: the inner button carries the label.
  const inner = chip.querySelector(S.labelledButton)?.getAttribute('aria-label');
  if (inner) return [inner];
  // Stacked chips: every non-hidden leaf, the longest first (the description is longer than the title it holds).
  const leaves: string[] = [];
  for (const el of Array.from(chip.querySelectorAll('span, div'))) {
    if (el.childElementCount === 0 && !el.closest('[aria-hidden="true"]') && (el.textContent?.length ?? 0) > 8)
      leaves.push(el.textContent!.trim());
  }
  return leaves.sort((a, b) => b.length - a.length);
}

/** The visible title: the first span of the aria-hidden block (timed chips) or the aria-hidden span (stacked chips). */
function titleOf(chip: HTMLElement, label: string): string | undefined {
  const pick = (span: Element | null) => {
    const text = span?.textContent?.trim();
    return text && label.includes(text) && !/^\d/.test(text) ? text : undefined;
  };
  for (let child = chip.firstElementChild; child; child = child.nextElementSibling) {
    if (isHidden(child)) {
      const found = pick(child.querySelector('span'));
      if (found) return found;
    }
  }
  for (const span of Array.from(chip.querySelectorAll<HTMLElement>(S.visibleTitle))) {
    const found = pick(span);
    if (found) return found;
  }
  return undefined;
}

function colorOf(chip: HTMLElement): string | undefined {
  return (
    inlineColor(chip.getAttribute('style')) ??
    inlineColor(chip.querySelector('[style*="background-color"]')?.getAttribute('style') ?? null)
  );
}

/**
 * Light or dark: Google draws the palette in other colours in dark mode (research google-dom-2025-26 §2), so a chip's
 * colour names a palette colour only within the page's mode. Read from the page's background, when needed.
 */
function pageMode(doc: Document): ColourMode {
  const win = doc.defaultView;
  for (const el of [doc.body, doc.querySelector<HTMLElement>('[role="main"]')]) {
    if (!el) continue;
    const colour = normalizeColor(el.style.backgroundColor || (win ? win.getComputedStyle(el).backgroundColor : ''));
    const rgb = colour && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(colour);
    if (!rgb) continue;
    const [r, g, b] = rgb.slice(1).map((h) => Number.parseInt(h, 16)) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.35 ? 'dark' : 'light';
  }
  return 'light';
}

/** The first and last day on screen. */
function visibleDays(doc: Document): { first: WallDate; last: WallDate } | null {
  const grid = doc.querySelector<HTMLElement>(S.visibleRange);
  let first = grid ? decodeDateKey(grid.getAttribute('data-start-date-key') ?? '') : null;
  let last = grid ? decodeDateKey(grid.getAttribute('data-end-date-key') ?? '') : null;
  if (!first || !last) {
    // Schedule view without a range element: first and last day groups on screen.
    const days = doc.querySelectorAll<HTMLElement>(S.scheduleDay);
    first = days.length ? decodeDateKey(days[0]!.getAttribute('data-datekey') ?? '') : null;
    last = days.length ? decodeDateKey(days[days.length - 1]!.getAttribute('data-datekey') ?? '') : null;
  }
  return first && last ? { first, last } : null;
}

/**
 * The zone to read wall times in. Google shows one "GMT±hh" label per view, which is wrong for part of
 * a week that crosses a DST change. When the label matches the browser's own offset on a day shown, the
 * calendar is in the browser's zone, so its full rules (DST included) are used; otherwise the label's
 * fixed offset.
 */
function zoneOffset(label: number | null, days: { first: WallDate; last: WallDate } | null): number | null {
  if (label === null || !days) return label;
  const browserAt = (d: WallDate) => -new Date(d.year, d.month - 1, d.day, 12).getTimezoneOffset();
  return label === browserAt(days.first) || label === browserAt(days.last) ? null : label;
}

/**
 * Labels parsed on this page, by their text: Google re-renders chips (week changes, edits) with the same
 * labels, so a re-read skips parsing. Bounded so a long session cannot grow it without limit.
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
  offset: number | null,
): { start: number; end: number; allDay: boolean } | null {
  if (parsed.allDay) {
    return {
      start: wallToEpoch(parsed.startDate!, 0, offset),
      end: wallToEpoch(addDays(parsed.endDate!, 1), 0, offset),
      allDay: true,
    };
  }
  const startDate = parsed.startDate ?? columnDate;
  if (!startDate) return null;
  let endDate = parsed.endDate ?? startDate;
  if (!parsed.endDate && parsed.endMinutes! <= parsed.startMinutes! && parsed.endMinutes !== parsed.startMinutes)
    endDate = addDays(startDate, 1);
  const start = wallToEpoch(startDate, parsed.startMinutes!, offset);
  const end = wallToEpoch(endDate, parsed.endMinutes!, offset);
  return end >= start ? { start, end, allDay: false } : null;
}

/**
 * The signed-in account from Google's account button: "Google Account: Ryan Roberts \n(robertspilot@gmail.com)",
 * translated except for the address, so the address is the part in parentheses and the name what stands
 * between the first colon and it.
 */
export function accountOf(doc: Document): { email: string; name?: string } | undefined {
  const label = doc.querySelector(S.accountButton)?.getAttribute('aria-label') ?? '';
  const email = /\(\s*([^()\s]+@[^()\s]+)\s*\)/.exec(label);
  if (!email) return undefined;
  const before = label.slice(0, email.index);
  const name = before.slice(before.search(/[:：]/) + 1).trim();
  return name && /[:：]/.test(before) ? { email: email[1]!, name } : { email: email[1]! };
}

/** Without a visible title element: the segment after the times. */
function fallbackTitle(label: string): string {
  const parts = label.split(/,\s*/);
  return (parts[1] ?? parts[0] ?? '').trim().slice(0, 2000);
}

/**
 * Reads the events Google Calendar shows. It only reads the DOM and returns plain records
 * (validated by the background). A chip whose label cannot be read with certainty is counted as
 * a failure, never guessed.
 */
export const googleReader: HostReader = {
  begin(doc) {
    const lang = doc.documentElement.lang || 'en';
    const locale = localeFor(lang);
    const days = visibleDays(doc);
    const offset = zoneOffset(displayOffset(doc), days);
    // In month view timed events are stacked chips too, so "stacked" alone does not mean all-day there.
    const monthView = (doc.body?.getAttribute('data-viewkey') ?? '') === 'MONTH';
    // The page's mode is needed only for a translated colour name, and reading it is a style read: read it then,
    // once per read, never on the common path (reads run on every change of the calendar).
    let mode: ColourMode | undefined;
    const modeOfPage = () => {
      mode ??= pageMode(doc);
      return mode;
    };
    const english = /^en(-|$)/i.test(lang);
    const read: HostRead = {
      source: 'google',
      view: (doc.body?.getAttribute('data-viewkey') ?? 'unknown').toLowerCase(),
      range: days
        ? { start: wallToEpoch(days.first, 0, offset), end: wallToEpoch(addDays(days.last, 1), 0, offset) }
        : null,
      elements: 0,
      failures: 0,
      events: [],
      chips: [],
      languageKnown: locale.code !== 'fallback',
      calendars: [],
    };
    const account = accountOf(doc);
    if (account) read.account = account;
    // Each event once, however many chips show it: once per day it covers, once per calendar on screen that
    // has it (an AP's and the principal's copy of one meeting), twice during the week-change animation.
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
      read.calendars!.push(entry);
    };
    // Chips of one day share their column: its date is looked up once per column, not once per chip.
    let lastParent: Element | null = null;
    let lastDate: WallDate | null = null;
    const columnDateOf = (chip: HTMLElement) => {
      if (chip.hasAttribute('data-datekey')) return decodeDateKey(chip.getAttribute('data-datekey')!);
      if (!chip.parentElement || chip.parentElement !== lastParent) {
        lastParent = chip.parentElement;
        lastDate = decodeDateKey(chip.closest(S.dateKeyAncestor)?.getAttribute('data-datekey') ?? '');
      }
      return lastDate;
    };
    // The first of a chip's texts that parses, with the visible title it holds.
    const parseChip = (chip: HTMLElement, allDayHint: boolean) => {
      const labels = labelsOf(chip);
      for (const label of labels) {
        const title = titleOf(chip, label);
        const parsed = parseCached(label, locale.code, locale.table, title, allDayHint);
        if (parsed) return { label, title, parsed };
      }
      return { label: labels[0] ?? '', title: undefined, parsed: null };
    };
    return {
      elements: Array.from(doc.querySelectorAll<HTMLElement>(S.eventChip)),
      read,
      readOne(chip) {
        const decoded = decodeEventId(chip.getAttribute('data-eventid') ?? '');
        if (!decoded) return; // tasks and reminders
        // The event id alone: the same meeting shown on two calendars is one event (counted once), and it is
        // what Google's .ics export writes as the UID ("<id>@google.com"), so imported history joins up.
        const sourceId = decoded.eventId;
        const calendar = decoded.calendar ? fullCalendarId(decoded.calendar) : undefined;
        read.chips.push({ sourceId, element: chip });
        if (seen.has(sourceId)) {
          const earlier = seen.get(sourceId);
          if (!earlier || !calendar || earlier.calendarId === calendar || earlier.alsoOn?.includes(calendar)) return;
          // Another calendar's copy of a meeting already read: the event knows both calendars.
          earlier.alsoOn = [...(earlier.alsoOn ?? []), calendar];
          if (!calendars.get(calendar)?.name) noteCalendar(calendar, parseChip(chip, false).parsed?.calendarName);
          return;
        }
        read.elements++;
        const allDayHint = chip.hasAttribute('data-stacked-layout-chip-container') && !monthView;
        const { label, title, parsed } = parseChip(chip, allDayHint);
        const columnDate = columnDateOf(chip);
        const event = parsed ? toEvent(parsed, columnDate, offset) : null;
        if (!event) {
          read.failures++;
          seen.set(sourceId, null);
          return;
        }
        const raw: RawEventInput = {
          sourceId,
          title: title ?? fallbackTitle(label),
          ...event,
          response: parsed!.response,
        };
        if (calendar) {
          raw.calendarId = calendar;
          noteCalendar(calendar, parsed!.calendarName);
        }
        if (decoded.seriesId) raw.seriesId = decoded.seriesId;
        const color = colorOf(chip);
        if (color) raw.color = color;
        if (parsed!.colorName) {
          // A palette colour by its name on an English page; on another page, where the name is translated, by the
          // hex it has in this page's mode. Anything else is a custom colour, kept by the name its owner gave it
          // ("Team Meetings"), whatever its hex (a custom colour may have any hex, a palette one's too).
          const palette =
            paletteColourByName(parsed!.colorName) ?? (english ? undefined : paletteColourByHex(color, modeOfPage()));
          raw.colorName = palette ? palette.name : parsed!.colorName;
        }
        seen.set(sourceId, raw);
        read.events.push(raw);
      },
    };
  },
};

export function readGoogleCalendar(doc: Document): HostRead {
  return readAll(googleReader, doc);
}
