import ICAL from 'ical.js';
import type { RawEvent } from '../domain/events/event';
import type { TimeRange } from '../domain/time/week';
import { DAY_MS } from '../domain/time/numbers';
import { dateFormat } from '../domain/time/format';

/** Outlook writes Windows zone names (`TZID:Pacific Standard Time`); when a file has no VTIMEZONE for one, this maps it. */
const WINDOWS_ZONES: Record<string, string> = {
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Atlantic Standard Time': 'America/Halifax',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'India Standard Time': 'Asia/Kolkata',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'China Standard Time': 'Asia/Shanghai',
  'SA Pacific Standard Time': 'America/Bogota',
  'Central America Standard Time': 'America/Guatemala',
};

export const MAX_ICS_BYTES = 30 * 1024 * 1024;

export class IcsError extends Error {}

export interface IcsEvent {
  /** Google's export uses "<event id>@google.com" as the UID: such events join the live Google events. */
  source: 'google' | 'ics';
  raw: RawEvent;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Minutes east of UTC of an IANA zone at an instant (from the browser's own zone data). */
function zoneOffsetMinutes(timeZone: string, at: number): number {
  const parts = Object.fromEntries(
    dateFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return (Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at) / 60_000;
}

function wallInZone(t: ICAL.Time, timeZone: string): number {
  const guess = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = guess - zoneOffsetMinutes(timeZone, guess) * 60_000;
  return guess - zoneOffsetMinutes(timeZone, first) * 60_000;
}

/** An ICAL time → epoch ms. Registered zones (VTIMEZONE) and UTC are handled by ical.js; Windows names by the map. */
function toEpoch(t: ICAL.Time, tzid: string | null): number {
  if (t.isDate) return new Date(t.year, t.month - 1, t.day).getTime();
  if (tzid && !ICAL.TimezoneService.has(tzid) && t.zone !== ICAL.Timezone.utcTimezone) {
    const iana = WINDOWS_ZONES[tzid] ?? (isIana(tzid) ? tzid : null);
    if (!iana)
      throw new IcsError(`The time zone "${tzid}" is not described in the file and is not one this extension knows.`);
    return wallInZone(t, iana);
  }
  return t.toJSDate().getTime();
}

function isIana(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Google's instance suffix: `_YYYYMMDDTHHMMSSZ` (UTC) for timed occurrences, `_YYYYMMDD` for all-day ones. */
function instanceSuffix(recurrenceId: ICAL.Time, epoch: number): string {
  if (recurrenceId.isDate) return `_${recurrenceId.year}${pad(recurrenceId.month)}${pad(recurrenceId.day)}`;
  const d = new Date(epoch);
  return `_${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const MAX_OCCURRENCES = 5000;

/**
 * Reads an .ics file exported from Google Calendar or Outlook: VTIMEZONE blocks (including Windows zone
 * names), recurring events (RRULE, EXDATE, RECURRENCE-ID overrides) expanded inside `range`, all-day
 * events, cancelled instances (kept, marked cancelled) and DURATION instead of DTEND. Throws IcsError
 * for anything malformed; nothing is partially returned.
 */
export function parseIcs(text: string, range: TimeRange): IcsEvent[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (error) {
    throw new IcsError(`This is not a valid calendar (.ics) file: ${(error as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw new IcsError('This is not a calendar (.ics) file: it has no VCALENDAR.');
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) throw new IcsError('The calendar file has no events.');

  const overrides = new Map<string, ICAL.Component[]>();
  const masters: ICAL.Component[] = [];
  for (const vevent of vevents) {
    const uid = vevent.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || !uid) throw new IcsError('An event in the file has no UID.');
    if (vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else masters.push(vevent);
  }
  // Overrides without a master (a single moved occurrence exported alone) are events of their own.
  for (const [uid, list] of overrides)
    if (!masters.some((m) => m.getFirstPropertyValue('uid') === uid)) masters.push(...list);

  const out: IcsEvent[] = [];
  for (const vevent of masters) {
    const event = new ICAL.Event(vevent);
    for (const exception of overrides.get(event.uid) ?? []) if (exception !== vevent) event.relateException(exception);
    const google = event.uid.endsWith('@google.com');
    const baseId = google ? event.uid.slice(0, -'@google.com'.length) : event.uid;
    const tzOf = (c: ICAL.Component, prop: string) =>
      (c.getFirstProperty(prop)?.getParameter('tzid') as string | undefined) ?? null;

    const emit = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time, recurrenceId: ICAL.Time | null) => {
      const startMs = toEpoch(start, tzOf(item.component, 'dtstart'));
      // ical.js derives the end from DTEND or DURATION; a DATE event with neither lasts one day.
      let endMs = toEpoch(end, tzOf(item.component, 'dtend') ?? tzOf(item.component, 'dtstart'));
      if (start.isDate && endMs <= startMs) endMs = startMs + DAY_MS;
      if (endMs <= range.start || startMs >= range.end) return;
      const sourceId = recurrenceId
        ? `${baseId}${instanceSuffix(recurrenceId, toEpoch(recurrenceId, tzOf(vevent, 'dtstart')))}`
        : baseId;
      const status = String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase();
      const raw: RawEvent = {
        sourceId,
        title: item.summary ?? '',
        start: startMs,
        end: Math.max(endMs, startMs),
        allDay: start.isDate,
        response: 'unknown',
        cancelled: status === 'CANCELLED',
      };
      if (item.location) raw.location = item.location;
      if (recurrenceId) raw.seriesId = baseId;
      out.push({ source: google ? 'google' : 'ics', raw });
    };

    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(), n = 0; next && n < MAX_OCCURRENCES; next = iterator.next(), n++) {
        const occurrenceStart = toEpoch(next, tzOf(vevent, 'dtstart'));
        if (occurrenceStart >= range.end) break;
        const details = event.getOccurrenceDetails(next);
        emit(details.item, details.startDate, details.endDate, details.recurrenceId);
      }
    } else {
      const recurrenceId = vevent.hasProperty('recurrence-id')
        ? (vevent.getFirstPropertyValue('recurrence-id') as ICAL.Time)
        : null;
      emit(event, event.startDate, event.endDate, recurrenceId);
    }
  }
  return out;
}
