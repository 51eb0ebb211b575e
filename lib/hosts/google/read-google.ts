import { parseGmtOffset, addDays, wallToEpoch, type WallDate } from '../wall-time';
import { normalizeColor, type HostRead, type ReadChip } from '../types';
import type { RawEventInput } from '../../domain/event';
import { decodeDateKey, decodeEventId } from './decode';
import { localeFor } from './locales';
import { parseGoogleLabel } from './parse-label';
import { googleSelectors as S } from './selectors';

function displayOffset(doc: Document): number | null {
  const byId = doc.querySelector(S.timezone)?.textContent;
  const offset = byId ? parseGmtOffset(byId) : null;
  if (offset !== null) return offset;
  const node = doc.evaluate(S.timezoneTextXPath, doc, null, 9 /* FIRST_ORDERED_NODE_TYPE */, null).singleNodeValue;
  return node?.textContent ? parseGmtOffset(node.textContent) : null;
}

function labelOf(chip: HTMLElement): string {
  const own = chip.getAttribute('aria-label');
  if (own) return own;
  const inner = chip.querySelector(S.labelledButton)?.getAttribute('aria-label');
  if (inner) return inner;
  // Day/week views: the first child that is not aria-hidden holds the full description.
  for (const child of Array.from(chip.children)) {
    if (child.getAttribute('aria-hidden') !== 'true' && child.textContent?.trim()) return child.textContent.trim();
  }
  // Stacked chips: the hidden text sits one level down.
  for (const el of Array.from(chip.querySelectorAll('span, div'))) {
    if (!el.closest('[aria-hidden="true"]') && el.children.length === 0 && el.textContent && el.textContent.length > 8) return el.textContent.trim();
  }
  return '';
}

function titleOf(chip: HTMLElement, label: string): string | undefined {
  for (const span of Array.from(chip.querySelectorAll<HTMLElement>(S.visibleTitle))) {
    const text = span.textContent?.trim();
    if (text && label.includes(text) && !/^\d/.test(text)) return text;
  }
  return undefined;
}

function colorOf(chip: HTMLElement): string | undefined {
  const styled = chip.style.backgroundColor ? chip : chip.querySelector<HTMLElement>('[style*="background-color"]');
  return normalizeColor(styled?.style.backgroundColor || styled?.style.borderColor);
}

function visibleRange(doc: Document, offset: number | null): HostRead['range'] {
  const grid = doc.querySelector<HTMLElement>(S.visibleRange);
  let first = grid ? decodeDateKey(grid.dataset.startDateKey ?? '') : null;
  let last = grid ? decodeDateKey(grid.dataset.endDateKey ?? '') : null;
  if (!first || !last) {
    // Schedule view without a range element: first and last day groups on screen.
    const days = doc.querySelectorAll<HTMLElement>(S.scheduleDay);
    first = days.length ? decodeDateKey(days[0]!.dataset.datekey ?? '') : null;
    last = days.length ? decodeDateKey(days[days.length - 1]!.dataset.datekey ?? '') : null;
  }
  if (!first || !last) return null;
  return { start: wallToEpoch(first, 0, offset), end: wallToEpoch(addDays(last, 1), 0, offset) };
}

/**
 * Reads the events Google Calendar shows. Pure with respect to the page: it only reads the DOM
 * and returns plain records (validated by the background). A chip whose label cannot be read with
 * certainty is counted as a failure, never guessed.
 */
export function readGoogleCalendar(doc: Document): HostRead {
  const view = (doc.body?.dataset.viewkey ?? 'unknown').toLowerCase();
  const lang = doc.documentElement.lang || 'en';
  const locale = localeFor(lang);
  const offset = displayOffset(doc);
  const events: RawEventInput[] = [];
  const chips: ReadChip[] = [];
  const seen = new Map<string, boolean>();
  let elements = 0;
  let failures = 0;

  for (const chip of Array.from(doc.querySelectorAll<HTMLElement>(S.eventChip))) {
    const decoded = decodeEventId(chip.dataset.eventid ?? '');
    if (!decoded) continue; // tasks and reminders
    const sourceId = decoded.calendar ? `${decoded.eventId} ${decoded.calendar}` : decoded.eventId;
    chips.push({ sourceId, element: chip });
    // The same event is drawn once per day it covers (and twice during the week-change animation).
    if (seen.has(sourceId)) continue;
    elements++;
    const label = labelOf(chip);
    const title = titleOf(chip, label);
    const parsed = locale && label ? parseGoogleLabel(label, { lang, locale: locale.table, title }) : null;
    const columnDate = decodeDateKey(chip.closest<HTMLElement>(S.dateKeyAncestor)?.dataset.datekey ?? '');
    const event = parsed ? toEvent(parsed, columnDate, offset) : null;
    seen.set(sourceId, event !== null);
    if (!event) {
      failures++;
      continue;
    }
    const raw: RawEventInput = { sourceId, title: title ?? fallbackTitle(label), ...event, response: parsed!.response };
    if (decoded.calendar) raw.calendarId = decoded.calendar;
    if (decoded.seriesId) raw.seriesId = `${decoded.seriesId} ${decoded.calendar ?? ''}`.trim();
    const color = colorOf(chip);
    if (color) raw.color = color;
    events.push(raw);
  }
  return { source: 'google', view, range: visibleRange(doc, offset), elements, failures, events, chips };
}

function toEvent(parsed: NonNullable<ReturnType<typeof parseGoogleLabel>>, columnDate: WallDate | null, offset: number | null): { start: number; end: number; allDay: boolean } | null {
  if (parsed.allDay) {
    return { start: wallToEpoch(parsed.startDate!, 0, offset), end: wallToEpoch(addDays(parsed.endDate!, 1), 0, offset), allDay: true };
  }
  const startDate = parsed.startDate ?? columnDate;
  if (!startDate) return null;
  let endDate = parsed.endDate ?? startDate;
  if (!parsed.endDate && parsed.endMinutes! <= parsed.startMinutes! && parsed.endMinutes !== parsed.startMinutes) endDate = addDays(startDate, 1);
  const start = wallToEpoch(startDate, parsed.startMinutes!, offset);
  const end = wallToEpoch(endDate, parsed.endMinutes!, offset);
  return end >= start ? { start, end, allDay: false } : null;
}

/** Without a visible title element: the segment after the times. */
function fallbackTitle(label: string): string {
  const parts = label.split(/,\s*/);
  return (parts[1] ?? parts[0] ?? '').trim().slice(0, 2000);
}
