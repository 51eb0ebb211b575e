import type { CalendarInfo } from '../domain/events/calendars';
import type { CoachRow } from '../domain/coach/coach';
import type { CalendarEvent } from '../domain/events/event';
import { patternKey } from '../domain/events/series';
import type { NudgeRecord } from '../domain/measure/nudge';
import type { WeekPlan } from '../domain/planning/plan';
import type { ReclaimedEntry, RecurringEstimate } from '../domain/planning/reclaimed';
import { type Settings, SettingsSchema } from '../domain/settings/settings';
import type { Tag } from '../domain/events/tag';
import type { Rule } from '../rules/rule';
import type { StaffMember } from '../domain/reconcile/staff';
import type { DayRecord } from '../domain/reconcile/day';
import type { LeadershipDb } from './db';
import { choicesFromRow } from '../domain/settings/district';
import { rebuildCoachSummary, seedDefaultRulesIfEmpty } from './derived';
import { SETTINGS_KEY } from './settings-repo';

/** Everything the store holds that a backup carries: derived caches are rebuilt, not copied, and the settings are
 * the leader's own, without a district's policy. */
export interface StoreContents {
  settings: Settings;
  events: CalendarEvent[];
  tags: Tag[];
  rules: Rule[];
  reclaimed: ReclaimedEntry[];
  recurring: RecurringEstimate[];
  plans: WeekPlan[];
  nudges: NudgeRecord[];
  coachRows: CoachRow[];
  calendars: CalendarInfo[];
  staff: StaffMember[];
  reconcileDays: DayRecord[];
}

/** A consistent snapshot of every table, read in one transaction. */
export async function readAllContents(db: LeadershipDb): Promise<StoreContents> {
  return db.transaction('r', db.tables, async () => ({
    settings: SettingsSchema.parse((await db.meta.get(SETTINGS_KEY))?.value ?? {}),
    events: await db.events.toArray(),
    tags: await db.tags.toArray(),
    rules: await db.rules.toArray(),
    reclaimed: await db.reclaimed.toArray(),
    recurring: await db.recurring.toArray(),
    plans: await db.plans.toArray(),
    nudges: await db.nudges.toArray(),
    coachRows: await db.coachRows.toArray(),
    calendars: await db.calendars.toArray(),
    staff: await db.staff.toArray(),
    reconcileDays: await db.reconcileDays.toArray(),
  }));
}

/**
 * Writes validated contents in one transaction, merging by stable ids (restoring twice changes nothing),
 * then rebuilds what is derived from them.
 */
export async function mergeAllContents(db: LeadershipDb, contents: StoreContents): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // A backup carries the settings whole (the leader's choices over the defaults); the store keeps the choices.
    await db.meta.put({ key: SETTINGS_KEY, value: choicesFromRow(contents.settings) });
    // The series pattern is derived from each event: a backup written before it existed gets it here; one that carries
    // it keeps it (it was computed in the leader's own time zone, which this context may not share).
    await db.events.bulkPut(contents.events.map((e) => withPattern(e)));
    await db.tags.bulkPut(contents.tags);
    await db.rules.bulkPut(contents.rules);
    await db.reclaimed.bulkPut(contents.reclaimed);
    await db.recurring.bulkPut(contents.recurring);
    await db.plans.bulkPut(contents.plans);
    await db.nudges.bulkPut(contents.nudges);
    await db.coachRows.bulkPut(contents.coachRows);
    await db.calendars.bulkPut(contents.calendars);
    await db.staff.bulkPut(contents.staff);
    await db.reconcileDays.bulkPut(contents.reconcileDays);
    await seedDefaultRulesIfEmpty(db);
    await rebuildCoachSummary(db);
  });
}

/** "Delete all my data": every table and the settings, in one transaction; the default rules come back. */
export async function deleteAllData(db: LeadershipDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // Clearing meta clears the coach summary too: no rows, no summary.
    for (const table of db.tables) await table.clear();
    await seedDefaultRulesIfEmpty(db);
  });
}

function withPattern(event: CalendarEvent): CalendarEvent {
  if (event.patternKey) return event;
  const pattern = patternKey(event);
  return pattern ? { ...event, patternKey: pattern } : event;
}
