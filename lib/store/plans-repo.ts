import { WeekPlanSchema, type WeekPlan } from '../domain/plan';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';

/** Saves the week's plan; invalid input is refused with the reason and nothing is written. */
export async function savePlan(db: LeadershipDb, plan: Omit<WeekPlan, 'updatedAt'>, now: number): Promise<WeekPlan> {
  const minutes = Object.fromEntries(Object.entries(plan.minutes).filter(([, m]) => m > 0));
  const parsed = WeekPlanSchema.safeParse({ ...plan, minutes, updatedAt: now });
  if (!parsed.success) throw new Error(`Plan not saved: ${describeZodError(parsed.error)}`);
  await db.plans.put(parsed.data);
  return parsed.data;
}
