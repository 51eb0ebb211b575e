import type { CalendarEvent } from './event';
import type { WeekPlan } from './plan';
import type { ReclaimedEntry } from './reclaimed';
import { applyBaseline, computeBaseline, measureWeek, OPEN_LOOP_DAYS, type Baseline, type WeekMeasure, type WeekSummary } from './summary';
import type { Tag } from './tag';
import { weekKeyOf, weekRange, type WeekStartsOn } from './week';

export interface HistoryInput {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  reclaimed: readonly ReclaimedEntry[];
  plans?: ReadonlyMap<string, WeekPlan>;
  weekStartsOn: WeekStartsOn;
  now: number;
}

const DAY_MS = 86_400_000;

/**
 * Measures many weeks in one pass over the events (each event is handed only to the weeks it
 * touches), so a 10-year trend costs O(events) rather than O(events × weeks).
 */
export function measureWeeks(weekKeys: readonly string[], input: HistoryInput): WeekMeasure[] {
  const wanted = new Set(weekKeys);
  const eventsByWeek = new Map<string, CalendarEvent[]>(weekKeys.map((k) => [k, []]));
  for (const event of input.events) {
    // The week before the event start also sees it: its open-loop window reaches into the next days.
    const first = weekKeyOf(event.start - OPEN_LOOP_DAYS * DAY_MS, input.weekStartsOn);
    for (let key = first, guard = 0; guard < 60; guard++) {
      const range = weekRange(key);
      if (range.start >= Math.max(event.end, event.start + 1)) break;
      if (wanted.has(key)) eventsByWeek.get(key)!.push(event);
      key = weekKeyOf(range.end, input.weekStartsOn);
    }
  }
  return weekKeys.map((weekKey) =>
    measureWeek({
      weekKey,
      events: eventsByWeek.get(weekKey)!,
      tags: input.tags,
      reclaimed: input.reclaimed,
      plan: input.plans?.get(weekKey),
      now: input.now,
    }),
  );
}

/** Weekly summaries for a run of weeks, all against the same baseline. */
export function summarizeWeeks(weekKeys: readonly string[], input: HistoryInput, baseline: Baseline): WeekSummary[] {
  return measureWeeks(weekKeys, input).map((m) => applyBaseline(m, baseline));
}

/** The baseline from the first weeks of history (see computeBaseline). */
export function baselineFromHistory(earliestWeekKeys: readonly string[], input: HistoryInput, overrideHours: number | null): Baseline {
  if (overrideHours !== null) return computeBaseline([], overrideHours);
  return computeBaseline(measureWeeks(earliestWeekKeys, input), null);
}
