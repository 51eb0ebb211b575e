import { z } from '../../zod';

/** What was delivered, for which week: the panel's nudge card and history, and the no-duplicates guarantee. */
export const NudgeRecordSchema = z.strictObject({
  /** `${kind}:${weekKey}` */
  id: z.string().min(1).max(40),
  /** The weekly plan and review; `reconcile` is the optional daily reminder (its `weekKey` is the day). */
  kind: z.enum(['plan', 'review', 'reconcile']),
  weekKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().max(200),
  message: z.string().max(1000),
  target: z.enum(['plan', 'review', 'tag', 'setup', 'reconcile']),
  deliveredAt: z.number().int().min(0),
  snoozedUntil: z.number().int().min(0).nullable(),
  dismissed: z.boolean(),
});
export type NudgeRecord = z.infer<typeof NudgeRecordSchema>;

export const nudgeId = (kind: NudgeRecord['kind'], weekKey: string) => `${kind}:${weekKey}`;
