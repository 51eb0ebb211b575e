import { z } from '../zod';
import { ActivityIdSchema, KindSchema } from '../domain/events/activities';

export const RULE_FIELDS = ['title', 'calendar', 'color', 'location'] as const;
export const RuleFieldSchema = z.enum(RULE_FIELDS);
export type RuleField = z.infer<typeof RuleFieldSchema>;

/** A keyword rule: "when the title contains any of these words, suggest this kind and activity". */
export const RuleSchema = z.strictObject({
  id: z.string().min(1).max(100),
  /** Explicit order: the first enabled rule that matches wins. */
  order: z.number().int().min(0),
  enabled: z.boolean(),
  field: RuleFieldSchema,
  /** Any of these (case-insensitive, whole words) matches. */
  keywords: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
  kind: KindSchema,
  activity: ActivityIdSchema,
  builtIn: z.boolean(),
  /** A district's rule (never stored, lib/rules/district-rules.ts): locked ones cannot be edited or passed. */
  district: z.enum(['locked', 'default']).optional(),
});
export type Rule = z.infer<typeof RuleSchema>;
