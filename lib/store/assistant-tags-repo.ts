import { eventId, sameTitle, type CalendarEvent } from '../domain/events/event';
import { TagSchema, type Tag } from '../domain/events/tag';
import { type Decision, tagsFileEntries, type TagsFile, type TagsFileEntry } from '../domain/files/tags-file';
import { weekRange } from '../domain/time/week';
import { eventsOverlapping } from './events-repo';
import { describeZodError } from '../zod';
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
  // A planned protected block stays linked to the plan while it is still instructional time.
  if (d.kind === 'instructional' && current?.blockId) tag.blockId = current.blockId;
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new Error(`A tag from ${from} is not valid: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

const sameDecision = (a: Decision, b: Decision) =>
  a.kind === b.kind &&
  a.activity === b.activity &&
  (a.status ?? 'planned') === (b.status ?? 'planned') &&
  (a.displacedBy ?? null) === (b.displacedBy ?? null);

/**
 * Imports an assistant's tags file in one transaction. A matched event gets the assistant's tag with "set by
 * <name>" as its why; a tag the leader set themself always wins (a different one is listed as a conflict, an
 * agreeing one may gain the assistant's "did it happen?" answer); importing the same file twice changes nothing.
 */
export async function importAssistantTags(db: LeadershipDb, file: TagsFile, now: number): Promise<AssistantImport> {
  return db.transaction('rw', [db.events, db.tags], async () => {
    const result: AssistantImport = {
      from: file.from,
      matched: 0,
      applied: 0,
      unchanged: 0,
      conflicts: [],
      unmatched: 0,
    };
    const puts: Tag[] = [];
    for (const entry of file.entries) {
      const event = await findEvent(db, entry);
      if (!event) {
        result.unmatched++;
        continue;
      }
      result.matched++;
      const current = await db.tags.get(event.id);
      const theirs: Decision = entry;
      if (current?.setBy === 'person') {
        const yours: Decision = current;
        const sameWork = current.kind === entry.kind && current.activity === entry.activity;
        const answersOpenQuestion =
          sameWork &&
          (current.status ?? 'planned') === 'planned' &&
          entry.status !== undefined &&
          entry.status !== 'planned';
        if (answersOpenQuestion) {
          // The leader's tag stays theirs; the assistant's reconciliation ("it happened") is added to it.
          const next: Tag = { ...current, status: entry.status, updatedAt: now };
          if (entry.status === 'displaced' && entry.displacedBy) next.displacedBy = entry.displacedBy;
          puts.push(next);
          result.applied++;
        } else if (sameDecision(yours, theirs) || (sameWork && entry.status === undefined)) result.unchanged++;
        else result.conflicts.push({ eventId: event.id, title: event.title, start: event.start, yours, theirs });
        continue;
      }
      const next = assistantTag(event, theirs, file.from, current, now);
      if (current?.setBy === 'assistant' && current.reason === next.reason && sameDecision(current, next)) {
        result.unchanged++;
        continue;
      }
      puts.push(next);
      result.applied++;
    }
    await db.tags.bulkPut(puts);
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
  const events = await eventsOverlapping(db, { start: weekRange(fromKey).start, end: weekRange(toKey).end });
  const tags = await db.tags.bulkGet(events.map((e) => e.id));
  return tagsFileEntries(events, new Map(tags.filter((t): t is Tag => !!t).map((t) => [t.eventId, t])), calendarId);
}
