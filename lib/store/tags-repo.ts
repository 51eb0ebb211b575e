import { defaultActivityFor, findActivity, type Kind } from '../domain/events/activities';
import { decidedByPerson, keepOutcome, TagSchema, type BlockStatus, type Tag } from '../domain/events/tag';
import { describeZodError } from '../zod';
import { statusOfOutcome, YOU } from '../domain/events/answer';
import { seriesSiblings, tagEvents } from './events-repo';
import { type LeadershipDb, taggingTables } from './db';

export interface PersonTagInput {
  eventIds: readonly string[];
  kind: Kind;
  activity?: string | undefined;
  /** Also tag every other occurrence of the same series (as `series` tags). */
  wholeSeries?: boolean;
}

/** A person's tag: wins over rules and series tags, and is never changed by re-applying rules. */
export async function setPersonTags(db: LeadershipDb, input: PersonTagInput, now: number): Promise<number> {
  const activity = input.activity ?? defaultActivityFor(input.kind);
  if (findActivity(activity) && findActivity(activity)!.kind !== input.kind) {
    throw new Error(`"${activity}" is not a kind of ${input.kind} work`);
  }
  return db.transaction('rw', [db.events, db.tags], async () => {
    const events = (await db.events.bulkGet([...input.eventIds])).filter((e) => e !== undefined);
    if (events.length !== input.eventIds.length)
      throw new Error('Some of those events are no longer in the calendar history');
    const previous = await db.tags.bulkGet(events.map((e) => e.id));
    const puts: Tag[] = events.map((event, i) => {
      const tag: Tag = { eventId: event.id, kind: input.kind, activity, setBy: 'person', updatedAt: now };
      const blockId = previous[i]?.blockId;
      // A planned block stays linked to the plan while it is still instructional time.
      if (input.kind === 'instructional' && blockId) tag.blockId = blockId;
      return validTag(keepOutcome(previous[i], tag));
    });
    if (input.wholeSeries) {
      const tagged = new Set(puts.map((t) => t.eventId));
      const siblings = [...new Set([...(await seriesSiblings(db, events)).values()].flat())];
      const siblingTags = await db.tags.bulkGet(siblings);
      siblings.forEach((id, i) => {
        // A decision a person made about one occurrence (the leader's or an assistant's) is kept.
        if (tagged.has(id) || decidedByPerson(siblingTags[i])) return;
        tagged.add(id);
        puts.push(
          validTag({
            eventId: id,
            kind: input.kind,
            activity,
            setBy: 'series',
            reason: 'tagged with the whole series',
            updatedAt: now,
          }),
        );
      });
    }
    await db.tags.bulkPut(puts);
    return puts.length;
  });
}

/** "Did this block happen?" — one click after an instructional block's time has passed. */
export async function setBlockStatus(
  db: LeadershipDb,
  eventId: string,
  status: BlockStatus,
  displacedBy: string | undefined,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.tags], async () => {
    const tag = await db.tags.get(eventId);
    if (tag?.kind !== 'instructional') {
      throw new Error('Only instructional blocks can be marked as happened or displaced');
    }
    const next: Tag = { ...tag, status, updatedAt: now };
    // The quick answer is the reconcile's answer in its simplest form; a fuller answer with the same outcome stays.
    if (status === 'planned') delete next.answer;
    else if (!next.answer || statusOfOutcome(next.answer.outcome) !== status)
      next.answer = { outcome: status === 'happened' ? 'happened' : 'not-happened', by: YOU, answeredAt: now };
    if (status === 'displaced' && displacedBy) next.displacedBy = displacedBy;
    else delete next.displacedBy;
    await db.tags.put(validTag(next));
  });
}

/** Removes a person's tag so the rules can suggest again. */
export async function clearTag(db: LeadershipDb, eventId: string, now: number): Promise<void> {
  await db.transaction('rw', taggingTables(db), async () => {
    await db.tags.delete(eventId);
    const event = await db.events.get(eventId);
    if (event) await tagEvents(db, [event], now);
  });
}

/** Re-applies the rules to every stored event. Person and series tags are never touched. */
export async function reapplyRules(db: LeadershipDb, now: number): Promise<number> {
  return db.transaction('rw', taggingTables(db), async () => {
    const events = await db.events.toArray();
    return tagEvents(db, events, now);
  });
}

function validTag(tag: Tag): Tag {
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new Error(`Invalid tag: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * "Accept all suggestions": every rule tag among these events becomes the person's tag (same kind and
 * activity), in one transaction. Returns the tags it replaced, for undo.
 */
export async function acceptSuggestions(db: LeadershipDb, eventIds: readonly string[], now: number): Promise<Tag[]> {
  return db.transaction('rw', [db.tags], async () => {
    const current = (await db.tags.bulkGet([...eventIds])).filter((t): t is Tag => t?.setBy === 'rule');
    const accepted = current.map((t) => {
      const tag: Tag = { eventId: t.eventId, kind: t.kind, activity: t.activity, setBy: 'person', updatedAt: now };
      if (t.blockId) tag.blockId = t.blockId;
      return validTag(keepOutcome(t, tag));
    });
    await db.tags.bulkPut(accepted);
    return current;
  });
}

/**
 * Undo of "accept all": puts the suggestions back, but only where the tag is still the one accepted at
 * `acceptedAt` (a tag changed since then is the person's newer choice and is kept).
 */
export async function undoAccept(db: LeadershipDb, previous: readonly Tag[], acceptedAt: number): Promise<number> {
  return db.transaction('rw', [db.tags], async () => {
    const now = await db.tags.bulkGet(previous.map((t) => t.eventId));
    const back = previous.filter((_, i) => now[i]?.setBy === 'person' && now[i]?.updatedAt === acceptedAt);
    await db.tags.bulkPut(back);
    return back.length;
  });
}
