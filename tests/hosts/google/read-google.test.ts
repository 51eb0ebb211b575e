import { describe, expect, test } from 'vitest';
import { decodeDateKey, decodeEventId, encodeDateKey } from '../../../lib/hosts/google/decode';
import { accountOf } from '../../../lib/hosts/google/read-google';
import { readGoogleCalendar } from '../../../lib/hosts/google/read-whole';
import { parseGmtOffset } from '../../../lib/hosts/wall-time';
import { renderGooglePage, type GoogleLang } from '../../fixtures/calendar-pages';
import { principalWeek } from '../../fixtures/principal-week';
import { readFixture } from '../../fixtures/read-fixture';
import { overlayWeek, PRINCIPAL } from '../../fixtures/overlay-week';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// Fixture pages show Eastern time ("GMT-05"); expected instants are written in that zone.
const est = (date: string, time: string) => new Date(`${date}T${time}:00-05:00`).getTime();

describe('decoding', () => {
  test.each([
    [25123, { year: 2019, month: 1, day: 3 }],
    [24942, { year: 2018, month: 11, day: 14 }],
    [28975, { year: 2026, month: 9, day: 15 }],
  ])('datekey %i', (key, date) => {
    expect(decodeDateKey(key)).toEqual(date);
    expect(encodeDateKey(date)).toBe(key);
  });
  test('the real 2019 event id from research §1.6', () => {
    expect(decodeEventId('NTQyaDd2bzY1bXEzNjE0YmJraWYxdGo1bzJfMjAxOTAxMzBUMDAwMDAwWiB5b3NoaWFraTIwMTY0MTRAbQ')).toEqual(
      {
        eventId: '542h7vo65mq3614bbkif1tj5o2_20190130T000000Z',
        calendar: 'yoshiaki2016414@m',
        seriesId: '542h7vo65mq3614bbkif1tj5o2',
      },
    );
  });
  test('tasks are not events', () => {
    expect(decodeEventId('tasks_CpmpnDyL3smswR0R')).toBeNull();
  });
  test.each([
    ['GMT-05', -300],
    ['GMT+09', 540],
    ['GMT+05:30', 330],
    ['GMT', 0],
    ['Monday', null],
  ])('time zone label %s', (text, offset) => expect(parseGmtOffset(text)).toBe(offset));
});

describe.each([
  ['week.en-US.12h.html', 'week', 'en', true],
  ['week.en-GB.24h.html', 'week', 'en-GB', false],
  ['week.de.24h.html', 'week', 'de', false],
  ['week.es.12h.html', 'week', 'es', true],
] as const)('Google %s', (file, view, lang, hour12) => {
  const html = renderGooglePage({
    view,
    lang: lang as GoogleLang,
    hour12,
    firstDay: '2026-11-16',
    events: principalWeek('2026-11-16'),
  });
  test('matches the committed fixture', () => expect(readFixture('google', file)).toBe(html));
  const read = readGoogleCalendar(load(html));

  test('reads every event exactly once, with no failures', () => {
    expect(read.failures).toBe(0);
    expect(read.elements).toBe(20);
    expect(read.events).toHaveLength(20);
    expect(read.view).toBe('week');
    expect(read.range).toEqual({ start: est('2026-11-16', '00:00'), end: est('2026-11-23', '00:00') });
  });

  test('times in the display zone, titles with commas, colours and series', () => {
    const byTitle = (t: string) => read.events.find((e) => e.title === t)!;
    expect(byTitle('Walkthrough: grade 3 reading')).toMatchObject({
      start: est('2026-11-16', '09:00'),
      end: est('2026-11-16', '09:45'),
      allDay: false,
      color: '#0b8043',
    });
    expect(byTitle('Walkthrough, 7th grade math at 10:30')).toMatchObject({
      start: est('2026-11-18', '10:30'),
      end: est('2026-11-18', '11:15'),
    });
    expect(byTitle('Grade 4 PLC, data team')).toMatchObject({
      start: est('2026-11-17', '14:00'),
      end: est('2026-11-17', '15:00'),
    });
    expect(byTitle('Overnight lock-in supervision')).toMatchObject({
      start: est('2026-11-20', '22:00'),
      end: est('2026-11-21', '01:00'),
    });
    expect(byTitle('Staff PD day')).toMatchObject({
      allDay: true,
      start: est('2026-11-18', '00:00'),
      end: est('2026-11-19', '00:00'),
    });
    const bus = read.events.filter((e) => e.title === 'Bus duty');
    expect(bus).toHaveLength(2);
    expect(bus[0]!.seriesId).toBe('busduty1');
    expect(bus[0]!.sourceId).toBe('busduty1_20261116T071500Z');
    expect(bus[0]!.calendarId).toBe('principal@gmail.com');
  });

  test('the badge targets include both segments of an event drawn on two days', () => {
    expect(read.chips.filter((c) => c.sourceId.startsWith('late1')).length).toBe(2);
  });
});

test('declined events carry the RSVP state (English)', () => {
  const read = readGoogleCalendar(load(readFixture('google', 'week.en-US.12h.html')));
  expect(read.events.find((e) => e.title === 'District principals meeting')?.response).toBe('declined');
});

test.each([
  ['day.en-US.12h.html', 'day', 4],
  ['schedule.en-US.12h.html', 'agenda', 20],
  ['month.en-GB.24h.html', 'month', 20],
])('Google %s reads the events it shows', (file, view, count) => {
  const read = readGoogleCalendar(load(readFixture('google', file)));
  expect(read.view).toBe(view);
  expect(read.failures).toBe(0);
  expect(read.events).toHaveLength(count);
  expect(read.range).not.toBeNull();
  const walk = read.events.find((e) => e.title === 'Walkthrough: grade 3 reading');
  expect(walk).toMatchObject({ start: est('2026-11-16', '09:00'), end: est('2026-11-16', '09:45') });
});

test('a language we have no table for: unambiguous times are read, ambiguous ones are not guessed', () => {
  const english = readGoogleCalendar(load(readFixture('google', 'week.en-US.12h.html')));
  const unknown = readGoogleCalendar(
    load(readFixture('google', 'week.en-US.12h.html').replace('<html lang="en">', '<html lang="xx">')),
  );
  // "9am to 10am": Google's own am/pm words are known in every language.
  expect(unknown.events.filter((e) => !e.allDay).map((e) => [e.start, e.end])).toEqual(
    english.events.filter((e) => !e.allDay).map((e) => [e.start, e.end]),
  );
  // "9:00 to 10:00" with no marker in an unknown language could be 9 pm: never guessed.
  const ambiguous = readFixture('google', 'week.en-US.12h.html')
    .replace('<html lang="en">', '<html lang="xx">')
    .replace(
      /class="XuJrye">(\d{1,2})(?::(\d\d))?(am|pm) to (\d{1,2})(?::(\d\d))?(am|pm)/g,
      (_m, h1, m1, _a, h2, m2) => `class="XuJrye">${h1}:${m1 ?? '00'} to ${h2}:${m2 ?? '00'}`,
    );
  const read = readGoogleCalendar(load(ambiguous));
  const truth = new Map(english.events.map((e) => [e.sourceId, [e.start, e.end]]));
  expect(read.events.filter((e) => JSON.stringify([e.start, e.end]) !== JSON.stringify(truth.get(e.sourceId)))).toEqual(
    [],
  );
  expect(read.failures).toBeGreaterThan(10);
});

test('a changed label format reads as failures, never wrong times', () => {
  const html = readFixture('google', 'week.en-US.12h.html').replace(
    /class="XuJrye">[^<]*/g,
    'class="XuJrye">Event at some point',
  );
  const read = readGoogleCalendar(load(html));
  expect(read.events.filter((e) => !e.allDay)).toHaveLength(0);
  expect(read.failures).toBeGreaterThan(15);
});

describe('a week that crosses the end of daylight saving time (browser in America/New_York)', () => {
  const events = [
    { id: 'before', title: 'Walkthrough before the change', start: '2026-10-26T09:00', end: '2026-10-26T10:00' },
    { id: 'after', title: 'Coaching after the change', start: '2026-11-01T10:00', end: '2026-11-01T11:00' },
  ];
  test('the calendar in the browser zone: both sides of the change are exact', () => {
    const read = readGoogleCalendar(
      load(
        renderGooglePage({
          view: 'week',
          lang: 'en',
          hour12: true,
          firstDay: '2026-10-26',
          events,
          gmtLabel: 'GMT-04',
        }),
      ),
    );
    expect(read.events.map((e) => [e.title, e.start])).toEqual([
      ['Walkthrough before the change', new Date('2026-10-26T09:00:00-04:00').getTime()],
      ['Coaching after the change', new Date('2026-11-01T10:00:00-05:00').getTime()],
    ]);
  });
  test('a calendar in another zone uses the label offset', () => {
    const read = readGoogleCalendar(
      load(
        renderGooglePage({
          view: 'week',
          lang: 'en',
          hour12: true,
          firstDay: '2026-10-26',
          events,
          gmtLabel: 'GMT+09',
        }),
      ),
    );
    expect(read.events.find((e) => e.title === 'Walkthrough before the change')!.start).toBe(
      new Date('2026-10-26T09:00:00+09:00').getTime(),
    );
  });
});

describe('a week with four calendars overlaid (week.overlay.en-US.12h.html)', () => {
  const html = renderGooglePage({
    view: 'week',
    lang: 'en',
    hour12: true,
    firstDay: '2026-12-07',
    events: overlayWeek('2026-12-07'),
    account: PRINCIPAL,
  });
  test('matches the committed fixture', () => expect(readFixture('google', 'week.overlay.en-US.12h.html')).toBe(html));
  const read = readGoogleCalendar(load(html));
  const byTitle = (t: string) => read.events.find((e) => e.title === t)!;

  test('the signed-in account comes from the account button (name and address)', () => {
    expect(read.account).toEqual({ email: 'lee@lincoln.k12.us', name: 'Dr. Lee' });
  });
  test("each event knows its calendar, written out in full; Google's short domains are expanded", () => {
    expect(byTitle('Walkthrough: grade 2 reading').calendarId).toBe('lee@lincoln.k12.us');
    expect(byTitle('Formal observation: Mr. Chen').calendarId).toBe('rivera@lincoln.k12.us');
    expect(byTitle('Winter concert').calendarId).toBe('c_8f2a1lincolnevents@group.calendar.google.com');
    expect(byTitle('Pearl Harbor Remembrance Day').calendarId).toBe('en.usa#holiday@group.v.calendar.google.com');
  });
  test('a meeting drawn on two calendars is one event that knows both', () => {
    expect(read.events.filter((e) => e.title === 'Admin team meeting')).toHaveLength(1);
    expect(byTitle('Admin team meeting')).toMatchObject({
      calendarId: 'lee@lincoln.k12.us',
      alsoOn: ['rivera@lincoln.k12.us'],
    });
    expect(read.elements).toBe(15);
    expect(read.events).toHaveLength(15);
    expect(read.failures).toBe(0);
    // Both copies keep their badge.
    expect(read.chips.filter((c) => c.sourceId === 'ow-admin')).toHaveLength(2);
  });
  test('calendars are named as the label names them; the account’s own calendar has no name part', () => {
    expect(read.calendars).toEqual([
      { id: 'en.usa#holiday@group.v.calendar.google.com', name: 'Holidays in United States' },
      { id: 'lee@lincoln.k12.us' },
      { id: 'rivera@lincoln.k12.us', name: 'Ms. Rivera' },
      { id: 'c_8f2a1lincolnevents@group.calendar.google.com', name: 'Lincoln Elementary events' },
    ]);
  });
  test('an event with its own colour names it; the others are in their calendar’s colour', () => {
    expect(byTitle('Check-in: Ms. Patel')).toMatchObject({ color: '#8e24aa', colorName: 'Grape' });
    expect(read.events.filter((e) => e.colorName)).toHaveLength(1);
  });
  test('a calendar named only on its second copy of a meeting is still named', () => {
    // Only the AP's copy of the admin meeting names her calendar when the AP has no other events on screen.
    const only = overlayWeek('2026-12-07').filter((e) => e.id === 'ow-admin');
    const r = readGoogleCalendar(
      load(renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: '2026-12-07', events: only })),
    );
    expect(r.calendars).toContainEqual({ id: 'rivera@lincoln.k12.us', name: 'Ms. Rivera' });
  });
  test('no account button, no account', () => {
    expect(readGoogleCalendar(load(readFixture('google', 'week.en-US.12h.html'))).account).toBeUndefined();
  });
});

test.each([
  [
    'Google Account: Ryan Roberts  \n(robertspilot@gmail.com)',
    { email: 'robertspilot@gmail.com', name: 'Ryan Roberts' },
  ],
  ['Tài khoản Google: Nguyễn Văn A\n(a@example.vn)', { email: 'a@example.vn', name: 'Nguyễn Văn A' }],
  ['Googleアカウント： 山田太郎 (taro@example.jp)', { email: 'taro@example.jp', name: '山田太郎' }],
  ['(only@example.org)', { email: 'only@example.org' }],
  ['Google Account: No address here', undefined],
])('the account button label %j', (label, account) => {
  const doc = load(
    `<a href="https://accounts.google.com/SignOutOptions?hl=en" aria-label="${label.replace(/"/g, '&quot;')}" role="button"></a>`,
  );
  expect(accountOf(doc)).toEqual(account);
});
