import { expect, test } from 'vitest';
import { wallToEpoch, wallToEpochInZone } from '../../lib/hosts/wall-time';

// The tests run in America/New_York (vitest.config.ts): a named zone must give what this thread's own zone gives
// for New York, and something else for another zone, on ordinary days and on both DST changes.
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

test.each([
  ['2026-11-16', 9 * 60],
  ['2026-03-08', 1 * 60 + 30], // before the spring-forward gap
  ['2026-03-08', 2 * 60 + 30], // inside the gap: moves forward, as Date does
  ['2026-03-08', 3 * 60 + 30],
  ['2026-11-01', 1 * 60 + 30], // the ambiguous hour: its first occurrence, as Date does
  ['2026-11-01', 0],
  ['2026-07-01', 23 * 60 + 59],
])('%s at minute %i in New York is what Date gives in New York', (iso, minutes) => {
  expect(wallToEpochInZone(day(iso), minutes, 'America/New_York')).toBe(wallToEpoch(day(iso), minutes, null));
});

test('another zone gives another instant: 9:00 in Tokyo is 23:00 the day before in New York in November', () => {
  expect(wallToEpochInZone(day('2026-11-16'), 9 * 60, 'Asia/Tokyo')).toBe(Date.UTC(2026, 10, 16, 0, 0));
  expect(wallToEpochInZone(day('2026-11-16'), 9 * 60, 'Asia/Kolkata')).toBe(Date.UTC(2026, 10, 16, 3, 30));
  expect(wallToEpochInZone(day('2026-11-16'), 9 * 60, 'UTC')).toBe(Date.UTC(2026, 10, 16, 9, 0));
});
