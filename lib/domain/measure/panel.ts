import { type Goal, weeklyGoal } from './goal';
import { median } from '../time/numbers';
import type { Role, Settings } from '../settings/settings';
import type { WeekSummary } from './summary';
import { weekKeyOf } from '../time/week';

/** A calendar read within this window decides which week the panel opens on. */
export const ON_SCREEN_WINDOW_MS = 30 * 60_000;
export const TREND_WEEKS = 12;

/** The week the leader is looking at in the calendar, when a read is recent; else this week. */
export function onScreenWeek(
  health: { range: { start: number; end: number } | null; at: number } | null | undefined,
  now: number,
  weekStartsOn: Settings['weekStartsOn'],
): string {
  if (health?.range && now - health.at < ON_SCREEN_WINDOW_MS) {
    return weekKeyOf(health.range.start + (health.range.end - health.range.start) / 2, weekStartsOn);
  }
  return weekKeyOf(now, weekStartsOn);
}

export const VIEWS = [
  { id: 'week', label: 'This week' },
  { id: 'reconcile', label: 'Reconcile' },
  { id: 'tag', label: 'Tag' },
  { id: 'log', label: 'Log time' },
  { id: 'plan', label: 'Plan' },
  { id: 'review', label: 'Review' },
] as const;
export type View = (typeof VIEWS)[number]['id'];
export const isView = (value: string): value is View => VIEWS.some((v) => v.id === value);

/** The panel opens where each role works: assistant principals tag, principals read the glance. */
export function defaultView(role: Role): View {
  return role === 'assistant-principal' ? 'tag' : 'week';
}

/** This week's goal from the leader's baseline and tracked history (see weeklyGoal). */
export function goalFor(summary: WeekSummary, trend: readonly WeekSummary[], settings: Settings): Goal {
  const tracked = trend.filter((w) => w.tracked);
  const baselineWeeks = trend.filter(
    (w) => summary.baseline.weeks.includes(w.weekKey) && w.instructionalShare !== null,
  );
  return weeklyGoal({
    baseline: summary.baseline,
    firstWeekKey: summary.baseline.weeks[0] ?? null,
    weekKey: summary.weekKey,
    typicalWorkedHours: median(tracked.map((w) => w.workedHours)),
    baselineShare: baselineWeeks.length
      ? baselineWeeks.reduce((s, w) => s + w.instructionalShare!, 0) / baselineWeeks.length
      : null,
    overrideHours: settings.goalOverrideHours,
    stair: settings.goal,
  });
}

/**
 * The trend from the leader's first tracked week on: weeks before it were not tracked, not weeks of 0 h (a new
 * leader would otherwise see a collapse that never happened). Later weeks with nothing counted stay: they were.
 */
export function trendFromFirstTracked<W extends { tracked: boolean }>(weeks: readonly W[]): W[] {
  const first = weeks.findIndex((w) => w.tracked);
  return first < 0 ? [] : weeks.slice(first);
}
