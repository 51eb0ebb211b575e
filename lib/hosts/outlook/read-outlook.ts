import type { RawEventInput } from '../../domain/event';
import type { HostRead, ReadChip } from '../types';
import { addDays, compareWall, wallToEpoch, type WallDate } from '../wall-time';
import { parseOutlookLabel } from './parse-label';
import { outlookSelectors as S } from './selectors';

const isoToWall = (iso: string): WallDate | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
};

function shownRange(doc: Document): HostRead['range'] {
  const dates = [
    ...Array.from(doc.querySelectorAll<HTMLElement>(S.columnDate), (el) => isoToWall(el.dataset.columnDate ?? '')),
    ...Array.from(doc.querySelectorAll<HTMLElement>(S.monthCell), (el) => isoToWall(el.id.slice('monthDayCell_'.length))),
  ].filter((d): d is WallDate => d !== null);
  if (dates.length === 0) return null;
  dates.sort(compareWall);
  return { start: wallToEpoch(dates[0]!, 0, null), end: wallToEpoch(addDays(dates[dates.length - 1]!, 1), 0, null) };
}

/** Reads the events Outlook on the web shows (day, work week, week, month). Times are in the browser's zone. */
export function readOutlookCalendar(doc: Document): HostRead {
  const surface = doc.querySelector<HTMLElement>(S.surface)?.dataset.appSection ?? 'Surface_unknown';
  const view = surface.replace('Surface_', '').toLowerCase();
  const events: RawEventInput[] = [];
  const chips: ReadChip[] = [];
  const seen = new Set<string>();
  let elements = 0;
  let failures = 0;
  for (const item of Array.from(doc.querySelectorAll<HTMLElement>(S.item))) {
    const sourceId = item.dataset.calitemid;
    if (!sourceId) continue;
    chips.push({ sourceId, element: item });
    if (seen.has(sourceId)) continue;
    seen.add(sourceId);
    elements++;
    const button = item.matches(S.itemButton) ? item : item.querySelector<HTMLElement>(S.itemButton);
    const label = button?.getAttribute('aria-label') ?? item.getAttribute('aria-label') ?? '';
    const parsed = parseOutlookLabel(label);
    if (!parsed) {
      failures++;
      continue;
    }
    // The tooltip's first line is the clean subject when the label starts with an icon phrase.
    const tooltipTitle = button?.getAttribute('title')?.split('\n')[0]?.trim();
    const inHeader = item.closest(S.allDayHeader) !== null;
    const allDay = parsed.allDay || inHeader;
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
    const raw: RawEventInput = { sourceId, title: tooltipTitle && parsed.title.endsWith(tooltipTitle) ? tooltipTitle : parsed.title, start, end, allDay, cancelled: parsed.cancelled };
    if (parsed.location) raw.location = parsed.location;
    events.push(raw);
  }
  return { source: 'outlook', view, range: shownRange(doc), elements, failures, events, chips };
}
