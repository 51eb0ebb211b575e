import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { IcsError, parseIcs } from '../../lib/exchange/ics';

const read = (f: string) => readFileSync(join(__dirname, '../fixtures/ics', f), 'utf8');
const range = { start: Date.UTC(2026, 8, 1), end: Date.UTC(2026, 11, 1) };
const utc = (s: string) => new Date(s).getTime();

test('Google export: RRULE expanded, EXDATE skipped, a moved occurrence and a cancelled one, all-day, DURATION', () => {
  const events = parseIcs(read('google-export.ics'), range);
  const walks = events.filter((e) => e.raw.seriesId === 'walk3rdgrade');
  expect(walks.map((e) => [e.raw.sourceId, new Date(e.raw.start).toISOString(), e.raw.cancelled])).toEqual([
    ['walk3rdgrade_20261019T130000Z', '2026-10-19T13:00:00.000Z', false], // EDT
    ['walk3rdgrade_20261102T140000Z', '2026-11-02T15:00:00.000Z', false], // moved to 10:00 EST; keeps its original instance id
    ['walk3rdgrade_20261109T140000Z', '2026-11-09T14:00:00.000Z', true], // cancelled: kept, marked
    ['walk3rdgrade_20261116T140000Z', '2026-11-16T14:00:00.000Z', false], // after the DST change: 9:00 EST
  ]);
  expect(walks.every((e) => e.source === 'google')).toBe(true);
  expect(walks.find((e) => e.raw.sourceId.includes('20261102'))!.raw.title).toBe(
    'Walkthrough: 3rd grade reading (moved)',
  );
  const holiday = events.find((e) => e.raw.sourceId === 'vetsday')!.raw;
  expect(holiday).toMatchObject({
    allDay: true,
    start: new Date(2026, 10, 11).getTime(),
    end: new Date(2026, 10, 12).getTime(),
  });
  expect(events.find((e) => e.raw.sourceId === 'budget-nov')!.raw).toMatchObject({
    title: 'Budget review, Q2',
    location: 'Central office, Room 204',
    start: utc('2026-11-12T20:00:00Z'),
    end: utc('2026-11-12T21:30:00Z'),
  });
});

test('Outlook export: Windows zone names with and without a VTIMEZONE block, COUNT', () => {
  const events = parseIcs(read('outlook-export.ics'), range);
  const plc = events.filter((e) => e.raw.title === 'PLC: grade 4 data team');
  expect(plc.map((e) => new Date(e.raw.start).toISOString())).toEqual([
    '2026-10-27T21:00:00.000Z',
    '2026-11-03T22:00:00.000Z',
    '2026-11-10T22:00:00.000Z',
    '2026-11-17T22:00:00.000Z',
  ]);
  expect(plc.every((e) => e.source === 'ics' && e.raw.location === 'Library')).toBe(true);
  // "Eastern Standard Time" has no VTIMEZONE in this file: mapped to America/New_York.
  expect(events.find((e) => e.raw.title === 'Coaching conversation')!.raw.start).toBe(utc('2026-11-05T15:00:00Z'));
});

test('only occurrences inside the chosen range', () => {
  const events = parseIcs(read('google-export.ics'), { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 10, 10) });
  expect(events.map((e) => e.raw.sourceId).sort()).toEqual([
    'walk3rdgrade_20261102T140000Z',
    'walk3rdgrade_20261109T140000Z',
  ]);
});

test.each([
  ['not a calendar', 'hello world', /^This is not a valid calendar \(\.ics\) file: invalid line/],
  [
    'a truncated file',
    'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2026',
    /^This is not a valid calendar \(\.ics\) file: invalid ical body/,
  ],
  ['no events', 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR', /^The calendar file has no events\.$/],
  [
    'an unknown time zone',
    'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Mars Standard ' +
      'Time:20261105T100000\nDTEND;TZID=Mars Standard Time:20261105T110000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR',
    /^The time zone "Mars Standard Time" is not described in the file and is not one this extension knows\.$/,
  ],
  [
    'an event with no UID',
    'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20261105T100000Z\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR',
    /^An event in the file has no UID\.$/,
  ],
  [
    'a VTODO list, not a calendar of events',
    'BEGIN:VTODO\nUID:x\nEND:VTODO',
    /^This is not a calendar \(\.ics\) file: it has no VCALENDAR\.$/,
  ],
])('%s is a clear error, with its own sentence', (_name, text, message) => {
  let error: unknown;
  try {
    parseIcs(text, range);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(IcsError);
  expect((error as Error).message).toMatch(message);
});
