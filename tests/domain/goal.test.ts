import { expect, test } from 'vitest';
import { goalStatus, weeklyGoal } from '../../lib/domain/goal';

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
