import { RecurringEstimateSchema, type RecurringEstimate } from '../domain/planning/reclaimed';
import { dueRecurringEntries } from '../domain/planning/recurring';
import { fromIsoDate, type WeekStartsOn } from '../domain/time/week';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';
import { newId } from './reclaimed-repo';

export async function saveRecurring(
  db: LeadershipDb,
  draft: Omit<RecurringEstimate, 'id' | 'stoppedAt'> & { id?: string },
): Promise<RecurringEstimate> {
  const parsed = RecurringEstimateSchema.safeParse({ ...draft, id: draft.id ?? newId('estimate'), stoppedAt: null });
  if (!parsed.success) throw new Error(`Not saved: ${describeZodError(parsed.error)}`);
  await db.recurring.put(parsed.data);
  return parsed.data;
}

export async function stopRecurring(db: LeadershipDb, id: string, today: string): Promise<void> {
  await db.recurring.update(id, { stoppedAt: today });
}

/** Creates the entries repeating estimates owe up to today (idempotent: ids are per estimate and week). */
export async function materializeRecurring(
  db: LeadershipDb,
  today: string,
  weekStartsOn: WeekStartsOn,
  now: number,
): Promise<number> {
  return db.transaction('rw', [db.recurring, db.reclaimed], async () => {
    const estimates = await db.recurring.toArray();
    if (estimates.length === 0) return 0;
    const existing = new Set(
      (await db.reclaimed
        .where('recurringId')
        .anyOf(estimates.map((e) => e.id))
        .primaryKeys()) as string[],
    );
    const due = dueRecurringEntries(estimates, existing, today, weekStartsOn, now);
    await db.reclaimed.bulkPut(due);
    return due.length;
  });
}

/**
 * "Repeat every week" on an entry just logged: the estimate starts that week on that weekday, and the
 * entry becomes the estimate's first occurrence (so that week is not counted twice).
 */
export async function repeatWeekly(
  db: LeadershipDb,
  entry: { date: string; task: string; minutes: number; fromActivity: string; tool?: string },
  today: string,
  weekStartsOn: WeekStartsOn,
  now: number,
): Promise<RecurringEstimate> {
  // One transaction: stopped half-way, the week would hold both the entry and its first occurrence.
  return db.transaction('rw', [db.recurring, db.reclaimed], async () => {
    const estimate = await saveRecurring(db, {
      task: entry.task,
      minutes: entry.minutes,
      fromActivity: entry.fromActivity,
      weekday: fromIsoDate(entry.date).getDay(),
      startWeek: entry.date,
      ...(entry.tool ? { tool: entry.tool } : {}),
    });
    await db.reclaimed
      .where('date')
      .equals(entry.date)
      .and((e) => e.task === entry.task && !e.recurringId)
      .delete();
    await materializeRecurring(db, today, weekStartsOn, now);
    return estimate;
  });
}

export async function listRecurring(db: LeadershipDb): Promise<RecurringEstimate[]> {
  return db.recurring.toArray();
}
