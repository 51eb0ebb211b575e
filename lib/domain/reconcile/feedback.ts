import type { TeacherRef } from '../events/answer';
import type { CalendarEvent } from '../events/event';
import type { Tag } from '../events/tag';
import { fromIsoDate, isoDate } from '../time/week';
import { isConversation, isVisit } from './day';

/**
 * Feedback owed after a visit (research/daily-reconcile.md §1.2, §4; leader-practice.md §3): every walkthrough or
 * observation that happened leaves feedback owed to each teacher seen, due the next school day and overdue after
 * two. It is closed when a feedback or coaching conversation with that teacher happens after the visit, or by hand.
 * School days are counted on the calendar: weekends never count, nor a weekday the calendar showed with nothing in
 * the school day (a holiday); days not yet shown count as school days.
 */
export type IsSchoolDay = (date: string) => boolean;

/** The `n`th school day after `date` (n ≥ 1). */
export function schoolDayAfter(date: string, n: number, isSchoolDay: IsSchoolDay): string {
  const d = fromIsoDate(date);
  let found = 0;
  for (let i = 1; i < 366; i++) {
    const next = isoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + i));
    if (isSchoolDay(next) && ++found === n) return next;
  }
  return isoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n));
}

export type OwedState = 'owed' | 'due' | 'overdue' | 'closed';

export interface OwedFeedback {
  /** `<visit event id>|<teacher key>` */
  id: string;
  teacher: TeacherRef;
  visit: { eventId: string; title: string; start: number; activity: string };
  /** The next school day after the visit. */
  dueDate: string;
  /** The second school day after the visit: overdue once it has passed. */
  overdueAfter: string;
  closed: { at: number; how: 'conversation' | 'by-hand'; eventId?: string } | null;
  state: OwedState;
}

const happened = (tag: Tag | undefined) =>
  !!tag?.answer && (tag.answer.outcome === 'happened' || tag.answer.outcome === 'partly');

/**
 * Every visit-and-teacher pair among these events, with its state on `today`. Visits with no teacher named owe
 * nothing (the reconcile asks for the teachers when a visit happened).
 */
export function owedFeedback(
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  today: string,
  isSchoolDay: IsSchoolDay,
): OwedFeedback[] {
  const conversations = events
    .filter((e) => {
      const tag = tags.get(e.id);
      return happened(tag) && isConversation(tag!.activity) && e.removedAt === null;
    })
    .map((e) => ({ event: e, teachers: new Set((tags.get(e.id)!.answer!.teachers ?? []).map((t) => t.key)) }))
    .sort((a, b) => a.event.start - b.event.start);
  const owed: OwedFeedback[] = [];
  for (const event of events) {
    const tag = tags.get(event.id);
    if (!happened(tag) || !isVisit(tag!.activity) || event.removedAt !== null) continue;
    const visitDate = isoDate(event.start);
    const dueDate = schoolDayAfter(visitDate, 1, isSchoolDay);
    const overdueAfter = schoolDayAfter(visitDate, 2, isSchoolDay);
    for (const teacher of tag!.answer!.teachers ?? []) {
      const talk = conversations.find((c) => c.event.start > event.start && c.teachers.has(teacher.key));
      const byHand = tag!.answer!.feedbackClosed?.find((c) => c.key === teacher.key);
      const closed = talk
        ? { at: talk.event.start, how: 'conversation' as const, eventId: talk.event.id }
        : byHand
          ? { at: byHand.at, how: 'by-hand' as const }
          : null;
      owed.push({
        id: `${event.id}|${teacher.key}`,
        teacher,
        visit: { eventId: event.id, title: event.title, start: event.start, activity: tag!.activity },
        dueDate,
        overdueAfter,
        closed,
        state: closed ? 'closed' : today > overdueAfter ? 'overdue' : today >= dueDate ? 'due' : 'owed',
      });
    }
  }
  return owed.sort((a, b) => a.visit.start - b.visit.start || a.teacher.name.localeCompare(b.teacher.name));
}

/** Whether the feedback came within two school days: closed by a conversation no later than `overdueAfter`. */
export const closedInTime = (o: OwedFeedback) =>
  o.closed?.how === 'conversation' && isoDate(o.closed.at) <= o.overdueAfter;

/** "Feedback followed 2 of 9 visits within two days": of the pairs whose two days are over or closed. */
export function feedbackWithinTwoDays(owed: readonly OwedFeedback[], today: string): { followed: number; of: number } {
  const judged = owed.filter((o) => closedInTime(o) || today > o.overdueAfter);
  return { followed: judged.filter(closedInTime).length, of: judged.length };
}
