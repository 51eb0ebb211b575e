import { type PlannedBlock, type WeekPlan, WeekPlanSchema } from '../domain/planning/plan';
import { weekRange } from '../domain/time/week';
import { describeZodError } from '../zod';
import { type LeadershipDb, taggingTables } from './db';
import { eventsOverlapping, tagEvents } from './events-repo';

/** Saves the week's plan (its proposed blocks are kept); invalid input is refused with the reason and nothing is written. */
export async function savePlan(db: LeadershipDb, plan: Omit<WeekPlan, 'updatedAt'>, now: number): Promise<WeekPlan> {
  return db.transaction('rw', [db.plans], async () => {
    const previous = await db.plans.get(plan.weekStart);
    const minutes = Object.fromEntries(Object.entries(plan.minutes).filter(([, m]) => m > 0));
    const next: WeekPlan = { ...plan, minutes, updatedAt: now };
    const blocks = plan.blocks ?? previous?.blocks;
    if (blocks) next.blocks = blocks;
    const parsed = WeekPlanSchema.safeParse(next);
    if (!parsed.success) throw new Error(`Plan not saved: ${describeZodError(parsed.error)}`);
    await db.plans.put(parsed.data);
    return parsed.data;
  });
}

/**
 * Replaces the plan's protected blocks, then re-tags the week's events in the same transaction, so a
 * block already on the calendar is linked at once. The plan must exist (Find time saves it first).
 */
export async function setPlanBlocks(
  db: LeadershipDb,
  weekKey: string,
  blocks: readonly PlannedBlock[],
  now: number,
): Promise<WeekPlan> {
  return db.transaction('rw', taggingTables(db), async () => {
    const plan = await db.plans.get(weekKey);
    if (!plan) throw new Error('Save the plan first, then find time for it.');
    const parsed = WeekPlanSchema.safeParse({ ...plan, blocks: [...blocks], updatedAt: now });
    if (!parsed.success) throw new Error(`Blocks not saved: ${describeZodError(parsed.error)}`);
    await db.plans.put(parsed.data);
    await tagEvents(db, await eventsOverlapping(db, weekRange(weekKey)), now);
    return parsed.data;
  });
}

/** The plan that came before this week's, if any (its split is offered again). */
export async function previousPlan(db: LeadershipDb, weekKey: string): Promise<WeekPlan | undefined> {
  return db.plans.where('weekStart').below(weekKey).last();
}
