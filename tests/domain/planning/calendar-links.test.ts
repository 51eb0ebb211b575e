import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import {
  addToCalendarLink,
  blocksToIcs,
  googleCalendarLink,
  matchPlannedBlock,
  outlookLink,
  protectedTitle,
} from '../../../lib/domain/planning/calendar-links';
import { at } from '../../builders';

// 2026-12-01 09:00–09:30 in New York (the tests' zone) is 14:00–14:30 UTC.
const block = {
  id: 'walkthrough-20261201T140000Z',
  activity: 'walkthrough',
  start: at('2026-12-01', '09:00'),
  end: at('2026-12-01', '09:30'),
};
const coaching = {
  id: 'coaching-20261202T190000Z',
  activity: 'coaching',
  start: at('2026-12-02', '14:00'),
  end: at('2026-12-02', '14:45'),
};

test('Google link: the event template with UTC dates, the title that rules tag, and what it is for', () => {
  const url = new URL(googleCalendarLink(block));
  expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
  expect(url.searchParams.get('action')).toBe('TEMPLATE');
  expect(url.searchParams.get('dates')).toBe('20261201T140000Z/20261201T143000Z');
  expect(url.searchParams.get('text')).toBe('Walkthrough — protected time');
  expect(url.searchParams.get('details')).toBe(
    'Time you protected for classroom walkthroughs, from the hours AI gave back this week. ' +
      'Planned with Leadership Calendar; it will ask afterwards whether this block happened.',
  );
});

test('Outlook link: the compose deep link on the leader’s own Outlook host, with exact UTC times', () => {
  const url = new URL(outlookLink(coaching, 'outlook.office365.com'));
  expect(url.origin + url.pathname).toBe('https://outlook.office365.com/calendar/0/deeplink/compose');
  expect(url.searchParams.get('rru')).toBe('addevent');
  expect(url.searchParams.get('startdt')).toBe('2026-12-02T19:00:00Z');
  expect(url.searchParams.get('enddt')).toBe('2026-12-02T19:45:00Z');
  expect(url.searchParams.get('subject')).toBe('Coaching conversation — protected time');
});

test('.ics: valid RFC 5545 read back by ical.js, one VEVENT per block, UTC times, stable UIDs', () => {
  const text = blocksToIcs([block, coaching], at('2026-11-30', '07:00'));
  expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(
    events.map((e) => [e.uid, e.summary, e.startDate.toJSDate().getTime(), e.endDate.toJSDate().getTime()]),
  ).toEqual([
    ['walkthrough-20261201T140000Z@leadership-calendar', 'Walkthrough — protected time', block.start, block.end],
    [
      'coaching-20261202T190000Z@leadership-calendar',
      'Coaching conversation — protected time',
      coaching.start,
      coaching.end,
    ],
  ]);
  expect(events[0]!.startDate.zone.tzid).toBe('UTC');
  expect(blocksToIcs([block, coaching], 0).match(/UID:[^\r]+/g)).toEqual(text.match(/UID:[^\r]+/g));
});

test('a captured event is the planned block only at its time and with its name', () => {
  const seen = { title: protectedTitle('walkthrough'), start: block.start, end: block.end, allDay: false };
  expect(matchPlannedBlock(seen, [coaching, block])).toBe(block);
  expect(matchPlannedBlock({ ...seen, title: 'Walkthrough' }, [block])).toBe(block);
  expect(matchPlannedBlock({ ...seen, title: 'Bus duty' }, [block])).toBeUndefined();
  expect(matchPlannedBlock({ ...seen, start: block.start + 15 * 60_000 }, [block])).toBeUndefined();
  expect(matchPlannedBlock({ ...seen, allDay: true }, [block])).toBeUndefined();
});

test('the link for each calendar: Google’s template, or Outlook’s compose form on outlook.office.com unless said', () => {
  expect(addToCalendarLink('google', block)).toEqual({
    label: 'Add to Google Calendar',
    href: googleCalendarLink(block),
  });
  const outlook = addToCalendarLink('outlook', block);
  expect(outlook.label).toBe('Add to Outlook');
  const url = new URL(outlook.href);
  expect(url.hostname).toBe('outlook.office.com');
  expect(url.searchParams.get('path')).toBe('/calendar/action/compose');
  expect(url.searchParams.get('startdt')).toBe('2026-12-01T14:00:00Z');
  expect(addToCalendarLink('outlook', block, 'outlook.live.com').href).toMatch(/^https:\/\/outlook\.live\.com\//);
});

test('.ics text as written: the calendar’s header, each event’s stamp and description, text escaped and lines folded at 75 octets', () => {
  const text = blocksToIcs([block], at('2026-11-30', '07:00'));
  const lines = text.split('\r\n');
  expect(lines.slice(0, 4)).toEqual([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leadership Calendar//Protected time//EN',
    'CALSCALE:GREGORIAN',
  ]);
  expect(lines).toContain('DTSTAMP:20261130T120000Z');
  expect(lines).toContain('TRANSP:OPAQUE');
  // The description has commas and a semicolon: each escaped, and the line folded with a leading space.
  const unfolded = text.replace(/\r\n /g, '');
  expect(unfolded).toContain(
    'DESCRIPTION:Time you protected for classroom walkthroughs\\, from the hours AI gave back this week. ' +
      'Planned with Leadership Calendar\\; it will ask afterwards whether this block happened.',
  );
  const description = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
  expect(new TextEncoder().encode(lines[description]!).length).toBe(75);
  expect(lines[description + 1]!.startsWith(' ')).toBe(true);
  expect(new TextEncoder().encode(lines[description + 1]!).length).toBeLessThanOrEqual(75);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
});

test('a planned block matches within a minute at both ends, not at a minute', () => {
  const seen = { title: protectedTitle('walkthrough'), start: block.start, end: block.end, allDay: false };
  expect(matchPlannedBlock({ ...seen, start: block.start + 59_999, end: block.end - 59_999 }, [block])).toBe(block);
  expect(matchPlannedBlock({ ...seen, start: block.start + 60_000 }, [block])).toBeUndefined();
  expect(matchPlannedBlock({ ...seen, end: block.end + 60_000 }, [block])).toBeUndefined();
});
