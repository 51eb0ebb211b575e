import type { RawEventInput } from '../domain/events/event';
import type { HostId } from '../domain/events/hosts';
import type { Reply } from '../messages/schemas';
import type { TimeRange } from '../domain/time/week';
import type { GoogleLabels } from './google/interpret';

/** One event element on the page and the event read from it (elements feed the badges). */
export interface ReadChip {
  sourceId: string;
  element: HTMLElement;
}

/** What a host adapter reads from a calendar page: plain records, validated later in the background. */
export interface HostRead {
  source: HostId;
  view: string;
  range: TimeRange | null;
  /** Event elements found (tasks and reminders excluded) and how many could not be read. */
  elements: number;
  failures: number;
  events: RawEventInput[];
  chips: ReadChip[];
  /** Google: the chips' texts, read into events by the background (lib/hosts/google/interpret.ts), not here. */
  labels?: GoogleLabels;
  /** False when the page's language is one the reader has no tables for: only unambiguous times are read. */
  languageKnown?: boolean;
  /** The calendars the events were read from, with the names the page gives them (Google; Outlook's pane). */
  calendars?: { id: string; name?: string }[];
  /** Outlook: whether the left pane's calendar list could be read (events are matched to calendars through it). */
  calendarList?: 'read' | 'collapsed' | 'unreadable';
  /** The signed-in account the page shows (Google's account button): its address is its own calendar's id. */
  account?: { email: string; name?: string };
}

/**
 * A host adapter split so a large view can be read in slices: `begin` reads page-level facts and
 * lists the event elements (cheap); `readOne` reads one element into the result.
 */
export interface HostReader {
  begin(doc: Document): { elements: HTMLElement[]; read: HostRead; readOne(element: HTMLElement): void };
}

/** Sends a message to the background and resolves with its reply (undefined once the extension was reloaded). */
export type Send = <T>(message: unknown) => Promise<Reply<T> | undefined>;

/** Where a chip holds its badge: `beside` a chip that is itself a button, `inside` (first child) otherwise. */
export type BadgeSlot = 'beside' | 'inside';

/**
 * Everything the host-independent runner, observer and badges need to know about one calendar site.
 * Each host folder exports one; the compiler checks that a new host supplies every part.
 */
export interface HostAdapter {
  id: HostId;
  reader: HostReader;
  /** Attributes whose change means the calendar re-rendered its events or moved to another range. */
  observedAttributes: readonly string[];
  /**
   * A chip that is itself a button gets its badge `beside` it: a button inside a button would change
   * the calendar's accessible name for the event and nest interactive controls.
   */
  badgeSlot(chip: HTMLElement): BadgeSlot;
  /** True while an element is still one of this calendar's event chips (badges beside others are removed). */
  isChip(element: Element): boolean;
}

/** Reads every element at once (tests, small views). */
export function readAll(reader: HostReader, doc: Document): HostRead {
  const pass = reader.begin(doc);
  for (const element of pass.elements) pass.readOne(element);
  return pass.read;
}

/** Reads in slices of `size` elements, yielding to the page between slices so no task runs long. */
export async function readInSlices(
  reader: HostReader,
  doc: Document,
  size: number,
  yieldToPage: () => Promise<void>,
  measure: <T>(name: string, work: () => T) => T,
): Promise<HostRead> {
  const pass = measure('read', () => reader.begin(doc));
  for (let i = 0; i < pass.elements.length; i += size) {
    if (i > 0) await yieldToPage();
    measure('read', () => {
      for (const element of pass.elements.slice(i, i + size)) pass.readOne(element);
    });
  }
  return pass.read;
}

/** `rgb(3, 155, 229)` → `#039be5`; anything else as written (lower case). */
export function normalizeColor(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value.trim());
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')}`;
  return value.trim().toLowerCase().slice(0, 40) || undefined;
}

/** The colour in an inline style attribute, read from the string (no style object is built). */
export function inlineColor(style: string | null): string | undefined {
  if (!style) return undefined;
  const m =
    /(?:^|;)\s*background-color\s*:\s*([^;]+)/i.exec(style) ?? /(?:^|;)\s*border-color\s*:\s*([^;]+)/i.exec(style);
  return normalizeColor(m?.[1]);
}
