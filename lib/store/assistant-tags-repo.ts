import { eventId, sameTitle, type CalendarEvent } from '../domain/events/event';
import { TagSchema, type Tag } from '../domain/events/tag';
import { type Decision, tagsFileEntries, type TagsFile, type TagsFileEntry } from '../domain/files/tags-file';
import { isoDate, weekRange } from '../domain/time/week';
import { calendarKey } from '../domain/events/calendars';
import { dayRecordId, MY_CALENDARS } from '../domain/reconcile/day';
import { eventsOverlapping } from './events-repo';
import { describeZodError } from '../zod';
import { type Answer, type FileAnswer, YOU } from '../domain/events/answer';
import type { LeadershipDb } from './db';

export interface AssistantConflict {
  eventId: string;
  title: string;
  start: number;
  yours: Decision;
  theirs: Decision;
}

export interface AssistantImport {
  from: string;
  /** Entries that found their event here. */
  matched: number;
  /** Of those, tags set or updated from the file. */
  applied: number;
  /** Already as the file says (importing the same file again changes nothing). */
  unchanged: number;
  /** Events the leader tagged differently: the leader's tag was kept. */
  conflicts: AssistantConflict[];
  /** Entries whose event this browser has not seen (a week not opened here yet, or an event since deleted). */
  unmatched: number;
  /** Questions the assistant left ("Ask the principal"): they wait in the Reconcile view. */
  questions: number;
}

async function findEvent(db: LeadershipDb, entry: TagsFileEntry): Promise<CalendarEvent | undefined> {
  if (entry.match === 'google-event-id') return db.events.get(eventId('google', entry.eventId));
  // Outlook's item ids differ per mailbox: the same meeting is the one at the same time with the same title.
  const candidates = await db.events.where('[source+start]').equals([entry.source, entry.start]).toArray();
  return candidates.find((e) => e.end === entry.end && e.removedAt === null && sameTitle(e.title, entry.title));
}

function assistantTag(event: CalendarEvent, d: Decision, from: string, current: Tag | undefined, now: number): Tag {
  const tag: Tag = {
    eventId: event.id,
    kind: d.kind,
    activity: d.activity,
    setBy: 'assistant',
    reason: `set by ${from}`,
    updatedAt: now,
  };
  if (d.status) tag.status = d.status;
  if (d.status === 'displaced' && d.displacedBy) tag.displacedBy = d.displacedBy;
  if (d.answer && d.kind === 'instructional') tag.answer = { ...d.answer, by: from };
  // A planned protected block stays linked to the plan while it is still instructional time.
  if (d.kind === 'instructional' && current?.blockId) tag.blockId = current.blockId;
  return validTag(tag, from);
}

function validTag(tag: Tag, from: string): Tag {
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new Error(`A tag from ${from} is not valid: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Two answers say the same (who answered aside). */
const sameAnswer = (a: FileAnswer | undefined, b: Answer | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ? { ...b, by: undefined } : null);

const sameDecision = (a: Decision, b: Decision) =>
  a.kind === b.kind &&
  a.activity === b.activity &&
  (a.status ?? 'planned') === (b.status ?? 'planned') &&
  (a.displacedBy ?? null) === (b.displacedBy ?? null);

/**
 * Imports an assistant's tags file in one transaction. A matched event gets the assistant's tag with "set by
 * <name>" as its why; a tag the leader set themself always wins (a different one is listed as a conflict, an
 * agreeing one may gain the assistant's "did it happen?" answer); importing the same file twice changes nothing.
 * Version 2 brings the reconcile's answers (the leader's own answer wins; a question the assistant left waits in the
 * leader's Reconcile view) and the events the assistant confirmed, which join the leader's day.
 */
export async function importAssistantTags(db: LeadershipDb, file: TagsFile, now: number): Promise<AssistantImport> {
  return db.transaction('rw', [db.events, db.tags, db.reconcileDays], async () => {
    const result: AssistantImport = {
      from: file.from,
      matched: 0,
      applied: 0,
      unchanged: 0,
      conflicts: [],
      unmatched: 0,
      questions: 0,
    };
    const puts: Tag[] = [];
    const confirmedByDay = new Map<string, string[]>();
    for (const entry of file.entries) {
      const event = await findEvent(db, entry);
      if (!event) {
        result.unmatched++;
        continue;
      }
      result.matched++;
      if (entry.confirmed) {
        const date = isoDate(event.start);
        confirmedByDay.set(date, [...(confirmedByDay.get(date) ?? []), event.id]);
      }
      if (entry.answer?.outcome === 'ask-principal') result.questions++;
      const current = await db.tags.get(event.id);
      const theirs: Decision = entry;
      if (current?.setBy === 'person') {
        const yours: Decision = current;
        const sameWork = current.kind === entry.kind && current.activity === entry.activity;
        const ownAnswer = current.answer !== undefined && current.answer.by === YOU;
        const answersOpenQuestion =
          sameWork &&
          !ownAnswer &&
          (entry.answer
            ? !sameAnswer(entry.answer, current.answer)
            : (current.status ?? 'planned') === 'planned' && entry.status !== undefined && entry.status !== 'planned');
        if (answersOpenQuestion) {
          // The leader's tag stays theirs; the assistant's reconciliation is added to it.
          const next: Tag = { ...current, status: entry.status ?? 'planned', updatedAt: now };
          if (entry.status === undefined) delete next.status;
          if (entry.status === 'displaced' && entry.displacedBy) next.displacedBy = entry.displacedBy;
          if (entry.answer) next.answer = { ...entry.answer, by: file.from };
          puts.push(validTag(next, file.from));
          result.applied++;
        } else if (
          sameDecision(yours, theirs) ||
          (sameWork && (entry.status === undefined || ownAnswer || sameAnswer(entry.answer, current.answer)))
        )
          result.unchanged++;
        else result.conflicts.push({ eventId: event.id, title: event.title, start: event.start, yours, theirs });
        continue;
      }
      let next = assistantTag(event, theirs, file.from, current, now);
      // The leader's own answer wins over the assistant's, whoever set the tag (a question they answered stays answered).
      if (current?.answer?.by === YOU && next.kind === 'instructional') {
        next = validTag({ ...next, answer: current.answer, status: current.status ?? 'planned' }, file.from);
        if (!current.status) delete next.status;
      }
      if (
        current?.setBy === 'assistant' &&
        current.reason === next.reason &&
        sameDecision(current, next) &&
        JSON.stringify(current.answer ?? null) === JSON.stringify(next.answer ?? null)
      ) {
        result.unchanged++;
        continue;
      }
      puts.push(next);
      result.applied++;
    }
    await db.tags.bulkPut(puts);
    for (const [date, ids] of confirmedByDay) {
      const id = dayRecordId(MY_CALENDARS, date);
      const before = await db.reconcileDays.get(id);
      const confirmed = [...new Set([...(before?.confirmed ?? []), ...ids])];
      if (before && confirmed.length === before.confirmed.length) continue;
      await db.reconcileDays.put({ id, date, confirmed, at: now, by: before?.by ?? file.from });
    }
    return result;
  });
}

/** "Use theirs" on a conflict: the assistant's tag replaces the leader's own, by the leader's choice. */
export async function acceptAssistantTag(
  db: LeadershipDb,
  conflict: Pick<AssistantConflict, 'eventId' | 'theirs'>,
  from: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.events, db.tags], async () => {
    const event = await db.events.get(conflict.eventId);
    if (!event) throw new Error('That event is no longer in the calendar history.');
    await db.tags.put(assistantTag(event, conflict.theirs, from, await db.tags.get(event.id), now));
  });
}

/** The tags this person set on a calendar they keep, for the weeks from `fromKey` to `toKey` (what a tags file holds). */
export async function tagsToSend(
  db: LeadershipDb,
  calendarId: string,
  fromKey: string,
  toKey: string,
): Promise<{ entry: TagsFileEntry; event: CalendarEvent }[]> {
  const range = { start: weekRange(fromKey).start, end: weekRange(toKey).end };
  const events = await eventsOverlapping(db, range);
  const tags = await db.tags.bulkGet(events.map((e) => e.id));
  // The days this person reconciled on the kept calendar: what they confirmed travels as their decision.
  const days = await db.reconcileDays
    .where('date')
    .between(isoDate(range.start), isoDate(range.end - 1), true, true)
    .filter((d) => d.id === dayRecordId(calendarKey(calendarId), d.date))
    .toArray();
  const confirmed = new Set(days.flatMap((d) => d.confirmed));
  return tagsFileEntries(
    events,
    new Map(tags.filter((t): t is Tag => !!t).map((t) => [t.eventId, t])),
    calendarId,
    confirmed,
  );
}
