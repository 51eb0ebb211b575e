import type { RawEventInput } from '../domain/event';
import type { TimeRange } from '../domain/week';

/** One event element on the page and the event read from it (elements feed the badges). */
export interface ReadChip {
  sourceId: string;
  element: HTMLElement;
}

/** What a host adapter reads from a calendar page: plain records, validated later in the background. */
export interface HostRead {
  source: 'google' | 'outlook';
  view: string;
  range: TimeRange | null;
  /** Event elements found (tasks and reminders excluded) and how many could not be read. */
  elements: number;
  failures: number;
  events: RawEventInput[];
  chips: ReadChip[];
}

/** `rgb(3, 155, 229)` → `#039be5`; anything else as written (lower case). */
export function normalizeColor(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value.trim());
  if (rgb) return `#${rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return value.trim().toLowerCase().slice(0, 40) || undefined;
}
