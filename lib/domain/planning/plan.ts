import { z } from '../../zod';
import { ActivityIdSchema } from '../events/activities';
import { IsoDateSchema } from './reclaimed';

const epochMs = z.number().int().min(0).max(8.64e15);

/** A block "Find time" proposed for the plan: it is "on your calendar" once a captured event matches it. */
export const PlannedBlockSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    activity: ActivityIdSchema,
    start: epochMs,
    end: epochMs,
    /** Why this time, as "Find time" said it. */
    why: z.string().max(300).optional(),
    /** A feedback conversation names the visit it follows: the pair is shown and dropped together. */
    follows: z.string().min(1).max(100).optional(),
  })
  .refine((b) => b.end > b.start, { message: 'A block ends after it starts', path: ['end'] });
export type PlannedBlock = z.infer<typeof PlannedBlockSchema>;

/** "What will you do with the hours you get back this week?" — intended minutes per activity. */
export const WeekPlanSchema = z.strictObject({
  weekStart: IsoDateSchema,
  minutes: z.record(
    ActivityIdSchema,
    z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
  ),
  note: z.string().max(1000).optional(),
  /** Protected blocks proposed by "Find time" (absent in plans saved before there was Find time). */
  blocks: z.array(PlannedBlockSchema).max(60).optional(),
  updatedAt: z.number().int().min(0),
});
export type WeekPlan = z.infer<typeof WeekPlanSchema>;
