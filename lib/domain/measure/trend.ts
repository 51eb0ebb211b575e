import type { CalendarScope } from '../events/calendars';
import type { CalendarEvent } from '../events/event';
import type { WeekPlan } from '../planning/plan';
import type { ReclaimedEntry } from '../planning/reclaimed';
import {
  applyBaseline,
  computeBaseline,
  measureWeek,
  OPEN_LOOP_DAYS,
  type Baseline,
  type WeekMeasure,
  type WeekSummary,
} from './summary';
import type { Tag } from '../events/tag';
import { weekRange, type WeekStartsOn } from '../time/week';
import { DAY_MS } from '../time/numbers';

export interface HistoryInput {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  reclaimed: readonly ReclaimedEntry[];
  plans?: ReadonlyMap<string, WeekPlan>;
  weekStartsOn: WeekStartsOn;
  now: number;
  /** Whose time counts (see measureWeek). */
  scope?: CalendarScope | undefined;
}

/**
 * Measures many weeks in one pass over the events: the weeks' ranges are computed once and each
 * event is handed to the weeks it touches by binary search, so a 10-year trend costs
 * O(events · log weeks) with no date formatting per event.
 */
export function measureWeeks(weekKeys: readonly string[], input: HistoryInput): WeekMeasure[] {
  const weeks = weekKeys
    .map((key) => ({ key, ...weekRange(key), events: [] as CalendarEvent[] }))
    .sort((a, b) => a.start - b.start);
  const firstEndingAfter = (t: number) => {
    let lo = 0;
    let hi = weeks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weeks[mid]!.end <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const event of input.events) {
    // A week also sees events in the days after it: its open-loop window reaches into them.
    const reachEnd = Math.max(event.end, event.start + 1);
    for (
      let i = firstEndingAfter(event.start - OPEN_LOOP_DAYS * DAY_MS);
      i < weeks.length && weeks[i]!.start < reachEnd;
      i++
    )
      weeks[i]!.events.push(event);
  }
  const byKey = new Map(weeks.map((w) => [w.key, w.events]));
  return weekKeys.map((weekKey) =>
    measureWeek({
      weekKey,
      events: byKey.get(weekKey)!,
      tags: input.tags,
      reclaimed: input.reclaimed,
      plan: input.plans?.get(weekKey),
      now: input.now,
      scope: input.scope,
    }),
  );
}

/** Weekly summaries for a run of weeks, all against the same baseline. */
export function summarizeWeeks(weekKeys: readonly string[], input: HistoryInput, baseline: Baseline): WeekSummary[] {
  return measureWeeks(weekKeys, input).map((m) => applyBaseline(m, baseline));
}

/** The baseline from the first weeks of history (see computeBaseline). */
export function baselineFromHistory(
  earliestWeekKeys: readonly string[],
  input: HistoryInput,
  overrideHours: number | null,
): Baseline {
  if (overrideHours !== null) return computeBaseline([], overrideHours);
  return computeBaseline(measureWeeks(earliestWeekKeys, input), null);
}
