// How Outlook on the web pages are read, and what they cannot tell: docs/reading-calendar-pages.md.
import type { RawEventInput } from '../../domain/events/event';
import { outlookCalendarId, unmatchedCalendarId } from '../../domain/events/calendar-ids';
import { inlineColor, normalizeColor, readAll, type HostRead, type HostReader } from '../types';
import { type PaneCalendar, readCalendarList } from './calendar-list';
import { addDays, compareWall, wallToEpoch, type WallDate } from '../wall-time';
import { parseOutlookLabel } from './parse-label';
import { isEnglish } from '../dates-in-text';
import { outlookSelectors as S } from './selectors';

const isoToWall = (iso: string): WallDate | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
};

function shownRange(doc: Document): HostRead['range'] {
  const dates = [
    ...Array.from(doc.querySelectorAll<HTMLElement>(S.columnDate), (el) =>
      isoToWall(el.getAttribute('data-column-date') ?? ''),
    ),
    ...Array.from(doc.querySelectorAll<HTMLElement>(S.monthCell), (el) =>
      isoToWall(el.id.slice('monthDayCell_'.length)),
    ),
  ].filter((d): d is WallDate => d !== null);
  if (dates.length === 0) return null;
  dates.sort(compareWall);
  return { start: wallToEpoch(dates[0]!, 0, null), end: wallToEpoch(addDays(dates[dates.length - 1]!, 1), 0, null) };
}

/** The colour bar of a chip: the button's first child, an empty element (research/outlook-calendars.md §1). */
function colourBar(button: HTMLElement | null): HTMLElement | null {
  const bar = button?.firstElementChild as HTMLElement | null | undefined;
  return bar && bar.childElementCount === 0 ? bar : null;
}

/** A bar's colour as the page computes it: a style read, so only where its inline style says nothing. */
function computedColour(bar: HTMLElement): string | undefined {
  const value = bar.ownerDocument.defaultView?.getComputedStyle(bar).backgroundColor;
  return value && !/^(transparent|rgba\(0,\s*0,\s*0,\s*0\))$/.test(value) ? normalizeColor(value) : undefined;
}

/** `calendar-view-2` or `calendar-view-header-2` → 2. */
const sectionIndex = (item: HTMLElement): number | null => {
  const section = item.closest('[data-app-section^="calendar-view-"]')?.getAttribute('data-app-section') ?? '';
  const m = /^calendar-view-(?:header-)?(\d+)$/.exec(section);
  return m ? Number(m[1]) : null;
};

/**
 * Which calendar a chip is on, only when it is certain (issue #33): the one calendar shown; in Split view the
 * calendar of its column; else the one shown calendar of exactly its colour. Otherwise the calendar is not known
 * (one per colour, so the leader answers once for a colour). With the pane hidden nothing can be said: undefined.
 */
function attributor(
  doc: Document,
  read: HostRead,
): (item: HTMLElement, bar: HTMLElement | null, inline: string | undefined) => string | undefined {
  const list = readCalendarList(doc);
  read.calendarList = list.state;
  if (list.state !== 'read') return () => undefined;
  const shown = list.calendars.filter((c) => c.shown);
  read.calendars = shown.map((c) => ({ id: outlookCalendarId(c.name), name: c.name }));
  if (shown.length === 0) return () => undefined;
  if (shown.length === 1) {
    const only = outlookCalendarId(shown[0]!.name);
    return () => only;
  }
  // Split view (no public capture: research §4): one timed section per shown calendar, in the pane's order.
  const split = doc.querySelectorAll(S.timedSection).length === shown.length;
  const byColour = (colour: string | undefined): PaneCalendar | undefined => {
    const matches = colour ? shown.filter((c) => c.colour === colour) : [];
    return matches.length === 1 ? matches[0] : undefined;
  };
  return (item, bar, inline) => {
    if (split) {
      const column = sectionIndex(item);
      if (column !== null && shown[column]) return outlookCalendarId(shown[column]!.name);
    }
    const colour = inline ?? (bar ? computedColour(bar) : undefined);
    const calendar = byColour(colour);
    return calendar ? outlookCalendarId(calendar.name) : unmatchedCalendarId(colour);
  };
}

/** Reads the events Outlook on the web shows (day, work week, week, month). Times are in the browser's zone. */
export const outlookReader: HostReader = {
  begin(doc) {
    const surface = doc.querySelector<HTMLElement>(S.surface)?.getAttribute('data-app-section') ?? 'Surface_unknown';
    const read: HostRead = {
      source: 'outlook',
      view: surface.replace('Surface_', '').toLowerCase(),
      range: shownRange(doc),
      elements: 0,
      failures: 0,
      events: [],
      chips: [],
      // Outlook on the web labels are read in English only (en, en-US, en-GB, …).
      languageKnown: isEnglish(doc.documentElement.lang || 'en'),
    };
    const seen = new Set<string>();
    const calendarOf = attributor(doc, read);
    return {
      elements: Array.from(doc.querySelectorAll<HTMLElement>(S.item)),
      read,
      readOne(item) {
        const sourceId = item.getAttribute('data-calitemid');
        if (!sourceId) return;
        read.chips.push({ sourceId, element: item });
        if (seen.has(sourceId)) return;
        seen.add(sourceId);
        read.elements++;
        const button = item.matches(S.itemButton) ? item : item.querySelector<HTMLElement>(S.itemButton);
        const label = button?.getAttribute('aria-label') ?? item.getAttribute('aria-label') ?? '';
        // The label grammar is English; in another language nothing is guessed: the view shows the
        // "can't read this calendar view yet" notice and records nothing.
        const parsed = read.languageKnown ? parseOutlookLabel(label) : null;
        if (!parsed) {
          read.failures++;
          return;
        }
        // The tooltip's first line is the clean subject when the label starts with an icon phrase.
        const tooltipTitle = button?.getAttribute('title')?.split('\n')[0]?.trim();
        const allDay = parsed.allDay || item.closest(S.allDayHeader) !== null;
        let start: number;
        let end: number;
        if (allDay) {
          start = wallToEpoch(parsed.startDate, 0, null);
          end = wallToEpoch(addDays(parsed.endDate, 1), 0, null);
        } else {
          start = wallToEpoch(parsed.startDate, parsed.startMinutes!, null);
          const endDate = parsed.endMinutes! < parsed.startMinutes! ? addDays(parsed.startDate, 1) : parsed.startDate;
          end = wallToEpoch(endDate, parsed.endMinutes!, null);
        }
        const raw: RawEventInput = {
          sourceId,
          title: tooltipTitle && parsed.title.endsWith(tooltipTitle) ? tooltipTitle : parsed.title,
          start,
          end,
          allDay,
          cancelled: parsed.cancelled,
        };
        if (parsed.declined) raw.response = 'declined';
        if (parsed.busyOnly) raw.busyOnly = true;
        if (parsed.location) raw.location = parsed.location;
        // The bar's colour is read once: inline for the event, computed only if attribution needs it.
        const bar = colourBar(button);
        const colour = inlineColor(bar?.getAttribute('style') ?? null);
        const calendarId = calendarOf(item, bar, colour);
        if (calendarId) raw.calendarId = calendarId;
        if (colour) raw.color = colour;
        read.events.push(raw);
      },
    };
  },
};

export function readOutlookCalendar(doc: Document): HostRead {
  return readAll(outlookReader, doc);
}
