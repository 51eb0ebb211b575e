import { z } from '../../zod';

/**
 * What happened to a protected or instructional block, as the daily reconcile records it (the SAM daily meeting,
 * research/daily-reconcile.md §1 and "Design implications" 2–7). It lives on the block's tag, beside the coarse
 * status every weekly number reads (happened / displaced); the tag's schema keeps the two in step. No student
 * data: a reason is a category, "Other" takes a few words and a teacher is named, never a student.
 */
export const OUTCOMES = ['happened', 'partly', 'moved', 'not-happened', 'ask-principal'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** The coarse status each outcome gives the block: a part that happened counts as happened for its minutes. */
export function statusOfOutcome(outcome: Outcome): 'happened' | 'displaced' | 'planned' {
  return outcome === 'happened' || outcome === 'partly'
    ? 'happened'
    : outcome === 'ask-principal'
      ? 'planned'
      : 'displaced';
}

/** An id of a reason ("discipline", or one the leader added: "custom-…"). */
export const ReasonIdSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Reason ids are lower-case words joined by hyphens');

/** A teacher as the staff list keys them (an e-mail, or a name folded to lower case): see reconcile/staff.ts. */
export const TeacherRefSchema = z.strictObject({
  key: z.string().trim().min(1).max(320),
  name: z.string().trim().min(1).max(120),
});
export type TeacherRef = z.infer<typeof TeacherRefSchema>;

/** "Who could take this next time?": a named First Responder, nobody yet, or the leader was needed. */
export const NextTimeSchema = z.discriminatedUnion('who', [
  z.strictObject({ who: z.literal('responder'), name: z.string().trim().min(1).max(120) }),
  z.strictObject({ who: z.literal('unassigned') }),
  z.strictObject({ who: z.literal('me') }),
]);
export type NextTime = z.infer<typeof NextTimeSchema>;

export const FOLLOW_UPS = ['reschedule', 'hand-off', 'drop'] as const;
export const FollowUpSchema = z.enum(FOLLOW_UPS);
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** Few words, never a paragraph: "Other" reasons and the leader's own reason names. */
export const SHORT_TEXT_MAX = 60;

/** What an answer says, apart from who said it. */
const answerFields = {
  outcome: OutcomeSchema,
  /** Partly: the minutes that happened (the block's first minutes). */
  minutesHappened: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  /** Partly and didn't happen: what took the time, and how many minutes it took. */
  reason: ReasonIdSchema.optional(),
  reasonNote: z.string().trim().min(1).max(SHORT_TEXT_MAX).optional(),
  minutesLost: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  nextTime: NextTimeSchema.optional(),
  /** A visit that happened: the teachers seen (each is owed feedback); a conversation: the teachers it was with. */
  teachers: z.array(TeacherRefSchema).max(12).optional(),
  /** Moved or didn't happen: what the leader will do about it; a rescheduled block's new start. */
  followUp: FollowUpSchema.optional(),
  rescheduledTo: z.number().int().min(0).optional(),
  /** Owed feedback closed by hand ("I gave it in the hallway"), per teacher. */
  feedbackClosed: z
    .array(z.strictObject({ key: z.string().min(1).max(320), at: z.number().int().min(0) }))
    .max(12)
    .optional(),
  /** A question the assistant left for the principal ("Ask the principal"). */
  question: z.string().trim().max(200).optional(),
  answeredAt: z.number().int().min(0),
};

type AnswerShape = { outcome: Outcome; minutesHappened?: number; reason?: string; followUp?: FollowUp };
/** The rules every answer keeps, wherever it is stored or read from. */
function answerRules<T extends z.ZodType<AnswerShape>>(schema: T) {
  return schema
    .refine((a) => a.outcome === 'partly' || a.minutesHappened === undefined, {
      message: 'Only a block that partly happened has minutes that happened',
      path: ['minutesHappened'],
    })
    .refine((a) => a.outcome === 'partly' || a.outcome === 'not-happened' || a.reason === undefined, {
      message: 'Only a block that partly or did not happen has a reason',
      path: ['reason'],
    })
    .refine((a) => a.outcome === 'moved' || a.outcome === 'not-happened' || a.followUp === undefined, {
      message: 'Only a moved block or one that did not happen has a follow-up',
      path: ['followUp'],
    });
}

export const AnswerSchema = answerRules(
  z.strictObject({
    ...answerFields,
    /** Who answered: YOU for the person at this computer, else the name of the person who keeps their calendar. */
    by: z.string().trim().min(1).max(80),
  }),
);
/** An answer as a tags file carries it: its author is the file's sender. */
export const FileAnswerSchema = answerRules(z.strictObject(answerFields));
export type FileAnswer = z.infer<typeof FileAnswerSchema>;
export type Answer = z.infer<typeof AnswerSchema>;

/** The answer from the person themself (not their assistant). */
export const YOU = 'you';
