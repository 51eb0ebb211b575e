// How Google Calendar pages are read, and what they cannot tell: docs/reading-calendar-pages.md.
import { inlineColor, normalizeColor, type HostRead, type HostReader } from '../types';
import { fullCalendarId } from '../../domain/events/calendar-ids';
import type { ColourMode } from '../../domain/events/colors';
import { addDays, localOffsets, parseGmtOffset, wallToEpoch, type WallDate } from '../wall-time';
import { isEnglish } from '../dates-in-text';
import { decodeDateKey, decodeEventId } from './decode';
import type { GoogleChipText, GoogleLabels } from './interpret';
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

/**
 * Reads what Google Calendar shows, on the page: the page's facts and each chip's texts, unparsed. Parsing them
 * (the costly part) happens in the background worker (interpret.ts, issue #32), so `events` stays empty here and
 * `labels` carries the texts; `elements` counts the events found. It only reads the DOM and returns plain records.
 */
export const googleReader: HostReader = {
  begin(doc) {
    const lang = doc.documentElement.lang || 'en';
    const days = visibleDays(doc);
    const offset = zoneOffset(displayOffset(doc), days);
    // In month view timed events are stacked chips too, so "stacked" alone does not mean all-day there.
    const monthView = (doc.body?.getAttribute('data-viewkey') ?? '') === 'MONTH';
    const labels: GoogleLabels = { lang, offset, chips: [] };
    // Read in the page's own zone: the worker that parses the labels may be in another (a page can be told one).
    if (offset === null && days) labels.zone = localOffsets(days.first, days.last);
    // A translated colour name is matched by its hex in the page's mode (a style read, once per read, and only on
    // a translated page: an English page names its palette colours).
    if (!isEnglish(lang)) labels.mode = pageMode(doc);
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
      labels,
    };
    const account = accountOf(doc);
    if (account) read.account = account;
    // Each event's texts once, and again only for another calendar's copy of it (interpret.ts names that calendar
    // from it): the same chip repeats once per day it covers and twice during the week-change animation.
    const sent = new Map<string, string[]>();
    // Chips of one day share their column: its date key is looked up once per column, not once per chip.
    let lastParent: Element | null = null;
    let lastKey: number | undefined;
    const columnKeyOf = (chip: HTMLElement) => {
      const own = chip.getAttribute('data-datekey');
      if (own) return Number(own) || undefined;
      if (!chip.parentElement || chip.parentElement !== lastParent) {
        lastParent = chip.parentElement;
        lastKey = Number(chip.closest(S.dateKeyAncestor)?.getAttribute('data-datekey')) || undefined;
      }
      return lastKey;
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
        const calendarsSent = sent.get(sourceId);
        if (calendarsSent && (!calendar || calendarsSent.includes(calendar))) return;
        if (calendarsSent) calendarsSent.push(calendar!);
        else {
          sent.set(sourceId, calendar ? [calendar] : []);
          read.elements++;
        }
        const texts = labelsOf(chip);
        const text: GoogleChipText = { id: sourceId, texts, titles: texts.map((label) => titleOf(chip, label) ?? '') };
        if (calendar) text.cal = calendar;
        if (decoded.seriesId) text.series = decoded.seriesId;
        const day = columnKeyOf(chip);
        if (day !== undefined) text.day = day;
        if (chip.hasAttribute('data-stacked-layout-chip-container') && !monthView) text.allDay = true;
        const color = colorOf(chip);
        if (color) text.color = color;
        labels.chips.push(text);
      },
    };
  },
};
