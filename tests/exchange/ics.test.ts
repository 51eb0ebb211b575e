import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

/** A calendar of the given VEVENT bodies (lines without BEGIN/END). */
const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']), 'END:VCALENDAR'].join(
    '\r\n',
  );
const only = (text: string, within = range) => parseIcs(text, within).map((e) => e.raw);
const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones a file names without describing them', () => {
  test.each([
    // Windows names (Outlook) map to IANA zones; IANA names are used as they are; UTC stays UTC.
    ['a Windows zone name', 'DTSTART;TZID=Pacific Standard Time:20261105T100000', '2026-11-05T18:00:00.000Z'],
    ['an IANA zone name', 'DTSTART;TZID=America/Chicago:20261105T100000', '2026-11-05T16:00:00.000Z'],
    ['UTC', 'DTSTART:20261105T100000Z', '2026-11-05T10:00:00.000Z'],
    // A floating time (no zone at all) is the leader's own wall clock (the tests run in New York).
    ['no zone at all', 'DTSTART:20261105T100000', '2026-11-05T15:00:00.000Z'],
    // The morning the clocks went back in Los Angeles: 08:30 is Pacific Standard Time already.
    ['the day the clocks go back', 'DTSTART;TZID=Pacific Standard Time:20261101T083000', '2026-11-01T16:30:00.000Z'],
  ])('%s', (_name, start, expected) => {
    const [event] = only(calendar(`UID:a\r\n${start}\r\nDURATION:PT30M\r\nSUMMARY:Coaching`));
    expect(iso(event!.start)).toBe(expected);
    // With DURATION and no DTEND, the end is in the start's zone.
    expect(event!.end - event!.start).toBe(30 * 60_000);
  });
  test('an end in another zone than the start is read in its own zone', () => {
    const [event] = only(
      calendar(
        'UID:flight\r\nDTSTART;TZID=Pacific Standard Time:20261105T080000\r\nDTEND;TZID=Eastern Standard Time:20261105T163000\r\nSUMMARY:Conference travel',
      ),
    );
    expect([iso(event!.start), iso(event!.end)]).toEqual(['2026-11-05T16:00:00.000Z', '2026-11-05T21:30:00.000Z']);
  });
  test('a moved occurrence of a series in an undescribed zone keeps the id of the time it was moved from', () => {
    const events = only(
      calendar(
        'UID:walk@google.com\r\nDTSTART;TZID=Pacific Standard Time:20261102T090000\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:Walkthrough',
        'UID:walk@google.com\r\nRECURRENCE-ID;TZID=Pacific Standard Time:20261109T090000\r\n' +
          'DTSTART;TZID=Pacific Standard Time:20261109T110000\r\nDURATION:PT30M\r\nSUMMARY:Walkthrough (moved)',
      ),
    );
    expect(events.map((e) => [e.sourceId, iso(e.start), e.seriesId])).toEqual([
      ['walk_20261102T170000Z', '2026-11-02T17:00:00.000Z', 'walk'],
      ['walk_20261109T170000Z', '2026-11-09T19:00:00.000Z', 'walk'],
    ]);
  });
});

describe('what an event is read as', () => {
  test('an all-day event with no end lasts one day; one event alone is not a series; no title reads as empty', () => {
    const [holiday, meeting] = only(
      calendar(
        'UID:h\r\nDTSTART;VALUE=DATE:20261126\r\nSUMMARY:Thanksgiving',
        'UID:m\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z',
      ),
    );
    expect(holiday).toMatchObject({
      allDay: true,
      start: new Date(2026, 10, 26).getTime(),
      end: new Date(2026, 10, 27).getTime(),
    });
    expect(holiday!.seriesId).toBeUndefined();
    expect(meeting).toMatchObject({ sourceId: 'm', title: '', allDay: false, cancelled: false });
    expect(meeting!.seriesId).toBeUndefined();
  });
  test('an all-day event ending on its own day lasts one day, a longer one keeps its days; a timed one keeps its end', () => {
    const [same, fair, reminder] = only(
      calendar(
        'UID:s\r\nDTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261126\r\nSUMMARY:Thanksgiving',
        'UID:f\r\nDTSTART;VALUE=DATE:20261116\r\nDTEND;VALUE=DATE:20261119\r\nSUMMARY:Book fair',
        'UID:r\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T150000Z\r\nSUMMARY:Reminder',
      ),
    );
    expect([same!.start, same!.end]).toEqual([new Date(2026, 10, 26).getTime(), new Date(2026, 10, 27).getTime()]);
    expect([fair!.start, fair!.end]).toEqual([new Date(2026, 10, 16).getTime(), new Date(2026, 10, 19).getTime()]);
    expect(reminder!.end).toBe(reminder!.start);
  });
  test('an event without a UID is refused with a sentence', () => {
    expect(() => only(calendar('DTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z\r\nSUMMARY:x'))).toThrow(
      new IcsError('An event in the file has no UID.'),
    );
    expect(() => only(calendar('UID:\r\nDTSTART:20261105T150000Z\r\nSUMMARY:x'))).toThrow(
      'An event in the file has no UID.',
    );
  });
  test('a status of "cancelled" in any case marks the event cancelled', () => {
    const [event] = only(
      calendar('UID:c\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z\r\nSTATUS:cancelled\r\nSUMMARY:x'),
    );
    expect(event!.cancelled).toBe(true);
  });
  test('a moved occurrence exported without its series is an event of its own, an all-day one dated by its day', () => {
    const events = only(
      calendar(
        'UID:fair@google.com\r\nRECURRENCE-ID;VALUE=DATE:20261112\r\nDTSTART;VALUE=DATE:20261113\r\nSUMMARY:Book fair (moved)',
        'UID:pd@google.com\r\nRECURRENCE-ID:20261110T140000Z\r\nDTSTART:20261110T180000Z\r\nDTEND:20261110T190000Z\r\nSUMMARY:PD (moved)',
      ),
    );
    expect(events.map((e) => [e.sourceId, e.seriesId, e.title])).toEqual([
      ['fair_20261112', 'fair', 'Book fair (moved)'],
      ['pd_20261110T140000Z', 'pd', 'PD (moved)'],
    ]);
  });
  test('the range is half-open: an event ending as it starts, or starting as it ends, is outside', () => {
    const within = { start: Date.UTC(2026, 10, 5, 15), end: Date.UTC(2026, 10, 5, 17) };
    const text = calendar(
      'UID:before\r\nDTSTART:20261105T140000Z\r\nDTEND:20261105T150000Z\r\nSUMMARY:x',
      'UID:inside\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z\r\nSUMMARY:x',
      'UID:after\r\nDTSTART:20261105T170000Z\r\nDTEND:20261105T180000Z\r\nSUMMARY:x',
    );
    expect(only(text, within).map((e) => e.sourceId)).toEqual(['inside']);
  });
  test('a series without an end is expanded to at most 5,000 occurrences', () => {
    // One occurrence a minute from 2026-11-01 00:00Z: the 5,001st (number 5,000 from zero) starts 5,000 minutes later.
    const text = calendar(
      'UID:tick\r\nDTSTART:20261101T000000Z\r\nDURATION:PT1M\r\nRRULE:FREQ=MINUTELY\r\nSUMMARY:tick',
    );
    const t0 = Date.UTC(2026, 10, 1);
    expect(only(text, { start: t0 + 4999 * 60_000, end: t0 + 5001 * 60_000 }).map((e) => iso(e.start))).toEqual([
      iso(t0 + 4999 * 60_000),
    ]);
  });
});
