// How Outlook on the web pages are read, and what they cannot tell: docs/reading-calendar-pages.md.
import type { RawEventInput } from '../../domain/events/event';
import { readAll, type HostRead, type HostReader } from '../types';
import { addDays, compareWall, wallToEpoch, type WallDate } from '../wall-time';
import { parseOutlookLabel } from './parse-label';
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

/** Outlook on the web labels are read in English only (en, en-US, en-GB, …). */
const ENGLISH = /^en(-|_|$)/i;

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
      languageKnown: ENGLISH.test(doc.documentElement.lang || 'en'),
    };
    const seen = new Set<string>();
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
        if (parsed.location) raw.location = parsed.location;
        read.events.push(raw);
      },
    };
  },
};

export function readOutlookCalendar(doc: Document): HostRead {
  return readAll(outlookReader, doc);
}
