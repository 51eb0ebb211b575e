import { describe, expect, test } from 'vitest';
import {
  CalendarEventSchema,
  type CalendarEvent,
  differsMeaningfully,
  duplicatePair,
  RawEventSchema,
  sameTitle,
  toStoredEvent,
} from '../../../lib/domain/events/event';
import { at, makeEvent } from '../../builders';

const START = at('2026-11-16', '09:00');
const raw = (over: Record<string, unknown> = {}) =>
  RawEventSchema.parse({
    sourceId: 'a1',
    title: 'Walkthrough',
    start: START,
    end: START + 30 * 60_000,
    allDay: false,
    ...over,
  });

describe('an event ends when or after it starts', () => {
  test.each([
    ['read from a page', (end: number) => RawEventSchema.safeParse({ ...raw(), end })],
    ['stored', (end: number) => CalendarEventSchema.safeParse({ ...makeEvent({ start: START, end: START }), end })],
  ])('%s', (_name, parse) => {
    expect(parse(START).success).toBe(true); // a reminder: no length
    const before = parse(START - 1);
    expect(before.success).toBe(false);
    expect(before.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['end', 'The event ends before it starts'],
    ]);
  });
});

describe('the stored row from what was read', () => {
  test('only what the calendar said: no empty fields for what it did not say', () => {
    const stored = toStoredEvent('google', raw(), 100);
    expect(stored).toStrictEqual({
      id: 'google:a1',
      source: 'google',
      sourceId: 'a1',
      title: 'Walkthrough',
      start: START,
      end: START + 30 * 60_000,
      allDay: false,
      response: 'unknown',
      cancelled: false,
      firstSeen: 100,
      lastSeen: 100,
      removedAt: null,
      patternKey: 'google|1|09:00|30|walkthrough',
    });
  });
  test('everything it said, each calendar once and in a fixed order; the first-seen time and a duplicate mark are kept', () => {
    const full = raw({
      location: 'Room 12',
      calendarId: 'school@x.org',
      alsoOn: ['ap@x.org', 'school@x.org'],
      seriesId: 's1',
      color: '#8e24aa',
      colorName: 'Grape',
    });
    const previous = { ...toStoredEvent('google', raw(), 5), removedAt: 50, duplicateOf: 'ics:a1' };
    const stored = toStoredEvent('google', full, 100, previous);
    expect(stored).toMatchObject({
      location: 'Room 12',
      calendarId: 'ap@x.org',
      alsoOn: ['school@x.org'],
      seriesId: 's1',
      color: '#8e24aa',
      colorName: 'Grape',
      firstSeen: 5,
      lastSeen: 100,
      removedAt: null,
      duplicateOf: 'ics:a1',
    });
    // Read again with the calendars in the other order: the same row.
    const swapped = toStoredEvent(
      'google',
      { ...full, calendarId: 'ap@x.org', alsoOn: ['school@x.org'] },
      100,
      previous,
    );
    expect(swapped).toStrictEqual(stored);
  });
  test('an event with no title has no series pattern', () => {
    expect('patternKey' in toStoredEvent('google', raw({ title: '  ' }), 1)).toBe(false);
  });
});

describe('a re-read that changed something a person would notice', () => {
  const base = toStoredEvent('google', raw({ calendarId: 'a@x.org', alsoOn: ['b@x.org'] }), 1);
  test.each<[string, Partial<CalendarEvent>]>([
    ['title', { title: 'Observation' }],
    ['start', { start: START - 60_000 }],
    ['end', { end: START + 60 * 60_000 }],
    ['all day', { allDay: true }],
    ['location', { location: 'Gym' }],
    ['calendar', { calendarId: 'c@x.org' }],
    ['other calendars', { alsoOn: ['b@x.org', 'c@x.org'] }],
    ['colour name', { colorName: 'Sage' }],
    ['series', { seriesId: 's2' }],
    ['colour', { color: '#000000' }],
    ['response', { response: 'declined' }],
    ['cancelled', { cancelled: true }],
    ['removed', { removedAt: 9 }],
    ['duplicate of', { duplicateOf: 'ics:x' }],
  ])('%s', (_name, change) => {
    expect(differsMeaningfully(base, { ...base, ...change })).toBe(true);
    expect(differsMeaningfully({ ...base, ...change }, base)).toBe(true);
  });
  test('nothing a person notices: seen again later is the same', () => {
    expect(differsMeaningfully(base, { ...base, lastSeen: 999, firstSeen: 0 })).toBe(false);
    // Two calendar names are not one name that contains both.
    expect(differsMeaningfully({ ...base, alsoOn: ['ab'] }, { ...base, alsoOn: ['a', 'b'] })).toBe(true);
    expect(differsMeaningfully({ ...base, alsoOn: [] }, { ...base, alsoOn: undefined })).toBe(false);
  });
});

test('titles are compared as a person reads them, from either side', () => {
  expect(sameTitle('  Staff   Meeting ', 'staff meeting')).toBe(true);
  expect(sameTitle('staff meeting', '  Staff   Meeting ')).toBe(true);
  expect(sameTitle('staff meeting', 'staffmeeting')).toBe(false);
});

describe('an imported copy of a live meeting', () => {
  const live = makeEvent({ id: 'outlook:1', source: 'outlook', title: 'PLC', start: START, end: START + 1 });
  const copy = makeEvent({ id: 'ics:1', source: 'ics', title: ' plc ', start: START, end: START + 1 });
  test('found from either side, the file’s copy set aside', () => {
    expect(duplicatePair(copy, live)).toEqual({ copy, live });
    expect(duplicatePair(live, copy)).toEqual({ copy, live });
  });
  test.each<[string, CalendarEvent, CalendarEvent]>([
    ['the same event', copy, copy],
    ['another start', copy, { ...live, start: START - 1 }],
    ['another end', copy, { ...live, end: START + 2 }],
    ['another title', copy, { ...live, title: 'PLC 2' }],
    ['two live events', { ...copy, id: 'google:1', source: 'google' }, live],
    ['two imported copies', copy, { ...live, id: 'ics:2', source: 'ics' }],
  ])('not for %s', (_name, a, b) => {
    expect(duplicatePair(a, b)).toBeNull();
    expect(duplicatePair(b, a)).toBeNull();
  });
});
