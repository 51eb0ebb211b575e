import { describe, expect, test } from 'vitest';
import {
  defaultView,
  goalFor,
  isView,
  ON_SCREEN_WINDOW_MS,
  onScreenWeek,
  trendFromFirstTracked,
} from '../../../lib/domain/measure/panel';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings/settings';
import { applyBaseline, type Baseline, measureWeek, type WeekSummary } from '../../../lib/domain/measure/summary';
import { at } from '../../builders';

describe('the week the panel opens on', () => {
  const NOW = at('2026-12-02', '10:00');
  const shown = { start: at('2026-11-16'), end: at('2026-11-23') };
  test('the week on the calendar when it was read in the last half hour, else this week', () => {
    expect(onScreenWeek({ range: shown, at: NOW - ON_SCREEN_WINDOW_MS + 1 }, NOW, 1)).toBe('2026-11-16');
    expect(onScreenWeek({ range: shown, at: NOW - ON_SCREEN_WINDOW_MS }, NOW, 1)).toBe('2026-11-30');
    expect(onScreenWeek({ range: null, at: NOW }, NOW, 1)).toBe('2026-11-30');
    expect(onScreenWeek(null, NOW, 1)).toBe('2026-11-30');
    // A read stamped after now (the clock was changed) still counts as recent.
    expect(onScreenWeek({ range: shown, at: NOW + 10 * ON_SCREEN_WINDOW_MS }, NOW, 1)).toBe('2026-11-16');
  });
  test('a range that starts on Sunday opens the Monday week it mostly shows', () => {
    const sundayStart = { start: at('2026-11-15'), end: at('2026-11-22') };
    expect(onScreenWeek({ range: sundayStart, at: NOW }, NOW, 1)).toBe('2026-11-16');
  });
});

test('views and where each role starts', () => {
  expect(['week', 'tag', 'log', 'plan', 'review'].every(isView)).toBe(true);
  expect(['Week', 'coach', ''].some(isView)).toBe(false);
  expect(defaultView('assistant-principal')).toBe('tag');
  expect(defaultView('principal')).toBe('week');
  expect(defaultView('coach')).toBe('week');
});

describe('the goal from the trend', () => {
  const empty = measureWeek({ weekKey: '2026-11-16', events: [], tags: new Map(), reclaimed: [], now: 0 });
  const baseline: Baseline = { hours: 30, source: 'measured', weeks: ['2026-09-07', '2026-09-14'] };
  const week = (weekKey: string, tracked: boolean, workedHours: number, instructionalShare: number | null) =>
    ({ ...applyBaseline({ ...empty, weekKey }, baseline), tracked, workedHours, instructionalShare }) as WeekSummary;
  const trend = [
    week('2026-09-07', true, 40, 0.3),
    week('2026-09-14', true, 44, 0.2),
    week('2026-09-21', false, 0, null), // not tracked: not part of the typical week
    week('2026-09-28', true, 36, 0.4), // not a baseline week: not part of the baseline share
  ];
  test('the ceiling is half the median tracked week; the share starts from the baseline weeks’ mean', () => {
    const goal = goalFor(week('2026-09-28', true, 36, 0.4), trend, DEFAULT_SETTINGS);
    // Median of 40, 44, 36 is 40: the ceiling is 20 h, under 30 h + a step. Share: mean(0.3, 0.2) + one step.
    expect(goal).toEqual({ hours: 20, share: 0.3, source: 'suggested', month: 0 });
  });
  test('the first baseline week starts the stair; a goal of one’s own wins', () => {
    const later = goalFor(week('2026-11-30', true, 36, 0.4), trend, DEFAULT_SETTINGS);
    expect([later.month, later.share]).toEqual([2, 0.4]);
    expect(goalFor(trend[0]!, trend, { ...DEFAULT_SETTINGS, goalOverrideHours: 4 })).toMatchObject({
      hours: 4,
      source: 'yours',
    });
  });
  test('no baseline weeks with a share: the starting share is the research default', () => {
    const goal = goalFor(week('2026-09-28', true, 36, 0.4), [week('2026-09-28', true, 36, 0.4)], DEFAULT_SETTINGS);
    expect(goal.share).toBe(0.2);
  });
});

test('the trend starts at the first tracked week, whatever comes after', () => {
  const w = (tracked: boolean, n: number) => ({ tracked, n });
  expect(trendFromFirstTracked([w(true, 1), w(false, 2)])).toEqual([w(true, 1), w(false, 2)]);
  expect(trendFromFirstTracked([w(false, 1), w(true, 2), w(false, 3)])).toEqual([w(true, 2), w(false, 3)]);
  expect(trendFromFirstTracked([w(false, 1)])).toEqual([]);
});
