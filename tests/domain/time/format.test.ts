import { expect, test } from 'vitest';
import {
  formatDay,
  formatHours,
  formatMinutes,
  formatPercent,
  formatTime,
  formatWeekRange,
} from '../../../lib/domain/time/format';
import { at } from '../../builders';

test('hours: one decimal, no trailing .0, a dash for nothing', () => {
  expect([4.5, 0, 12, 1.25, 0.04].map(formatHours)).toEqual(['4.5 h', '0 h', '12 h', '1.3 h', '0 h']);
  expect([null, undefined, Number.NaN].map(formatHours)).toEqual(['—', '—', '—']);
});

test('minutes: under an hour in minutes, then hours and minutes', () => {
  expect([45, 59.6, 60, 90, 125].map(formatMinutes)).toEqual(['45 min', '1 h', '1 h', '1 h 30 min', '2 h 5 min']);
});

test('percent: whole percent, a dash for nothing', () => {
  expect([0.33, 0, 1, 0.005].map(formatPercent)).toEqual(['33%', '0%', '100%', '1%']);
  expect([null, undefined, Number.NaN].map(formatPercent)).toEqual(['—', '—', '—']);
});

test('days, times and week ranges in the reader’s locale; a range ends on its last day, with the year', () => {
  expect(formatDay(at('2026-11-23', '09:00'), 'en-GB')).toBe('Mon 23 Nov');
  expect(formatTime(at('2026-11-23', '09:05'), 'en-US')).toBe('9:05 AM');
  expect(formatTime(at('2026-11-23', '14:30'), 'en-GB')).toBe('14:30');
  // The week of Monday 28 December 2026 ends on Sunday 3 January 2027 (the end is exclusive).
  expect(formatWeekRange(at('2026-12-28'), at('2027-01-04'), 'en-GB')).toBe('28 Dec – 3 Jan 2027');
  expect(formatWeekRange(at('2026-11-23'), at('2026-11-30'), 'en-US')).toBe('Nov 23 – Nov 29 2026');
});
