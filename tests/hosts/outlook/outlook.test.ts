import { describe, expect, test } from 'vitest';
import { parseOutlookLabel } from '../../../lib/hosts/outlook/parse-label';
import { readOutlookCalendar } from '../../../lib/hosts/outlook/read-outlook';
import { readFixture } from '../../fixtures/read-fixture';
import { at } from '../../builders';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('parseOutlookLabel: the exact strings quoted in research §2.4', () => {
  test.each([
    [
      'Daily standup, 8:45 AM to 9:30 AM, Monday, August 31, 2026, By A Colleague, Busy, Recurring event',
      { title: 'Daily standup', startMinutes: 525, endMinutes: 570, startDate: d(2026, 8, 31), cancelled: false },
    ],
    [
      'Reservation at Longboard Bar, 6:15 PM to 7:15 PM, Wednesday, September 23, 2026, Longboard Bar, 80 The ' +
        'Strand "Headlands", Townsville, QLD, 4810, Free, Private',
      {
        title: 'Reservation at Longboard Bar',
        startMinutes: 1095,
        endMinutes: 1155,
        location: 'Longboard Bar, 80 The Strand "Headlands", Townsville, QLD, 4810',
      },
    ],
    [
      'Flight NZ146 12:20pm, Mon 14 Sep, 12:20 PM to 3:25 PM, Monday, September 14, 2026, Busy, Private',
      { title: 'Flight NZ146 12:20pm, Mon 14 Sep', startMinutes: 740, endMinutes: 925, startDate: d(2026, 9, 14) },
    ],
    [
      'Toolbox talk, 7:30 am to 8:00 am, Wednesday, 23 September 2026, Site office, Busy',
      { title: 'Toolbox talk', startMinutes: 450, endMinutes: 480, startDate: d(2026, 9, 23), location: 'Site office' },
    ],
    [
      'Standup, 09:00 to 09:15, Tuesday, 22 September 2026, Busy',
      { title: 'Standup', startMinutes: 540, endMinutes: 555, startDate: d(2026, 9, 22) },
    ],
    [
      'SafeGolf Online Workshop #5, 15:30 to 17:00, Thursday, September 17, 2026, By Example Organizer, Tentative',
      { title: 'SafeGolf Online Workshop #5', startMinutes: 930, endMinutes: 1020, startDate: d(2026, 9, 17) },
    ],
    [
      'Meeting icon, Management Meeting, 10:00 to 11:00, Monday, September 28, 2026, By Example, Busy',
      { title: 'Management Meeting', startMinutes: 600, endMinutes: 660 },
    ],
    [
      'Canceled: Supplier call, 10:00 AM to 10:30 AM, Tuesday, September 22, 2026, Free',
      { title: 'Supplier call', cancelled: true, startMinutes: 600, endMinutes: 630 },
    ],
    [
      'Bella week, all day event, Friday, September 25, 2026, Free, Recurring event',
      { title: 'Bella week', allDay: true, startDate: d(2026, 9, 25), endDate: d(2026, 9, 25) },
    ],
    [
      'Moff OOO, all day event, Monday, December 30, 2024, By Moff Tarkin, Free',
      { title: 'Moff OOO', allDay: true, startDate: d(2024, 12, 30) },
    ],
    [
      'Novotel Auckland Airport, all day event, Monday, September 14, 2026 to Friday, September 18, 2026, Free',
      { title: 'Novotel Auckland Airport', allDay: true, startDate: d(2026, 9, 14), endDate: d(2026, 9, 18) },
    ],
  ])('%s', (label, expected) => {
    expect(parseOutlookLabel(label)).toMatchObject(expected);
  });

  test.each(['calendar view, current time: Tue 9:38 AM', 'Dentist', ''])('not an event label: %j', (label) => {
    expect(parseOutlookLabel(label)).toBeNull();
  });
});

describe.each([
  ['workweek.en-US.12h.html', 'workweek', 20],
  ['week.en-GB.24h.html', 'week', 20],
  ['month.en-US.12h.html', 'month', 20],
])('Outlook %s', (file, view, count) => {
  const read = readOutlookCalendar(new DOMParser().parseFromString(readFixture('outlook', file), 'text/html'));
  test('reads every item with its id, times and the shown range', () => {
    expect(read.view).toBe(view);
    expect(read.failures).toBe(0);
    expect(read.events).toHaveLength(count);
    expect(read.range).not.toBeNull();
    expect(read.events.find((e) => e.title === 'Walkthrough: grade 3 reading')).toMatchObject({
      start: at('2026-11-16', '09:00'),
      end: at('2026-11-16', '09:45'),
      allDay: false,
    });
    expect(read.events.find((e) => e.title === 'Budget review with district finance')).toMatchObject({
      location: 'Central office, Room 204',
    });
    expect(read.events.find((e) => e.title === 'Overnight lock-in supervision')).toMatchObject({
      start: at('2026-11-20', '22:00'),
      end: at('2026-11-21', '01:00'),
    });
  });
});

test('an all-day item in the header section is all-day', () => {
  const read = readOutlookCalendar(
    new DOMParser().parseFromString(readFixture('outlook', 'week.en-GB.24h.html'), 'text/html'),
  );
  expect(read.events.find((e) => e.title === 'Staff PD day')).toMatchObject({
    allDay: true,
    start: at('2026-11-18'),
    end: at('2026-11-19'),
  });
});

test('Outlook in a language the reader does not know: nothing is guessed, every event counts as unreadable', () => {
  const html = readFixture('outlook', 'week.en-GB.24h.html').replace(/<html lang="[^"]*"/, '<html lang="fr"');
  const read = readOutlookCalendar(new DOMParser().parseFromString(html, 'text/html'));
  expect(read.elements).toBeGreaterThan(5);
  expect(read.events).toEqual([]);
  expect(read.failures).toBe(read.elements);
  expect(read.languageKnown).toBe(false);
});
