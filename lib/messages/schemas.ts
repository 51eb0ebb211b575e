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

/** Content script → background: the month names of the page's language (data, never the browser's Intl). */
export const MonthNamesSchema = z.strictObject({
  type: z.literal('month-names'),
  lang: z.string().regex(/^[a-zA-Z]{2,3}(_[a-zA-Z0-9]{2,4})?$/, 'a Google language code such as en_GB'),
});

/** Extension page → background: nudge settings changed, re-create the alarms. */
export const RescheduleNudgesSchema = z.strictObject({ type: z.literal('reschedule-nudges') });

/** Extension page → background: a day was reconciled (or un-reconciled): the toolbar's count follows. */
export const ReconcileChangedSchema = z.strictObject({ type: z.literal('reconcile-changed') });

export const MessageSchema = z.discriminatedUnion('type', [
  EventsSeenSchema,
  GetTagsSchema,
  SetTagSchema,
  MonthNamesSchema,
  RescheduleNudgesSchema,
  ReconcileChangedSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Which messages a calendar page's content script may send. Everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['events-seen', 'get-tags', 'set-tag', 'month-names'];

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

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
