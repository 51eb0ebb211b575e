import {
  differsMeaningfully,
  duplicatePair,
  eventId,
  toStoredEvent,
  type CalendarEvent,
  type RawEvent,
  type Source,
} from '../domain/events/event';
import { decidedByPerson, keepOutcome, type Tag } from '../domain/events/tag';
import type { TimeRange } from '../domain/time/week';
import { ruleTagFor } from '../rules/apply';
import { captureTables, type LeadershipDb } from './db';
import { markDaysSeen } from './seen-repo';
import { matchPlannedBlock } from '../domain/planning/calendar-links';
import type { PlannedBlock } from '../domain/planning/plan';
import { isoDate } from '../domain/time/week';
import { DAY_MS } from '../domain/time/numbers';
import { calendarsOf } from '../domain/events/calendar-ids';
import { calendarKey } from '../domain/events/calendars';
import { recordCalendars } from './calendars-repo';
import { listRules } from './rule-list';

export interface ScanInput {
  source: Source;
  /** The range the page showed; events starting inside it that were not seen are marked removed when `complete`. */
  range: TimeRange | null;
  /** True only when every event element on screen was read. A partial read never marks anything removed. */
  complete: boolean;
  events: readonly RawEvent[];
  /** The calendars the page showed events from, with their names (Google). */
  calendars?: readonly { id: string; name?: string | undefined }[];
  /** The signed-in account the page showed. */
  account?: { email: string; name?: string | undefined } | undefined;
  now: number;
}

export interface ScanResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  tagged: number;
  /** Imported copies joined to the same meeting seen live. */
  joined: number;
}

const MAX_EVENT_SPAN_MS = 31 * DAY_MS;

/**
 * Upserts what a calendar page showed, idempotently: the same week read twice adds nothing, a moved
 * event is updated, an event gone from a fully read range is marked removed (its tag is kept), and
 * new or changed events get a series or rule tag unless a person already tagged them.
 * One transaction: a failure leaves the database as it was.
 */
export async function recordScan(db: LeadershipDb, scan: ScanInput): Promise<ScanResult> {
  return db.transaction('rw', captureTables(db), async () => {
    const result: ScanResult = { added: 0, updated: 0, unchanged: 0, removed: 0, tagged: 0, joined: 0 };
    const unique = new Map<string, RawEvent>();
    for (const raw of scan.events) unique.set(eventId(scan.source, raw.sourceId), raw);
    const ids = [...unique.keys()];
    const previous = await db.events.bulkGet(ids);
    const toWrite: CalendarEvent[] = [];
    const changed: CalendarEvent[] = [];
    ids.forEach((id, i) => {
      const prev = previous[i];
      const next = toStoredEvent(scan.source, unique.get(id)!, scan.now, prev);
      toWrite.push(next);
      if (!prev) {
        result.added++;
        changed.push(next);
      } else if (differsMeaningfully(prev, next)) {
        result.updated++;
        changed.push(next);
      } else result.unchanged++;
    });
    await db.events.bulkPut(toWrite);

    const shownCalendars = await recordCalendars(db, scan);
    if (scan.complete && scan.range) {
      const seen = new Set(ids);
      // Hiding a calendar in the page's list takes its events off screen without deleting them: only events of
      // calendars this read showed (or of none named) can have been removed.
      const onShownCalendar = (e: CalendarEvent) => {
        const calendars = calendarsOf(e);
        return (
          shownCalendars.size === 0 ||
          calendars.length === 0 ||
          calendars.some((c) => shownCalendars.has(calendarKey(c)))
        );
      };
      const gone = await db.events
        .where('[source+start]')
        .between([scan.source, scan.range.start], [scan.source, scan.range.end], true, false)
        .filter((e) => e.removedAt === null && !seen.has(e.id) && onShownCalendar(e))
        .toArray();
      for (const e of gone) await db.events.update(e.id, { removedAt: scan.now });
      result.removed = gone.length;
      // A fully read range is known time: "Find time" may propose blocks in it.
      await markDaysSeen(db, scan.range, scan.now);
    }

    result.tagged = await tagEvents(db, changed, scan.now);
    result.joined = await joinDuplicates(db, changed, scan.now);
    return result;
  });
}

/**
 * One meeting, counted once: an .ics copy of an event also seen live is marked `duplicateOf` the live
 * one (kept, never counted), and a person's tag on the copy moves to the live event unless a person
 * tagged that one too. Runs inside the capture's transaction.
 */
async function joinDuplicates(db: LeadershipDb, changed: readonly CalendarEvent[], now: number): Promise<number> {
  const candidates = changed.filter((e) => !e.duplicateOf && e.removedAt === null);
  if (candidates.length === 0) return 0;
  // One indexed read for every start time involved, not one per event.
  const byStart = new Map<number, CalendarEvent[]>();
  for (const e of await db.events
    .where('start')
    .anyOf([...new Set(candidates.map((c) => c.start))])
    .toArray()) {
    const same = byStart.get(e.start);
    if (same) same.push(e);
    else byStart.set(e.start, [e]);
  }
  const copies = new Set<string>();
  for (const event of candidates) {
    if (copies.has(event.id)) continue;
    for (const other of byStart.get(event.start) ?? []) {
      if (other.duplicateOf || other.removedAt !== null || copies.has(other.id)) continue;
      const pair = duplicatePair(event, other);
      if (!pair) continue;
      copies.add(pair.copy.id);
      await db.events.update(pair.copy.id, { duplicateOf: pair.live.id });
      const [copyTag, liveTag] = await db.tags.bulkGet([pair.copy.id, pair.live.id]);
      if (copyTag?.setBy === 'person' && liveTag?.setBy !== 'person') {
        await db.tags.put({ ...copyTag, eventId: pair.live.id, updatedAt: now });
      }
      if (pair.copy.id === event.id) break;
    }
  }
  return copies.size;
}

/**
 * Applies plan, series and rule tags, in that order, to events that have no person tag.
 * Must run inside a transaction over `taggingTables(db)`.
 */
export async function tagEvents(db: LeadershipDb, events: readonly CalendarEvent[], now: number): Promise<number> {
  if (events.length === 0) return 0;
  const rules = await listRules(db);
  const existing = await db.tags.bulkGet(events.map((e) => e.id));
  const blocks = await plannedBlocksAround(db, events);
  const seriesTags = await seriesTagsFor(
    db,
    events.filter((_, i) => !existing[i]),
    now,
  );
  const puts: Tag[] = [];
  const deletes: string[] = [];
  for (const [i, event] of events.entries()) {
    const current = existing[i];
    if (decidedByPerson(current)) continue;
    const block = matchPlannedBlock(event, blocks);
    if (block) {
      if (current?.setBy === 'plan' && current.blockId === block.id) continue;
      const tag: Tag = {
        eventId: event.id,
        kind: 'instructional',
        activity: block.activity,
        setBy: 'plan',
        blockId: block.id,
        reason: 'your planned protected time',
        updatedAt: now,
      };
      puts.push(keepOutcome(current, tag));
      continue;
    }
    const seriesTag = current ? undefined : seriesTags.get(event.id);
    if (seriesTag) {
      puts.push(seriesTag);
      continue;
    }
    const next = ruleTagFor(rules, event, current, now);
    if (next === 'keep') continue;
    if (next === null) deletes.push(event.id);
    else puts.push(next);
  }
  await db.tags.bulkPut(puts);
  await db.tags.bulkDelete(deletes);
  return puts.length;
}

/** The planned blocks of the plans whose weeks may hold these events (a plan's week starts at most 7 days before). */
async function plannedBlocksAround(db: LeadershipDb, events: readonly CalendarEvent[]): Promise<PlannedBlock[]> {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    first = Math.min(first, e.start);
    last = Math.max(last, e.start);
  }
  const plans = await db.plans
    .where('weekStart')
    .between(isoDate(first - 8 * DAY_MS), isoDate(last), true, true)
    .toArray();
  return plans.flatMap((p) => p.blocks ?? []);
}

/** The distinct series ids and patterns of some events: the keys their series are looked up by. */
function seriesKeysOf(events: readonly Pick<CalendarEvent, 'seriesId' | 'patternKey'>[]) {
  const seriesIds = new Set<string>();
  const patterns = new Set<string>();
  for (const e of events) {
    if (e.seriesId) seriesIds.add(e.seriesId);
    if (e.patternKey) patterns.add(e.patternKey);
  }
  return { seriesIds: [...seriesIds], patterns: [...patterns] };
}

/**
 * The other events of each event's series: the same series id (from the event's own id) or the same pattern
 * (calendar, weekday, start time, length, title — see domain/series.ts), in two indexed reads for all of them.
 */
export async function seriesSiblings(
  db: LeadershipDb,
  events: readonly Pick<CalendarEvent, 'id' | 'seriesId' | 'patternKey'>[],
): Promise<Map<string, string[]>> {
  const { seriesIds, patterns } = seriesKeysOf(events);
  const [bySeries, byPattern] = await Promise.all([
    seriesIds.length ? db.events.where('seriesId').anyOf(seriesIds).toArray() : [],
    patterns.length ? db.events.where('patternKey').anyOf(patterns).toArray() : [],
  ]);
  const group = (rows: CalendarEvent[], key: (e: CalendarEvent) => string | undefined) => {
    const map = new Map<string, string[]>();
    for (const row of rows) {
      const k = key(row);
      if (!k) continue;
      const list = map.get(k);
      if (list) list.push(row.id);
      else map.set(k, [row.id]);
    }
    return map;
  };
  const seriesGroups = group(bySeries, (e) => e.seriesId);
  const patternGroups = group(byPattern, (e) => e.patternKey);
  return new Map(
    events.map((e) => {
      const ids = new Set([
        ...(e.seriesId ? (seriesGroups.get(e.seriesId) ?? []) : []),
        ...(e.patternKey ? (patternGroups.get(e.patternKey) ?? []) : []),
      ]);
      ids.delete(e.id);
      return [e.id, [...ids]];
    }),
  );
}

/** Which of these events have another occurrence stored (by series id or pattern): counts only, no rows read. */
export async function eventsInSeries(
  db: LeadershipDb,
  events: readonly Pick<CalendarEvent, 'id' | 'seriesId' | 'patternKey'>[],
): Promise<Set<string>> {
  const count = async (index: 'seriesId' | 'patternKey', keys: string[]) => {
    const counts = new Map<string, number>();
    if (keys.length)
      for (const k of await db.events.where(index).anyOf(keys).keys())
        counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
    return counts;
  };
  const { seriesIds, patterns } = seriesKeysOf(events);
  const [bySeries, byPattern] = await Promise.all([count('seriesId', seriesIds), count('patternKey', patterns)]);
  return new Set(
    events
      .filter(
        (e) => (e.seriesId && bySeries.get(e.seriesId)! > 1) || (e.patternKey && byPattern.get(e.patternKey)! > 1),
      )
      .map((e) => e.id),
  );
}

/** New occurrences of a series a person already tagged inherit that tag (the latest decision wins). */
async function seriesTagsFor(
  db: LeadershipDb,
  events: readonly CalendarEvent[],
  now: number,
): Promise<Map<string, Tag>> {
  const out = new Map<string, Tag>();
  if (events.length === 0) return out;
  const siblings = await seriesSiblings(db, events);
  const allIds = [...new Set([...siblings.values()].flat())];
  const tags = new Map((await db.tags.bulkGet(allIds)).flatMap((t) => (t ? [[t.eventId, t] as const] : [])));
  for (const event of events) {
    const latest = (siblings.get(event.id) ?? [])
      .map((id) => tags.get(id))
      .filter((t): t is Tag => t !== undefined && (decidedByPerson(t) || t.setBy === 'series'))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (latest)
      out.set(event.id, {
        eventId: event.id,
        kind: latest.kind,
        activity: latest.activity,
        setBy: 'series',
        reason: 'same series as an event you tagged',
        updatedAt: now,
      });
  }
  return out;
}

/** Events overlapping a range (events are at most a month long; longer ones are all-day and not counted). */
export async function eventsOverlapping(db: LeadershipDb, range: TimeRange): Promise<CalendarEvent[]> {
  const candidates = await db.events
    .where('start')
    .between(range.start - MAX_EVENT_SPAN_MS, range.end, true, false)
    .toArray();
  return candidates.filter((e) => e.end > range.start || (e.end === e.start && e.start >= range.start));
}
