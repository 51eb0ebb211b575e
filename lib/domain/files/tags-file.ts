// The tags file's contract: docs/file-contracts.md.
import { describeZodError, z } from '../../zod';
import { ActivityIdSchema, activityLabel, findActivity, KIND_LABELS, KindSchema } from '../events/activities';
import { calendarsOf } from '../events/calendar-ids';
import { calendarKey } from '../events/calendars';
import type { CalendarEvent } from '../events/event';
import { BlockStatusSchema, type Tag } from '../events/tag';
import { type Answer, type FileAnswer, FileAnswerSchema, statusOfOutcome } from '../events/answer';
import { IsoDateSchema } from '../planning/reclaimed';

/**
 * The tags file an assistant principal sends to the principal whose calendar they keep (the SAM daily
 * reconciliation, research/leader-practice.md §1): which of the principal's events got which tag and whether a
 * block happened. It holds no more than matching needs: Google events are named by their event id (the same in
 * every viewer's calendar), so no title travels; Outlook's item ids differ per mailbox, so its events are named
 * by start, end and title. This module is the contract; change it only with a new version.
 */
export const TAGS_FILE_FORMAT = 'leadership-calendar-tags';
/** 1: tags and "did it happen?"; 2: the daily reconcile's answers (reasons, teachers, follow-ups) and confirmed days. */
export const TAGS_FILE_VERSION = 2;
export const MAX_TAGS_FILE_BYTES = 20 * 1024 * 1024;

const epochMs = z.number().int().min(0).max(8.64e15);

/** What the assistant decided about one event. */
const decision = {
  kind: KindSchema,
  activity: ActivityIdSchema,
  status: BlockStatusSchema.optional(),
  displacedBy: ActivityIdSchema.optional(),
  /** Version 2: the reconcile's answer about the block (its author is the file's sender). */
  answer: FileAnswerSchema.optional(),
  /** Version 2: the assistant confirmed this event as it was ("Confirm the rest"). */
  confirmed: z.literal(true).optional(),
};

const GoogleEntrySchema = z.strictObject({
  match: z.literal('google-event-id'),
  eventId: z.string().min(1).max(1024),
  start: epochMs,
  end: epochMs,
  ...decision,
});
const TimeAndTitleEntrySchema = z.strictObject({
  match: z.literal('start-end-title'),
  source: z.enum(['outlook', 'ics']),
  start: epochMs,
  end: epochMs,
  title: z.string().max(2000),
  ...decision,
});

export const TagsFileEntrySchema = z
  .discriminatedUnion('match', [GoogleEntrySchema, TimeAndTitleEntrySchema])
  .refine((e) => e.end >= e.start, { message: 'The event ends before it starts', path: ['end'] })
  .refine((e) => findActivity(e.activity) === undefined || findActivity(e.activity)!.kind === e.kind, {
    message: 'The activity belongs to another kind',
    path: ['activity'],
  })
  .refine((e) => e.kind === 'instructional' || e.status === undefined, {
    message: 'Only instructional blocks have a planned/happened/displaced status',
    path: ['status'],
  })
  .refine((e) => e.answer === undefined || (e.status ?? 'planned') === statusOfOutcome(e.answer.outcome), {
    message: 'The answer and the block status disagree',
    path: ['answer'],
  });
export type TagsFileEntry = z.infer<typeof TagsFileEntrySchema>;

export const TagsFileSchema = z.strictObject({
  format: z.literal(TAGS_FILE_FORMAT),
  /** Every released version is read: a version 1 file carries no answers. */
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string().max(40),
  /** Who tagged ("Ms. Rivera"), as the principal will read it in each tag's why. */
  from: z.string().trim().min(1).max(80),
  /** Whose calendar it is ("Dr. Lee"). */
  for: z.string().trim().min(1).max(80),
  calendar: z.strictObject({ id: z.string().min(1).max(500) }),
  weeks: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  entries: z.array(TagsFileEntrySchema).max(20_000),
});
export type TagsFile = z.infer<typeof TagsFileSchema>;

/** Only a person's decisions travel (their own tags and the series they tagged): rule guesses stay at home. */
const SENT_SOURCES: ReadonlySet<Tag['setBy']> = new Set(['person', 'series']);

/**
 * The entries of a tags file: the events on the kept calendar that the assistant tagged, answered or confirmed.
 * `confirmed` holds the events the assistant confirmed in a day's "Confirm the rest" (their tag, even a rule's, is
 * then the assistant's decision).
 */
export function tagsFileEntries(
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  calendarId: string,
  confirmed: ReadonlySet<string> = new Set(),
): { entry: TagsFileEntry; event: CalendarEvent }[] {
  const kept = calendarKey(calendarId);
  return events
    .filter((e) => e.removedAt === null && !e.duplicateOf && calendarsOf(e).some((c) => calendarKey(c) === kept))
    .flatMap((event) => {
      const tag = tags.get(event.id);
      if (!tag || (!SENT_SOURCES.has(tag.setBy) && !confirmed.has(event.id))) return [];
      const made = { kind: tag.kind, activity: tag.activity, start: event.start, end: event.end };
      const answer = tag.answer && fileAnswer(tag.answer);
      const decided = {
        ...made,
        ...(tag.status ? { status: tag.status } : {}),
        ...(tag.displacedBy ? { displacedBy: tag.displacedBy } : {}),
        ...(answer ? { answer } : {}),
        ...(confirmed.has(event.id) ? { confirmed: true as const } : {}),
      };
      const entry: TagsFileEntry =
        event.source === 'google'
          ? { match: 'google-event-id', eventId: event.sourceId, ...decided }
          : { match: 'start-end-title', source: event.source, title: event.title, ...decided };
      return [{ entry, event }];
    })
    .sort((a, b) => a.event.start - b.event.start);
}

/** An answer as the file carries it: who answered is the file's sender. */
function fileAnswer(answer: Answer): FileAnswer {
  const { by: _by, ...rest } = answer;
  return rest;
}

/** What the assistant decided, or what the leader has, in a form two tags are compared in. */
export interface Decision {
  kind: Tag['kind'];
  activity: string;
  status?: Tag['status'];
  displacedBy?: string | undefined;
  /** The reconcile's answer (version 2 files, and the leader's own tag). */
  answer?: FileAnswer | Answer | undefined;
}

/** "Instructional: Walkthrough (happened)". */
export const describeDecision = (d: Decision) =>
  `${KIND_LABELS[d.kind]}: ${activityLabel(d.activity)}${d.status && d.status !== 'planned' ? ` (${d.status})` : ''}`;

export class TagsFileError extends Error {}

/** Reads and validates a whole tags file; a file that is not one, or is newer, is refused with a sentence. */
export function parseTagsFile(text: string, name = 'This file'): TagsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TagsFileError(`${name} is not a tags file: it is not JSON. Nothing was changed.`);
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (head.format !== TAGS_FILE_FORMAT)
    throw new TagsFileError(
      `${name} is not a Leadership Calendar tags file (expected "format": "${TAGS_FILE_FORMAT}"). Nothing was changed.`,
    );
  if (typeof head.version === 'number' && head.version > TAGS_FILE_VERSION)
    throw new TagsFileError(
      `${name} was written by a newer version of Leadership Calendar (tags file version ${head.version}); ` +
        'update the extension to read it. Nothing was changed.',
    );
  const parsed = TagsFileSchema.safeParse(json);
  if (!parsed.success)
    throw new TagsFileError(`${name} could not be read, nothing was changed: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
