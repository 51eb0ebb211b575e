import type { ReclaimedEntry, RecurringEstimate } from './reclaimed';
import { fromIsoDate, isoDate, shiftWeek, weekKeyOf, type WeekStartsOn } from '../time/week';
import { addDays } from 'date-fns';

/** The deterministic id of the entry a repeating estimate creates for one week (so creating twice adds nothing). */
export function recurringEntryId(estimateId: string, weekKey: string): string {
  return `recurring-${estimateId}-${weekKey}`;
}

/**
 * Entries the repeating estimates owe up to `today` ("AI drafts the newsletter every week: 45 min"),
 * one per week from the start week until stopped, dated on the estimate's weekday, never in the future.
 */
export function dueRecurringEntries(
  estimates: readonly RecurringEstimate[],
  existingIds: ReadonlySet<string>,
  today: string,
  weekStartsOn: WeekStartsOn,
  now: number,
): ReclaimedEntry[] {
  const due: ReclaimedEntry[] = [];
  for (const estimate of estimates) {
    const last = estimate.stoppedAt && estimate.stoppedAt < today ? estimate.stoppedAt : today;
    for (
      let week = weekKeyOf(fromIsoDate(estimate.startWeek), weekStartsOn), guard = 0;
      week <= last && guard < 600;
      week = shiftWeek(week, 1), guard++
    ) {
      const offset = (estimate.weekday - fromIsoDate(week).getDay() + 7) % 7;
      const date = isoDate(addDays(fromIsoDate(week), offset));
      if (date > last || date < estimate.startWeek) continue;
      const id = recurringEntryId(estimate.id, week);
      if (existingIds.has(id)) continue;
      const entry: ReclaimedEntry = {
        id,
        date,
        minutes: estimate.minutes,
        task: estimate.task,
        fromActivity: estimate.fromActivity,
        recurringId: estimate.id,
        createdAt: now,
      };
      if (estimate.tool) entry.tool = estimate.tool;
      due.push(entry);
    }
  }
  return due;
}
