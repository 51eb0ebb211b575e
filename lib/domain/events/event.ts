/**
 * lib/domain/events: what was on the calendar — an event as stored (this module), the hosts it comes from, the
 * calendars it is on and whose they are, its series, its colour, its tag and the activities a tag names.
 */
import { z } from '../../zod';
import { calendarsOf } from './calendar-ids';
import { patternKey } from './series';
import { HOST_IDS } from './hosts';

/** Where an event came from: a calendar host read live, or an imported .ics file. */
export const SOURCES = [...HOST_IDS, 'ics'] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

/** The leader's answer as the calendar shows it. `unknown` when the page does not say. */
export const RESPONSES = ['unknown', 'accepted', 'tentative', 'needs-action', 'declined'] as const;
export const ResponseSchema = z.enum(RESPONSES);
export type Response = z.infer<typeof ResponseSchema>;

const epochMs = z.number().int().min(0).max(8.64e15);

/** The fields every event has, read or stored (one definition, so the two shapes cannot drift). */
const eventFields = {
  /** The calendar's own id (Google: decoded event id incl. instance suffix; Outlook: item id; ics: UID + recurrence id). */
  sourceId: z.string().min(1).max(1024),
  title: z.string().max(2000),
  start: epochMs,
  end: epochMs,
  allDay: z.boolean(),
  location: z.string().max(2000).optional(),
  /** The calendar the event was read from (Google: in full, `name@gmail.com`; see calendar-ids.ts). */
  calendarId: z.string().max(500).optional(),
  /** Other calendars on screen showing the same meeting: one event that knows every calendar it is on. */
  alsoOn: z.array(z.string().max(500)).max(20).optional(),
  seriesId: z.string().max(1024).optional(),
  color: z.string().max(40).optional(),
  /** The event's own colour as the calendar names it ("Grape", "Grafito"); absent when it has its calendar's colour. */
  colorName: z.string().max(60).optional(),
  /**
   * Busy time without details: a chip of a calendar shared with limited permission (Outlook shows only "Busy").
   * It blocks Find time like any event, but has nothing to tag and is not counted in anyone's hours.
   */
  busyOnly: z.literal(true).optional(),
};
const endsAfterStart = { message: 'The event ends before it starts', path: ['end'] };

/** What a host adapter or the .ics importer reads: everything the calendar says about one event. */
export const RawEventSchema = z
  .strictObject({ ...eventFields, response: ResponseSchema.default('unknown'), cancelled: z.boolean().default(false) })
  .refine((e) => e.end >= e.start, endsAfterStart);
export type RawEvent = z.infer<typeof RawEventSchema>;
export type RawEventInput = z.input<typeof RawEventSchema>;

/** A stored calendar event. Never hard-deleted by a re-scan: `removedAt` marks one that disappeared. */
export const CalendarEventSchema = z
  .strictObject({
    /** `${source}:${sourceId}` — stable across re-scans and imports. */
    id: z.string().min(3).max(1100),
    source: SourceSchema,
    ...eventFields,
    response: ResponseSchema,
    cancelled: z.boolean(),
    firstSeen: epochMs,
    lastSeen: epochMs,
    removedAt: epochMs.nullable(),
    /** The same meeting stored under another id (an .ics copy of a live event): kept, counted once. */
    duplicateOf: z.string().min(3).max(1100).optional(),
    /** Calendar, weekday, start time, length and title: events sharing it week after week are a series (series.ts). */
    patternKey: z.string().max(2600).optional(),
  })
  .refine((e) => e.end >= e.start, endsAfterStart);
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

export function eventId(source: Source, sourceId: string): string {
  return `${source}:${sourceId}`;
}

export type ExclusionReason = 'all-day' | 'declined' | 'cancelled' | 'removed' | 'duplicate' | 'busy-only';

/** Why an event's time is not counted, or null when it counts. Declined and cancelled events are kept, not counted. */
export function exclusionReason(event: CalendarEvent): ExclusionReason | null {
  if (event.duplicateOf) return 'duplicate';
  if (event.removedAt !== null) return 'removed';
  if (event.cancelled) return 'cancelled';
  if (event.response === 'declined') return 'declined';
  if (event.busyOnly) return 'busy-only';
  if (event.allDay) return 'all-day';
  return null;
}

/** Builds the stored row from what was read, keeping first-seen time and clearing a removal mark. */
export function toStoredEvent(source: Source, raw: RawEvent, now: number, previous?: CalendarEvent): CalendarEvent {
  const event: CalendarEvent = {
    id: eventId(source, raw.sourceId),
    source,
    sourceId: raw.sourceId,
    title: raw.title,
    start: raw.start,
    end: raw.end,
    allDay: raw.allDay,
    response: raw.response,
    cancelled: raw.cancelled,
    firstSeen: previous?.firstSeen ?? now,
    lastSeen: now,
    removedAt: null,
  };
  if (raw.location) event.location = raw.location;
  // In a fixed order, so a page that draws a meeting's copies in another order changes nothing.
  const [calendarId, ...alsoOn] = [...new Set(calendarsOf(raw))].sort();
  if (calendarId) event.calendarId = calendarId;
  if (alsoOn.length) event.alsoOn = alsoOn;
  if (raw.seriesId) event.seriesId = raw.seriesId;
  if (raw.color) event.color = raw.color;
  if (raw.colorName) event.colorName = raw.colorName;
  if (raw.busyOnly) event.busyOnly = true;
  if (previous?.duplicateOf) event.duplicateOf = previous.duplicateOf;
  const pattern = patternKey(event);
  if (pattern) event.patternKey = pattern;
  return event;
}

/** True when re-reading changed something a person would notice (so an idempotent re-scan writes nothing new). */
export function differsMeaningfully(a: CalendarEvent, b: CalendarEvent): boolean {
  return (
    a.title !== b.title ||
    a.start !== b.start ||
    a.end !== b.end ||
    a.allDay !== b.allDay ||
    a.location !== b.location ||
    a.calendarId !== b.calendarId ||
    (a.alsoOn ?? []).join('\n') !== (b.alsoOn ?? []).join('\n') ||
    a.colorName !== b.colorName ||
    a.seriesId !== b.seriesId ||
    a.color !== b.color ||
    a.response !== b.response ||
    a.cancelled !== b.cancelled ||
    a.removedAt !== b.removedAt ||
    a.duplicateOf !== b.duplicateOf
  );
}

/** Titles compared as a person reads them: case and runs of spaces do not matter. */
export const sameTitle = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The same meeting seen twice: once live on a calendar page and once imported from that calendar's
 * .ics export (Outlook's item ids are not its .ics UIDs). Same start, end and title, one side from a
 * file and the other from a page. Returns the copy to set aside, or null.
 */
export function duplicatePair(a: CalendarEvent, b: CalendarEvent): { copy: CalendarEvent; live: CalendarEvent } | null {
  if (a.id === b.id || a.start !== b.start || a.end !== b.end || !sameTitle(a.title, b.title)) return null;
  if (a.source === 'ics' && b.source !== 'ics') return { copy: a, live: b };
  if (b.source === 'ics' && a.source !== 'ics') return { copy: b, live: a };
  return null;
}
