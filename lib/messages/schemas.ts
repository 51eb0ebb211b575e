import { z } from '../zod';
import { ActivityIdSchema, KindSchema } from '../domain/events/activities';
import { RawEventSchema } from '../domain/events/event';
import { HOST_IDS } from '../domain/events/hosts';
import { TagSourceSchema } from '../domain/events/tag';

const Range = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((r) => r.end > r.start, 'Empty range');
const SourceId = z.string().min(1).max(1024);
export const PageSourceSchema = z.enum(HOST_IDS);

const Text = z.string().max(4000);

/**
 * Google's chips as the page shows them, unparsed (lib/hosts/google/interpret.ts): the worker parses them, off the
 * calendar page's thread (issue #32).
 */
export const GoogleLabelsSchema = z.strictObject({
  lang: z.string().max(35),
  offset: z
    .number()
    .int()
    .min(-16 * 60)
    .max(16 * 60)
    .nullable(),
  /** The page's own zone around the view: [from epoch ms, minutes east of UTC], in order. */
  zone: z
    .array(
      z.tuple([
        z.number().int(),
        z
          .number()
          .int()
          .min(-16 * 60)
          .max(16 * 60),
      ]),
    )
    .min(1)
    .max(64)
    .refine((t) => t.every(([from], i) => i === 0 || from > t[i - 1]![0]), 'zone changes in order')
    .optional(),
  mode: z.enum(['light', 'dark']).optional(),
  chips: z
    .array(
      z.strictObject({
        id: SourceId,
        cal: z.string().min(1).max(500).optional(),
        series: SourceId.optional(),
        texts: z.array(Text).max(12),
        titles: z.array(Text).max(12),
        day: z.number().int().positive().optional(),
        allDay: z.boolean().optional(),
        color: z.string().max(40).optional(),
      }),
    )
    .max(10000),
});

/** Content script → background: what the calendar page showed. Content scripts carry no zod; this is where it is checked. */
export const EventsSeenSchema = z.strictObject({
  type: z.literal('events-seen'),
  source: PageSourceSchema,
  view: z.string().max(40),
  range: Range.nullable(),
  /** Event elements found on the page, and how many of them could not be read. */
  elements: z.number().int().min(0),
  failures: z.number().int().min(0),
  complete: z.boolean(),
  events: z.array(RawEventSchema).max(5000),
  /** Google: the chips' texts for the worker to read into events (then `events` is empty and `failures` 0). */
  labels: GoogleLabelsSchema.optional(),
  /** The calendars the events were read from, with the names the page gives them. */
  calendars: z
    .array(
      z.strictObject({ id: z.string().trim().min(1).max(500), name: z.string().trim().min(1).max(200).optional() }),
    )
    .max(200)
    .default([]),
  /** The signed-in account the page shows (its address is its own calendar's id). */
  account: z
    .strictObject({
      email: z
        .string()
        .trim()
        .min(3)
        .max(320)
        .regex(/^[^\s@]+@[^\s@]+$/, 'an e-mail address'),
      name: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
});

/** Content script → background: the tags to draw on visible chips (kind/activity only; no titles go to the page). */
export const GetTagsSchema = z.strictObject({
  type: z.literal('get-tags'),
  source: PageSourceSchema,
  sourceIds: z.array(SourceId).max(5000),
});

/** Content script or extension page → background: a person tags an event from its badge. */
export const SetTagSchema = z.strictObject({
  type: z.literal('set-tag'),
  source: PageSourceSchema,
  sourceId: SourceId,
  kind: KindSchema,
  activity: ActivityIdSchema.optional(),
});

/** Extension page → background: nudge settings changed, re-create the alarms. */
export const RescheduleNudgesSchema = z.strictObject({ type: z.literal('reschedule-nudges') });

/** Extension page → background: a day was reconciled (or un-reconciled): the toolbar's count follows. */
export const ReconcileChangedSchema = z.strictObject({ type: z.literal('reconcile-changed') });

export const MessageSchema = z.discriminatedUnion('type', [
  EventsSeenSchema,
  GetTagsSchema,
  SetTagSchema,
  RescheduleNudgesSchema,
  ReconcileChangedSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Which messages a calendar page's content script may send. Everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['events-seen', 'get-tags', 'set-tag'];

/** An activity as the page's picker offers it and its badges name it. */
export interface ActivityView {
  id: string;
  kind: 'instructional' | 'operational' | 'personal';
  label: string;
  /** A district activity no longer offered: it names old tags only. */
  retired?: boolean;
}

export const TagViewSchema = z.strictObject({
  kind: KindSchema,
  activity: ActivityIdSchema,
  setBy: TagSourceSchema,
  reason: z.string().optional(),
});
export type TagView = z.infer<typeof TagViewSchema>;

/** What a page's read came to, in the answer to `events-seen`: the page shows a notice and badges from it. */
export interface ReadOutcome {
  /** Events found on the page, how many could not be read, and how many were read. */
  elements: number;
  failures: number;
  read: number;
  /** The events that could not be read (Google's, read in the worker); the page knows its own otherwise. */
  unread?: string[];
  /** False when the page's language is one there are no tables for: only unambiguous times were read. */
  languageKnown?: boolean;
}

/** The answer to `events-seen`. */
export interface EventsSeenReply {
  recorded: boolean;
  tags: Record<string, TagView>;
  read: ReadOutcome;
  /** What the store did with it (events added, updated, removed, ...). */
  result?: Record<string, number>;
  /** A district's own activities, when it has any (lib/background/handlers.ts). */
  activities?: ActivityView[];
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
