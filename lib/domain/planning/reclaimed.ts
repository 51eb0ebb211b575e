import { z } from '../../zod';
import { ActivityIdSchema } from '../events/activities';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Not a real calendar date');

/** One "AI gave me back N minutes" record. */
export const ReclaimedEntrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  date: IsoDateSchema,
  minutes: z
    .number()
    .int('Minutes must be a whole number')
    .min(1, 'At least 1 minute')
    .max(24 * 60, 'At most 24 hours'),
  /** What the AI helped with, e.g. "parent newsletter". */
  task: z.string().trim().min(1, 'Say what the AI helped with').max(200),
  /** The operational area the time came from. */
  fromActivity: ActivityIdSchema,
  tool: z.string().trim().max(100).optional(),
  note: z.string().max(1000).optional(),
  /** Set when a weekly repeating estimate created the entry. */
  recurringId: z.string().max(100).optional(),
  createdAt: z.number().int().min(0),
});
export type ReclaimedEntry = z.infer<typeof ReclaimedEntrySchema>;

/** "AI drafts the newsletter every week: 45 min" — creates one entry a week until stopped. */
export const RecurringEstimateSchema = z.strictObject({
  id: z.string().min(1).max(100),
  task: z.string().trim().min(1).max(200),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  fromActivity: ActivityIdSchema,
  tool: z.string().trim().max(100).optional(),
  /** Day of the week the entry is dated (0 = Sunday). */
  weekday: z.number().int().min(0).max(6),
  startWeek: IsoDateSchema,
  stoppedAt: IsoDateSchema.nullable(),
});
export type RecurringEstimate = z.infer<typeof RecurringEstimateSchema>;
