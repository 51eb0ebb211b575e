import { expect, test } from 'vitest';
import { localOffsets, wallToEpoch, wallToEpochInTable } from '../../lib/hosts/wall-time';

// The tests run in America/New_York (vitest.config.ts): the zone a page writes as a table must read wall times as
// this thread's own zone does, on ordinary days and across both DST changes.
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

test('a week around each DST change is written with its change, to the minute', () => {
  expect(localOffsets(day('2026-11-16'), day('2026-11-22'))).toEqual([[Date.UTC(2026, 10, 9, 5), -300]]);
  const spring = localOffsets(day('2026-03-08'), day('2026-03-14'));
  expect(spring).toEqual([
    [Date.UTC(2026, 2, 1, 5), -300],
    [Date.UTC(2026, 2, 8, 7), -240],
  ]);
  expect(localOffsets(day('2026-10-26'), day('2026-11-01'))[1]).toEqual([Date.UTC(2026, 10, 1, 6), -300]);
});

test.each([
  ['2026-11-16', 9 * 60],
  ['2026-03-08', 1 * 60 + 30], // before the spring-forward gap
  ['2026-03-08', 2 * 60 + 30], // inside the gap: moves forward, as Date does
  ['2026-03-08', 3 * 60 + 30],
  ['2026-03-09', 0],
  ['2026-11-01', 1 * 60 + 30], // the ambiguous hour: its first occurrence, as Date does
  ['2026-11-01', 2 * 60 + 30],
  ['2026-11-01', 0],
  ['2026-10-31', 23 * 60 + 59],
])('%s at minute %i is what Date gives in this zone', (iso, minutes) => {
  const table = localOffsets(day(iso), day(iso));
  expect(wallToEpochInTable(day(iso), minutes, table)).toBe(wallToEpoch(day(iso), minutes, null));
});

test('another zone’s table gives another instant: 9:00 in Tokyo or Kolkata', () => {
  expect(wallToEpochInTable(day('2026-11-16'), 9 * 60, [[0, 540]])).toBe(Date.UTC(2026, 10, 16, 0, 0));
  expect(wallToEpochInTable(day('2026-11-16'), 9 * 60, [[0, 330]])).toBe(Date.UTC(2026, 10, 16, 3, 30));
});
