import { describe, expect, test } from 'vitest';
import { parseOutlookLabel } from '../../../lib/hosts/outlook/parse-label';

const NOV16 = { year: 2026, month: 11, day: 16 };

describe('timed events', () => {
  test.each([
    ['Staff meeting, 9:00 AM to 10:30 AM, Monday, November 16, 2026', 540, 630],
    ['Staff meeting, 12:00 AM to 12:30 AM, Monday, November 16, 2026', 0, 30],
    ['Staff meeting, 11:30 am to 12:15 pm, Monday, November 16, 2026', 690, 735],
    ['Staff meeting, 9:59 PM to 11:59 PM, Monday, November 16, 2026', 1319, 1439],
    ['Staff meeting, 1:00 AM to 1:45 PM, Monday, November 16, 2026', 60, 825],
    ['Staff meeting, 09:00 to 17:30, Monday, 16 November 2026', 540, 1050],
    ['Staff meeting, 23:00 to 24:00, Monday, 16 November 2026', 1380, 1440],
  ])('%s', (label, start, end) => {
    expect(parseOutlookLabel(label)).toEqual({
      title: 'Staff meeting',
      allDay: false,
      startDate: NOV16,
      endDate: NOV16,
      startMinutes: start,
      endMinutes: end,
      cancelled: false,
      declined: false,
      busyOnly: false,
    });
  });
  test.each([
    'X, 0:30 PM to 1:00 PM, Monday, November 16, 2026',
    'X, 13:00 PM to 2:00 PM, Monday, November 16, 2026',
    'X, 9:60 AM to 10:00 AM, Monday, November 16, 2026',
    'X, 9:00 AM to 10:60 AM, Monday, November 16, 2026',
    'X, 25:00 to 26:00, Monday, 16 November 2026',
    'X, 9:00 AM to 10:00 AM, Monday, November 32, 2026',
    'X, 9:00 AM to 10:00 AM',
    '',
  ])('a time no clock shows, or no date, is not read: %j', (label) => {
    expect(parseOutlookLabel(label)).toBeNull();
  });
});

describe('what surrounds the time', () => {
  test('the subject may hold commas and times; the location is what is left after the flags', () => {
    const parsed = parseOutlookLabel(
      'Flight NZ146 12:20pm, Mon 14 Sep, 12:20 PM to 3:25 PM, Monday, September 14, 2026, Gate 4, Terminal B, By Lee, Busy, Private',
    );
    expect(parsed).toMatchObject({
      title: 'Flight NZ146 12:20pm, Mon 14 Sep',
      startMinutes: 740,
      endMinutes: 925,
      location: 'Gate 4, Terminal B',
    });
  });
  test('only flags after the date: no location; spaces around the subject are trimmed', () => {
    const parsed = parseOutlookLabel(
      '  Budget  , 9:00 AM to 10:00 AM, Monday, November 16, 2026, Tentative, Recurring event ',
    );
    expect(parsed?.title).toBe('Budget');
    expect(parsed && 'location' in parsed).toBe(false);
  });
  test('an icon prefix and "Canceled:" are taken off the front only', () => {
    expect(
      parseOutlookLabel('Repeating icon, Canceled: PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026'),
    ).toMatchObject({
      title: 'PLC',
      cancelled: true,
    });
    expect(parseOutlookLabel('PLC about Canceled: trips, 3:00 PM to 4:00 PM, Monday, November 16, 2026')).toMatchObject(
      {
        title: 'PLC about Canceled: trips',
        cancelled: false,
      },
    );
    // " icon, " later in the subject is the subject's own text, not Outlook's prefix.
    expect(parseOutlookLabel('Logo, new icon, review, 3:00 PM to 4:00 PM, Monday, November 16, 2026')?.title).toBe(
      'Logo, new icon, review',
    );
    expect(parseOutlookLabel('Review the icon, layout, 3:00 PM to 4:00 PM, Monday, November 16, 2026')?.title).toBe(
      'layout',
    );
  });
});

describe('the labels the 2026 research lists (issue #33)', () => {
  test.each([
    [
      'Declined: PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026, By Lee, Free',
      { declined: true, cancelled: false },
    ],
    ['Canceled event, PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { cancelled: true }],
    ['PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026, Canceled event, Free', { cancelled: true }],
    ['Meeting icon, Declined: PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { declined: true }],
    ['Exam icon, Meeting icon, PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { declined: false }],
    ['辞退: PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { declined: true }],
    ['キャンセル済み: PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { cancelled: true }],
    ['予定のキャンセル：PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026', { cancelled: true }],
  ])('%s', (label, flags) => {
    expect(parseOutlookLabel(label)).toMatchObject({ title: 'PLC', startMinutes: 900, busyOnly: false, ...flags });
  });

  test('Japanese show-as words are flags, not a location', () => {
    expect(parseOutlookLabel('PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026, 図書室, 予定あり')?.location).toBe(
      '図書室',
    );
    expect(parseOutlookLabel('PLC, 3:00 PM to 4:00 PM, Monday, November 16, 2026, 仮の予定')).not.toHaveProperty(
      'location',
    );
  });

  test.each([
    '9:00 AM to 10:00 AM, Monday, November 16, 2026, Busy',
    'Busy, 9:00 AM to 10:00 AM, Monday, November 16, 2026, Busy',
    'Tentative, 9:00 AM to 10:00 AM, Monday, November 16, 2026',
  ])('a subject-less chip of a limited-permission calendar is busy time without details: %s', (label) => {
    expect(parseOutlookLabel(label)).toMatchObject({ title: '', busyOnly: true, startMinutes: 540, endMinutes: 600 });
  });

  test('a subject that merely contains a show-as word is a subject', () => {
    expect(parseOutlookLabel('Busy season planning, 9:00 AM to 10:00 AM, Monday, November 16, 2026')).toMatchObject({
      title: 'Busy season planning',
      busyOnly: false,
    });
  });
});

describe('all-day events', () => {
  test('one day, or a range; a location after them', () => {
    expect(parseOutlookLabel('Thanksgiving, all day event, Thursday, November 26, 2026')).toEqual({
      title: 'Thanksgiving',
      allDay: true,
      startDate: { year: 2026, month: 11, day: 26 },
      endDate: { year: 2026, month: 11, day: 26 },
      cancelled: false,
      declined: false,
      busyOnly: false,
    });
    expect(
      parseOutlookLabel(
        'Book fair, All day event, Monday, 16 November 2026 to Wednesday, 18 November 2026, Library, Free',
      ),
    ).toEqual({
      title: 'Book fair',
      allDay: true,
      startDate: NOV16,
      endDate: { year: 2026, month: 11, day: 18 },
      cancelled: false,
      declined: false,
      busyOnly: false,
      location: 'Library',
    });
  });
  test('spaces around the subject and the location are trimmed; flags alone leave no location', () => {
    const parsed = parseOutlookLabel('  Book fair  , all day event, Monday, November 16, 2026, Library , Free');
    expect(parsed).toMatchObject({ title: 'Book fair', location: 'Library' });
    const flagsOnly = parseOutlookLabel('Book fair, all day event, Monday, November 16, 2026, Free, Private');
    expect(flagsOnly && 'location' in flagsOnly).toBe(false);
    const timed = parseOutlookLabel('Budget, 9:00 AM to 10:00 AM, Monday, November 16, 2026, Room 4 , Busy');
    expect(timed?.location).toBe('Room 4');
  });
  test('a date that is not one is not read', () => {
    expect(parseOutlookLabel('X, all day event, Monday, November 31, 2026')).toBeNull();
    expect(parseOutlookLabel('X, all day event, Monday, November 16, 2026 to Tuesday, November 31, 2026')).toBeNull();
  });
});
