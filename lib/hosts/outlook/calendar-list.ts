import { normalizeColor } from '../types';
import { outlookSelectors as S } from './selectors';

/**
 * Outlook's left pane lists the calendars (research/outlook-calendars.md §3): each row a button with the shown
 * state (`aria-selected`, or `aria-checked`/`aria-pressed` in later shapes), its name (`title`, else its label or
 * text) and a colour swatch. Hashed class names are never used; the swatch is the first element of the row that
 * draws a colour (inline, else computed), and a pane that is collapsed or gives no such rows is said to be so.
 */
export interface PaneCalendar {
  name: string;
  shown: boolean;
  colour?: string;
}

export type CalendarList =
  | { state: 'read'; calendars: PaneCalendar[] }
  | { state: 'collapsed' | 'unreadable'; calendars: [] };

const TRANSPARENT = /^(transparent|rgba\(0,\s*0,\s*0,\s*0\)|#00000000)$/i;

/** The colour a swatch draws: its background, else its border (the 2026 check circle is drawn either way). */
function swatchColour(row: HTMLElement): string | undefined {
  const win = row.ownerDocument.defaultView;
  const candidates = [row, ...Array.from(row.querySelectorAll<HTMLElement>('i, span, div, svg'))];
  for (const el of candidates) {
    const inline = el.style?.backgroundColor || el.style?.borderColor;
    if (inline && !TRANSPARENT.test(inline)) return normalizeColor(inline);
  }
  if (!win) return undefined;
  for (const el of candidates.slice(1)) {
    const style = win.getComputedStyle(el);
    for (const value of [style.backgroundColor, style.borderTopColor])
      if (value && !TRANSPARENT.test(value) && el.childElementCount === 0) return normalizeColor(value);
  }
  return undefined;
}

function shownState(row: HTMLElement): boolean | null {
  for (const attribute of ['aria-selected', 'aria-checked', 'aria-pressed']) {
    const value = row.getAttribute(attribute);
    if (value === 'true') return true;
    if (value === 'false') return false;
  }
  return null;
}

const nameOf = (row: HTMLElement) =>
  (row.getAttribute('title') || row.getAttribute('aria-label') || row.textContent || '').replace(/\s+/g, ' ').trim();

export function readCalendarList(doc: Document): CalendarList {
  const pane = doc.querySelector<HTMLElement>(S.leftPane);
  if (!pane || pane.getAttribute('aria-hidden') === 'true' || pane.hidden) return { state: 'collapsed', calendars: [] };
  const calendars: PaneCalendar[] = [];
  for (const row of Array.from(pane.querySelectorAll<HTMLElement>(S.calendarRow))) {
    const shown = shownState(row);
    const name = nameOf(row);
    if (shown === null || !name || name.length > 200) continue;
    const entry: PaneCalendar = { name, shown };
    const colour = swatchColour(row);
    if (colour) entry.colour = colour;
    // The same calendar listed twice (a group and "Show all") is one calendar.
    if (!calendars.some((c) => c.name === name)) calendars.push(entry);
  }
  return calendars.length ? { state: 'read', calendars } : { state: 'unreadable', calendars: [] };
}
