import { z } from '../../zod';
import { ActivityIdSchema, KindSchema, findActivity } from './activities';
import { AnswerSchema, statusOfOutcome } from './answer';

/**
 * Who decided the tag. A person's choice always wins; an assistant's tag is the choice of the person who keeps
 * this calendar (an AP, the SAM practice), imported from their tags file — it beats everything but the leader's
 * own choice; a series tag copies a person's choice to the other occurrences; a plan tag marks an event that is
 * one of the leader's planned protected blocks.
 */
export const TAG_SOURCES = ['person', 'assistant', 'series', 'plan', 'rule'] as const;
export const TagSourceSchema = z.enum(TAG_SOURCES);
export type TagSource = z.infer<typeof TagSourceSchema>;

/** Instructional blocks are intentions until confirmed: a walkthrough eaten by a discipline call is "displaced". */
export const BLOCK_STATUSES = ['planned', 'happened', 'displaced'] as const;
export const BlockStatusSchema = z.enum(BLOCK_STATUSES);
export type BlockStatus = z.infer<typeof BlockStatusSchema>;

export const TagSchema = z
  .strictObject({
    eventId: z.string().min(3).max(1100),
    kind: KindSchema,
    activity: ActivityIdSchema,
    setBy: TagSourceSchema,
    /** The rule that matched, so the UI can say why. */
    ruleId: z.string().max(100).optional(),
    /** Plain-language reason, e.g. `title contains "walkthrough"`. */
    reason: z.string().max(300).optional(),
    status: BlockStatusSchema.optional(),
    /** The planned protected block this event is (set when a captured event matches one). */
    blockId: z.string().max(100).optional(),
    /** What displaced an instructional block, when the leader says (an activity id). Before the daily reconcile. */
    displacedBy: ActivityIdSchema.optional(),
    /** The daily reconcile's answer about this block: its detail (see answer.ts); `status` is its coarse outcome. */
    answer: AnswerSchema.optional(),
    updatedAt: z.number().int().min(0),
  })
  .refine((t) => t.kind === 'instructional' || t.status === undefined, {
    message: 'Only instructional blocks have a planned/happened/displaced status',
    path: ['status'],
  })
  .refine((t) => findActivity(t.activity) === undefined || findActivity(t.activity)?.kind === t.kind, {
    message: 'The activity belongs to another kind',
    path: ['activity'],
  })
  .refine((t) => t.answer === undefined || (t.status ?? 'planned') === statusOfOutcome(t.answer.outcome), {
    message: 'The answer and the block status disagree',
    path: ['answer'],
  });
export type Tag = z.infer<typeof TagSchema>;

/** Higher wins. Rules never override a person, an assistant or a series tag; nothing overrides a person. */
export function tagPriority(source: TagSource): number {
  return source === 'person' ? 4 : source === 'assistant' ? 3 : source === 'series' || source === 'plan' ? 2 : 1;
}

/** A human decided this tag (the leader, or the assistant who keeps their calendar): no rule or plan replaces it. */
export const decidedByPerson = (tag: Pick<Tag, 'setBy'> | undefined) =>
  tag !== undefined && tagPriority(tag.setBy) >= 3;

/**
 * What a re-tag keeps of the tag before it: "did it happen?" and the reconcile's answer belong to the block, not
 * to the kind a person or rule gave it, so they stay while the block is still instructional time.
 */
export function keepOutcome(previous: Tag | undefined, next: Tag): Tag {
  if (next.kind !== 'instructional' || !previous) return next;
  if (previous.status) next.status = previous.status;
  if (previous.answer) next.answer = previous.answer;
  return next;
}

/** The status an instructional block has when the leader has not said otherwise. */
export function effectiveStatus(tag: Tag | undefined): BlockStatus | undefined {
  if (tag?.kind !== 'instructional') return undefined;
  return tag.status ?? 'planned';
}
