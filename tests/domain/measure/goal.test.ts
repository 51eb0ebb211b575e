import { expect, test } from 'vitest';
import { goalStatus, weeklyGoal } from '../../../lib/domain/measure/goal';

const measured = (hours: number) => ({ hours, source: 'measured' as const, weeks: [] });

test.each([
  ['first month: baseline + one step', '2026-09-07', '2026-09-21', 2, 2.5, 0.2],
  ['third month: three steps up', '2026-09-07', '2026-11-16', 2, 3.5, 0.3],
  ['years later: capped at half of a typical week', '2020-09-07', '2026-11-16', 2, 25, 0.5],
])('%s', (_name, first, week, base, hours, share) => {
  const goal = weeklyGoal({
    baseline: measured(base),
    firstWeekKey: first,
    weekKey: week,
    typicalWorkedHours: 50,
    baselineShare: 0.15,
    overrideHours: null,
  });
  expect(goal).toMatchObject({ hours, share, source: 'suggested' });
});

test("the leader's own goal wins; no baseline means no goal yet", () => {
  expect(
    weeklyGoal({
      baseline: measured(2),
      firstWeekKey: '2026-09-07',
      weekKey: '2026-09-07',
      typicalWorkedHours: 50,
      baselineShare: null,
      overrideHours: 6,
    }).hours,
  ).toBe(6);
  const none = weeklyGoal({
    baseline: { hours: null, source: 'none', weeks: [] },
    firstWeekKey: null,
    weekKey: '2026-09-07',
    typicalWorkedHours: null,
    baselineShare: null,
    overrideHours: null,
  });
  expect(goalStatus(none, 3)).toBe('no-goal');
});

test('on track once walkthrough + coaching reach the goal', () => {
  const goal = weeklyGoal({
    baseline: measured(2),
    firstWeekKey: '2026-09-07',
    weekKey: '2026-09-07',
    typicalWorkedHours: 50,
    baselineShare: null,
    overrideHours: null,
  });
  expect(goalStatus(goal, 2.4)).toBe('not-yet');
  expect(goalStatus(goal, 2.5)).toBe('on-track');
});

test('the ceiling is half of the leader’s own typical week, not a fixed 50 hours', () => {
  const goal = (typicalWorkedHours: number | null) =>
    weeklyGoal({
      baseline: measured(8),
      firstWeekKey: '2026-01-05',
      weekKey: '2026-11-16',
      typicalWorkedHours,
      baselineShare: 0.15,
      overrideHours: null,
    }).hours;
  // A part-time week of 20 hours caps the goal at 10; an unknown week falls back to 50 (a cap of 25).
  expect(goal(20)).toBe(10);
  expect(goal(null)).toBe(13.5);
  expect(goal(60)).toBe(13.5);
});

test('a week before the first tracked week is on the first step, never below it', () => {
  const goal = weeklyGoal({
    baseline: measured(2),
    firstWeekKey: '2026-11-16',
    weekKey: '2026-08-31',
    typicalWorkedHours: 50,
    baselineShare: 0.15,
    overrideHours: null,
  });
  expect(goal).toMatchObject({ month: 0, hours: 2.5, share: 0.2 });
});
