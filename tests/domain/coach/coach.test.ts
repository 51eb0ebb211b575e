import { describe, expect, test } from 'vitest';
import { type CoachRow, coachSummaryOf, cohortByWeek, mergeRows } from '../../../lib/domain/coach/coach';
import type { TrendRow } from '../../../lib/domain/files/trend-format';
import { explainExclusions } from '../../../lib/domain/measure/exclusions';
import { measureWeek } from '../../../lib/domain/measure/summary';
import { makeTrendRow } from '../../builders';

/** A row of an older file: no plan, loops, baseline or role columns. */
const row = (over: Partial<TrendRow> = {}): TrendRow =>
  makeTrendRow({ displaced_hours: null, open_loops: null, baseline_hours: null, role: null, ...over });
const keyed = (rows: CoachRow[]) => new Map(rows.map((r) => [`${r.leader}\u0000${r.weekStart}`, r]));

describe('merging a coach’s files', () => {
  test('the same row from another file adds the file once; from the same file, nothing is written', () => {
    const first = mergeRows(new Map(), 'a.csv', [row()]).rows;
    const second = mergeRows(keyed(first), 'b.csv', [row()]);
    expect(second).toMatchObject({ added: 0, unchanged: 1, conflicts: [] });
    expect(second.rows.map((r) => r.files)).toEqual([['a.csv', 'b.csv']]);
    expect(mergeRows(keyed(second.rows), 'b.csv', [row()]).rows).toEqual([]);
  });
  test('a row equal to a conflict already kept is not a new conflict', () => {
    const first = mergeRows(new Map(), 'a.csv', [row()]).rows;
    const conflicted = mergeRows(keyed(first), 'b.csv', [row({ walkthrough_hours: 9 })]);
    expect(conflicted.conflicts).toEqual([{ leader: 'Leader A', weekStart: '2026-11-16', file: 'b.csv' }]);
    const again = mergeRows(keyed(conflicted.rows), 'c.csv', [row({ walkthrough_hours: 9 })]);
    expect(again).toMatchObject({ unchanged: 1, conflicts: [] });
    expect(again.rows[0]!.files).toEqual(['a.csv', 'c.csv']);
  });
});

test('the cohort by week: weeks in order, quantiles of values in any order, no rate when none is known', () => {
  const weeks = cohortByWeek([
    row({ week_start: '2026-11-23', walkthrough_hours: 9, coaching_hours: 0, reclaimed_hours: 1, redirect_rate: null }),
    row({ leader: 'B', walkthrough_hours: 1, coaching_hours: 0, reclaimed_hours: 8, redirect_rate: 0.9 }),
    row({ leader: 'C', walkthrough_hours: 7, coaching_hours: 0, reclaimed_hours: 2, redirect_rate: 0.1 }),
    row({ leader: 'D', walkthrough_hours: 3, coaching_hours: 0, reclaimed_hours: 4, redirect_rate: 0.5 }),
  ]);
  expect(weeks).toEqual([
    { weekStart: '2026-11-16', leaders: 3, median: 3, p25: 2, p75: 5, medianReclaimed: 4, medianRedirectRate: 0.5 },
    { weekStart: '2026-11-23', leaders: 1, median: 9, p25: 9, p75: 9, medianReclaimed: 1, medianRedirectRate: null },
  ]);
});

test('the coach summary: leaders in order, each leader’s latest twelve weeks oldest first, conflicts with their files', () => {
  const weekOf = (i: number) => new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10);
  const rows: CoachRow[] = [
    ...Array.from({ length: 14 }, (_, i) => 13 - i).map((i) => ({
      leader: 'Zed',
      weekStart: weekOf(i),
      row: row({ leader: 'Zed', week_start: weekOf(i) }),
      files: ['z.csv'],
      conflicts: [],
    })),
    {
      leader: 'Amy',
      weekStart: weekOf(0),
      row: row({ leader: 'Amy', week_start: weekOf(0) }),
      files: ['a.csv'],
      conflicts: [{ file: 'b.csv', row: row({ leader: 'Amy', week_start: weekOf(0), walkthrough_hours: 9 }) }],
    },
  ];
  const summary = coachSummaryOf(rows);
  expect(summary.leaders).toEqual(['Amy', 'Zed']);
  expect(summary.rows).toBe(15);
  expect(summary.recent.map((r) => [r.leader, r.rows.length, r.rows[0]!.week_start])).toEqual([
    ['Amy', 1, weekOf(0)],
    ['Zed', 12, weekOf(2)],
  ]);
  expect(summary.conflicts).toEqual([{ leader: 'Amy', weekStart: weekOf(0), files: ['a.csv'], others: ['b.csv'] }]);
});

test('what was not counted, in words: one and many', () => {
  const empty = measureWeek({ weekKey: '2026-11-16', events: [], tags: new Map(), reclaimed: [], now: 0 });
  const excluded = { ...empty.excluded, otherCalendar: 1, declined: 2, cancelled: 1 };
  expect(explainExclusions({ ...empty, excluded, otherCalendars: 1 }, ['AP'])).toBe(
    'Not counted: 1 event on another calendar (AP), 2 declined, 1 cancelled.',
  );
  expect(explainExclusions({ ...empty, excluded: { ...empty.excluded, otherCalendar: 3 }, otherCalendars: 2 })).toBe(
    'Not counted: 3 events on 2 other calendars.',
  );
  expect(explainExclusions(empty)).toBe('Nothing excluded.');
  const every = { ...empty.excluded, allDay: 1, removed: 2, displaced: 1, duplicate: 3 };
  expect(explainExclusions({ ...empty, excluded: every, untaggedEvents: 1, untaggedHours: 0.5 })).toBe(
    'Not counted: 1 all-day, 2 removed from the calendar, 1 displaced, 3 imported twice (counted once). ' +
      'Untagged: 1 event (0.5 h).',
  );
  expect(explainExclusions({ ...empty, untaggedEvents: 3, untaggedHours: 2.5 })).toBe(
    'Nothing excluded. Untagged: 3 events (2.5 h).',
  );
  // More calendars than the line names end "and N more".
  expect(
    explainExclusions({ ...empty, excluded: { ...empty.excluded, otherCalendar: 5 }, otherCalendars: 5 }, [
      'AP',
      'School',
      'Holidays',
      'Sports',
      'PTA',
    ]),
  ).toBe('Not counted: 5 events on 5 other calendars (AP, School, Holidays and 2 more).');
});
