import { z } from '../zod';
import { ActivityIdSchema } from './activities';
import { IsoDateSchema } from './reclaimed';

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
  updatedAt: z.number().int().min(0),
});
export type WeekPlan = z.infer<typeof WeekPlanSchema>;
