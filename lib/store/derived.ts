import { type CoachSummary, coachSummaryOf } from '../domain/coach/coach';
import { defaultRules } from '../rules/default-rules';
import { COACH_SUMMARY_KEY, type LeadershipDb } from './db';

/**
 * Derived data is rebuilt here and only here, whatever wrote the rows (a file added, a leader removed,
 * a backup restored, everything deleted): the coach summary cache and the default rules.
 */

/**
 * Rebuilds the coach view's cached summary from the stored rows (call inside the writer's transaction).
 * No rows, no summary: a profile that never had a trend file holds none.
 */
export async function rebuildCoachSummary(db: LeadershipDb): Promise<void> {
  const rows = await db.coachRows.toArray();
  if (rows.length === 0) return db.meta.delete(COACH_SUMMARY_KEY);
  await db.meta.put({ key: COACH_SUMMARY_KEY, value: coachSummaryOf(rows) satisfies CoachSummary });
}

/** Puts the built-in rules back when there are none (first install, "delete all"). */
export async function seedDefaultRulesIfEmpty(db: LeadershipDb): Promise<void> {
  if ((await db.rules.count()) === 0) await db.rules.bulkAdd(defaultRules());
}
