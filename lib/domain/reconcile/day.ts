/**
 * lib/domain/reconcile: the daily practice (research/daily-reconcile.md) — which of a day's blocks to ask about and
 * in what order (this module), the reasons and First Responders, the staff list, feedback owed after visits,
 * coverage of the staff, and the week's totals of what happened. Pure: events, tags and answers in.
 */
import { z } from '../../zod';
import { COACHING_ACTIVITIES, WALKTHROUGH_ACTIVITIES } from '../events/activities';
import type { Answer } from '../events/answer';
import { type CalendarEvent, exclusionReason } from '../events/event';
import type { Tag } from '../events/tag';
import { MINUTE_MS } from '../time/numbers';
import { fromIsoDate, isoDate } from '../time/week';

/** How far back the reconcile looks for days not yet reconciled, in school days (the SAM daily meeting's catch-up). */
export const RECONCILE_SCHOOL_DAYS = 5;

/** A visit to a classroom: owed feedback follows it. */
export const isVisit = (activity: string) => WALKTHROUGH_ACTIVITIES.includes(activity);
/** A conversation with a teacher: closes the feedback a visit left owed. */
export const isConversation = (activity: string) => COACHING_ACTIVITIES.includes(activity);

/**
 * The blocks asked about one by one: walkthroughs, observations, coaching and feedback conversations, and every
 * block Find time planned. Everything else a day held is confirmed at once ("Confirm the rest").
 */
export function isProtected(tag: Tag | undefined): boolean {
  if (tag?.kind !== 'instructional') return false;
  return tag.blockId !== undefined || isVisit(tag.activity) || isConversation(tag.activity);
}

/** A school-day shape's hours, enough to tell a school day from a day with only evening events. */
export interface SchoolHours {
  start: string;
  end: string;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
function hoursOn(date: string, hours: SchoolHours) {
  const d = fromIsoDate(date);
  const at = (m: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(m / 60), m % 60).getTime();
  return { start: at(minutesOf(hours.start)), end: at(minutesOf(hours.end)) };
}

export const isWeekday = (date: string) => {
  const day = fromIsoDate(date).getDay();
  return day !== 0 && day !== 6;
};

/** Timed events that count (not declined, cancelled, removed or all-day) and touch the school day's hours. */
export function schoolDayEvents<E extends CalendarEvent>(events: readonly E[], date: string, hours: SchoolHours): E[] {
  const range = hoursOn(date, hours);
  return events.filter((e) => exclusionReason(e) === null && e.start < range.end && e.end > range.start);
}

/** A day's events, split as the reconcile asks about them. Only events already over are asked about. */
export interface DayItems {
  date: string;
  /** Protected and instructional blocks, in time order: each asked Happened / Partly / Moved / Didn't happen. */
  questions: { event: CalendarEvent; tag: Tag; answer: Answer | undefined }[];
  /** Tagged events that are not protected blocks: confirmed together. */
  rest: { event: CalendarEvent; tag: Tag }[];
  /** Events with no tag yet: they go to the tagging list, never counted as happened. */
  untagged: CalendarEvent[];
  /** Blocks of the day not over yet: asked about once they are. */
  later: number;
}

export function dayItems(
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  date: string,
  now: number,
): DayItems {
  const items: DayItems = { date, questions: [], rest: [], untagged: [], later: 0 };
  const day = fromIsoDate(date);
  const dayEnd = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
  const ofDay = events
    .filter((e) => exclusionReason(e) === null && e.start >= day.getTime() && e.start < dayEnd)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const event of ofDay) {
    if (event.end > now) {
      items.later++;
      continue;
    }
    const tag = tags.get(event.id);
    if (!tag) items.untagged.push(event);
    else if (isProtected(tag)) items.questions.push({ event, tag, answer: tag.answer });
    else items.rest.push({ event, tag });
  }
  return items;
}

/** Who is reconciling: the leader (their own calendars) or the person who keeps the leader's calendar. */
export type Reconciler = 'leader' | 'keeper';

/** A question is settled for this reconciler: answered, and for the leader not a question left for them. */
export function settled(answer: Answer | undefined, who: Reconciler): boolean {
  if (!answer) return false;
  return who === 'keeper' || answer.outcome !== 'ask-principal';
}

/** The record of "Confirm the rest" for a day. */
export const DayRecordSchema = z.strictObject({
  /** `mine:<date>` for the leader's own calendars, `<calendar id>:<date>` for a calendar kept for someone. */
  id: z.string().min(12).max(520),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The rest of the day's events (by id) confirmed as they were. */
  confirmed: z.array(z.string().min(3).max(1100)).max(500),
  at: z.number().int().min(0),
  by: z.string().trim().min(1).max(80),
});
export type DayRecord = z.infer<typeof DayRecordSchema>;

/** Whose day it is: the leader's own calendars, or a calendar kept for someone (by its key). */
export const MY_CALENDARS = 'mine';
export const dayRecordId = (calendar: string, date: string) => `${calendar}:${date}`;

export type DayState = 'reconciled' | 'open' | 'no-events';

/**
 * Reconciled: every question answered and the rest confirmed (an event added to the day since makes it open
 * again). Silence is never "happened": a day nobody answered stays open.
 */
export function dayState(items: DayItems, record: DayRecord | undefined, who: Reconciler): DayState {
  const asked = items.questions.length + items.rest.length + items.untagged.length;
  if (asked === 0) return 'no-events';
  const confirmed = new Set(record?.confirmed ?? []);
  const open =
    items.questions.some((q) => !settled(q.answer, who)) ||
    items.rest.some((r) => !confirmed.has(r.event.id)) ||
    items.untagged.length > 0;
  return open ? 'open' : 'reconciled';
}

/**
 * The school days to look at, newest last: up to `count` weekdays before now whose school-day hours held an event
 * (a weekday with none — a holiday, a training day — is skipped). Today counts once its school day is over.
 */
export function recentSchoolDays(
  now: number,
  hours: SchoolHours,
  hasSchoolEvents: (date: string) => boolean,
  count = RECONCILE_SCHOOL_DAYS,
  lookBackDays = 21,
): string[] {
  const days: string[] = [];
  const today = new Date(now);
  for (let back = 0; back < lookBackDays && days.length < count; back++) {
    const date = isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back));
    if (back === 0 && now < hoursOn(date, hours).end) continue;
    if (isWeekday(date) && hasSchoolEvents(date)) days.push(date);
  }
  return days.reverse();
}

/** The day the view opens on: the oldest of the recent school days still open, else the latest one. */
export function dayToOpen(states: readonly { date: string; state: DayState }[]): string | null {
  return states.find((s) => s.state === 'open')?.date ?? states[states.length - 1]?.date ?? null;
}

/** The minutes of a block (its own length, within the day). */
export const blockMinutes = (event: Pick<CalendarEvent, 'start' | 'end'>) =>
  Math.max(0, Math.round((event.end - event.start) / MINUTE_MS));

/** Partly: half of the block, to the nearest five minutes, by default. */
export const defaultMinutesHappened = (minutes: number) => Math.round(minutes / 2 / 5) * 5;

/** What an answer may say about a block of `minutes` minutes: a sentence when it cannot, else null. */
export function answerProblem(
  answer: {
    outcome: string;
    minutesHappened?: number | undefined;
    minutesLost?: number | undefined;
    teachers?: readonly unknown[] | undefined;
  },
  minutes: number,
): string | null {
  const happened =
    answer.outcome === 'partly' ? (answer.minutesHappened ?? -1) : answer.outcome === 'happened' ? minutes : 0;
  if (answer.outcome === 'partly' && (happened < 1 || happened >= minutes))
    return `Partly: say how many of the block's ${minutes} minutes happened (1 to ${minutes - 1}).`;
  if (answer.minutesLost !== undefined && (answer.minutesLost < 1 || answer.minutesLost > minutes - happened))
    return `Minutes lost: 1 to ${minutes - happened}, the part that did not happen.`;
  if (answer.teachers?.length && answer.outcome !== 'happened' && answer.outcome !== 'partly')
    return 'Teachers are named only for a block that happened.';
  return null;
}
