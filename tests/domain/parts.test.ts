// The small domain modules, each at its edges (one file so each stays a few lines).
import { describe, expect, test } from 'vitest';
import { isPersonCalendar } from '../../lib/domain/events/calendar-ids';
import { eventColorOf } from '../../lib/domain/events/colors';
import { weeklyGoal } from '../../lib/domain/measure/goal';
import { CALENDAR_HOSTS, hostMatches, hostOfUrl } from '../../lib/domain/events/hosts';
import { clip, mergeRanges, unionLength } from '../../lib/domain/time/intervals';
import { median } from '../../lib/domain/time/numbers';
import { PlannedBlockSchema } from '../../lib/domain/planning/plan';
import { IsoDateSchema } from '../../lib/domain/planning/reclaimed';
import { SchoolDaySchema, dayShape } from '../../lib/domain/planning/school-day';
import { patternKey } from '../../lib/domain/events/series';
import { readSettings } from '../../lib/domain/settings/settings';
import { at } from '../builders';

test('ranges: clipped to a window, merged when they touch, empty ones dropped, in any order', () => {
  expect(clip({ start: 0, end: 10 }, { start: 5, end: 20 })).toEqual({ start: 5, end: 10 });
  expect(clip({ start: 0, end: 5 }, { start: 5, end: 20 })).toBeNull();
  expect(
    mergeRanges([
      { start: 10, end: 20 },
      { start: 0, end: 10 },
      { start: 30, end: 30 },
      { start: 25, end: 40 },
    ]),
  ).toEqual([
    { start: 0, end: 20 },
    { start: 25, end: 40 },
  ]);
  expect(
    mergeRanges([
      { start: 0, end: 10 },
      { start: 11, end: 12 },
    ]),
  ).toHaveLength(2);
  expect(
    unionLength([
      { start: 5, end: 5 },
      { start: 8, end: 4 },
    ]),
  ).toBe(0);
});

test('the median of any order; none of nothing', () => {
  expect(median([9, 1, 5])).toBe(5);
  expect(median([4, 1, 3, 2])).toBe(3);
  expect(median([])).toBeNull();
});

test('calendar hosts: manifest patterns, and a page’s calendar from its https address only', () => {
  expect(hostMatches('google')).toEqual(['https://calendar.google.com/*']);
  expect(hostMatches('outlook')).toEqual(CALENDAR_HOSTS.outlook.hostnames.map((h) => `https://${h}/*`));
  expect(hostOfUrl('https://outlook.live.com/calendar/0/view/week')).toBe('outlook');
  expect([undefined, '', 'not a url', 'http://calendar.google.com/', 'https://evil.example/'].map(hostOfUrl)).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('a person’s calendar has an address that is not one of Google’s own', () => {
  expect(isPersonCalendar('lee@lincoln.k12.us')).toBe(true);
  expect(isPersonCalendar('c_1@group.calendar.google.com')).toBe(false);
  expect(isPersonCalendar('en.usa#holiday@group.v.calendar.google.com')).toBe(false);
  expect(isPersonCalendar('no-address')).toBe(false);
});

test('an event’s own colour by its drawn hex first, else by its name; none without a name', () => {
  expect(eventColorOf({ color: '#8E24AA', colorName: 'Uva' })?.id).toBe('grape');
  expect(eventColorOf({ colorName: ' Grape ' })?.id).toBe('grape');
  expect(eventColorOf({ color: '#8e24aa' })).toBeUndefined();
  expect(eventColorOf({ color: '#123456', colorName: 'Sage' })?.id).toBe('sage');
});

test('series: the same title however it is spaced; the calendar named first of its calendars; all-day and timed apart', () => {
  const base = {
    title: 'Staff  meeting',
    start: at('2026-11-16', '15:00'),
    end: at('2026-11-16', '16:00'),
    allDay: false,
    source: 'google',
  };
  expect(patternKey(base)).toBe('google|1|15:00|60|staff meeting');
  expect(patternKey({ ...base, title: ' staff meeting' })).toBe(patternKey(base));
  expect(patternKey({ ...base, calendarId: 'z@x.org', alsoOn: ['a@x.org'] })).toBe('a@x.org|1|15:00|60|staff meeting');
  expect(patternKey({ ...base, allDay: true, start: at('2026-11-16'), end: at('2026-11-17') })).toBe(
    'google|1|all-day|1440|staff meeting',
  );
  expect(patternKey({ ...base, start: at('2026-11-16', '09:05'), end: at('2026-11-16', '09:35') })).toBe(
    'google|1|09:05|30|staff meeting',
  );
});

test('dates are real calendar dates', () => {
  expect(['2026-02-28', '2028-02-29'].map((d) => IsoDateSchema.safeParse(d).success)).toEqual([true, true]);
  expect(
    ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10'].map((d) => IsoDateSchema.safeParse(d).success),
  ).toEqual([false, false, false, false]);
});

test('a planned block ends after it starts; lunch too', () => {
  const block = { id: 'b', activity: 'walkthrough', start: 10, end: 10 };
  expect(PlannedBlockSchema.safeParse(block).error?.issues[0]?.message).toBe('A block ends after it starts');
  expect(PlannedBlockSchema.safeParse({ ...block, end: 11 }).success).toBe(true);
  const lunch = { start: '12:00', end: '12:00' };
  expect(SchoolDaySchema.safeParse({ start: '08:00', end: '15:00', lunch }).error?.issues[0]?.message).toBe(
    'Lunch must end after it starts',
  );
});

describe('the school day’s shape at its edges', () => {
  const day = new Date(2026, 10, 30);
  test('no lunch break inside class time: the classes halved, in four parts', () => {
    const shape = dayShape(
      day,
      SchoolDaySchema.parse({ start: '08:00', end: '15:00', lunch: { start: '14:45', end: '15:30' } }),
    );
    expect(shape.lunch).toBeNull();
    expect(shape.instruction).toHaveLength(2);
    expect(shape.parts).toHaveLength(4);
  });
  test('lunch right after the office time: no empty morning, and no empty part of the day', () => {
    const shape = dayShape(
      day,
      SchoolDaySchema.parse({
        start: '08:00',
        end: '15:00',
        officeMinutes: 30,
        lunch: { start: '08:30', end: '09:30' },
      }),
    );
    expect(shape.instruction.every((r) => r.end > r.start)).toBe(true);
    expect(shape.instruction).toHaveLength(1);
    expect(shape.parts.every((p) => p.range.end > p.range.start)).toBe(true);
    expect(shape.parts.map((p) => p.part)).toEqual(['early-afternoon', 'late-afternoon']);
  });
});

test('settings that are not a record, or with fields from a newer version, are read with what can be kept, and say so', () => {
  expect(readSettings([1, 2]).problem).toBe(
    'Stored settings could not be read (they were not a settings record), so defaults are in use. Check them in Settings and save.',
  );
  expect(readSettings({ role: 'janitor', weekStartsOn: 9, shiny: true }).problem).toBe(
    'Some stored settings could not be read: role, weekStartsOn were reset to the default; shiny was ignored ' +
      '(a newer version may have written it). Check them in Settings and save.',
  );
  expect(readSettings({ role: 'janitor', a: 1, b: 2 }).problem).toBe(
    'Some stored settings could not be read: role was reset to the default; a, b were ignored ' +
      '(a newer version may have written them). Check them in Settings and save.',
  );
  expect(readSettings({ role: 'janitor' }).problem).toBe(
    'Some stored settings could not be read: role was reset to the default. Check them in Settings and save.',
  );
});

test('the goal: the research share when the baseline weeks had none; a goal of one’s own says so', () => {
  const input = {
    baseline: { hours: 2, source: 'measured' as const, weeks: [] },
    firstWeekKey: null,
    weekKey: '2026-11-16',
    typicalWorkedHours: 50,
    baselineShare: null,
    overrideHours: 5,
  };
  expect(weeklyGoal(input)).toEqual({ hours: 5, share: 0.2, source: 'yours', month: 0 });
  expect(weeklyGoal({ ...input, baselineShare: 0 }).share).toBe(0.05);
});
