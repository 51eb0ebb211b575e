import { describe, expect, test } from 'vitest';
import type { RawEvent } from '../../lib/domain/events/event';
import { recordScan } from '../../lib/store/events-repo';
import { acceptSuggestions, reapplyRules, setBlockStatus, setPersonTags, undoAccept } from '../../lib/store/tags-repo';
import { at, freshDb } from '../builders';

const raw = (sourceId: string, title: string, start: number, end: number, extra: Partial<RawEvent> = {}): RawEvent => ({
  sourceId,
  title,
  start,
  end,
  allDay: false,
  response: 'unknown',
  cancelled: false,
  ...extra,
});
const week = { start: at('2026-11-16'), end: at('2026-11-23') };
const monday = (h: number) => at('2026-11-16', `${String(h).padStart(2, '0')}:00`);

describe('recordScan', () => {
  test('viewing the same week twice adds nothing', async () => {
    const db = freshDb();
    const events = [
      raw('a', 'Walkthrough grade 3', monday(9), monday(10)),
      raw('b', 'Bus duty', monday(15), monday(16)),
    ];
    const first = await recordScan(db, { source: 'google', range: week, complete: true, events, now: 1 });
    const second = await recordScan(db, { source: 'google', range: week, complete: true, events, now: 2 });
    expect(first).toMatchObject({ added: 2, updated: 0, removed: 0 });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await db.events.count()).toBe(2);
    const a = await db.events.get('google:a');
    expect(a).toMatchObject({ firstSeen: 1, lastSeen: 2, removedAt: null });
  });

  test('a moved event is updated in place', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Coaching cycle', monday(9), monday(10))],
      now: 1,
    });
    const result = await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Coaching cycle', monday(13), monday(14))],
      now: 2,
    });
    expect(result.updated).toBe(1);
    expect((await db.events.get('google:a'))?.start).toBe(monday(13));
  });

  test('an event missing from a fully read range is marked removed; its tag is kept', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough', monday(9), monday(10)), raw('b', 'PLC', monday(11), monday(12))],
      now: 1,
    });
    const result = await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('b', 'PLC', monday(11), monday(12))],
      now: 2,
    });
    expect(result.removed).toBe(1);
    expect((await db.events.get('google:a'))?.removedAt).toBe(2);
    expect(await db.tags.get('google:a')).toBeDefined();
    // Seen again later: no longer removed.
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough', monday(9), monday(10))],
      now: 3,
    });
    expect((await db.events.get('google:a'))?.removedAt).toBeNull();
  });

  test('a partial read never marks anything removed', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough', monday(9), monday(10))],
      now: 1,
    });
    const result = await recordScan(db, { source: 'google', range: week, complete: false, events: [], now: 2 });
    expect(result.removed).toBe(0);
    expect((await db.events.get('google:a'))?.removedAt).toBeNull();
  });

  test('another source in the same range is untouched', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'outlook',
      range: week,
      complete: true,
      events: [raw('x', 'Budget review', monday(9), monday(10))],
      now: 1,
    });
    await recordScan(db, { source: 'google', range: week, complete: true, events: [], now: 2 });
    expect((await db.events.get('outlook:x'))?.removedAt).toBeNull();
  });

  test('rules tag new events and say why', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [
        raw('a', 'Walkthrough debrief with Ms. Lee', monday(9), monday(10)),
        raw('b', 'Something else', monday(11), monday(12)),
      ],
      now: 1,
    });
    expect(await db.tags.get('google:a')).toMatchObject({
      kind: 'instructional',
      activity: 'feedback',
      setBy: 'rule',
      reason: 'title contains "debrief"',
    });
    expect(await db.tags.get('google:b')).toBeUndefined();
  });

  test("re-applying rules never overrides a person's tag", async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough', monday(9), monday(10))],
      now: 1,
    });
    await setPersonTags(db, { eventIds: ['google:a'], kind: 'operational', activity: 'discipline' }, 2);
    await reapplyRules(db, 3);
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough (moved)', monday(10), monday(11))],
      now: 4,
    });
    expect(await db.tags.get('google:a')).toMatchObject({
      kind: 'operational',
      activity: 'discipline',
      setBy: 'person',
    });
  });

  test('a new occurrence of a series a person tagged inherits the tag', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('s_1', 'Weekly check-in', monday(9), monday(10), { seriesId: 's' })],
      now: 1,
    });
    await setPersonTags(db, { eventIds: ['google:s_1'], kind: 'instructional', activity: 'coaching' }, 2);
    const next = { start: at('2026-11-23'), end: at('2026-11-30') };
    await recordScan(db, {
      source: 'google',
      range: next,
      complete: true,
      events: [raw('s_2', 'Weekly check-in', at('2026-11-23', '09:00'), at('2026-11-23', '10:00'), { seriesId: 's' })],
      now: 3,
    });
    expect(await db.tags.get('google:s_2')).toMatchObject({ activity: 'coaching', setBy: 'series' });
  });

  test('tagging the whole series tags siblings but not ones a person tagged', async () => {
    const db = freshDb();
    const events = [1, 2, 3].map((i) => raw(`s_${i}`, 'Check-in', monday(8 + i), monday(9 + i), { seriesId: 's' }));
    await recordScan(db, { source: 'google', range: week, complete: true, events, now: 1 });
    await setPersonTags(db, { eventIds: ['google:s_3'], kind: 'operational', activity: 'staff-hr' }, 2);
    const count = await setPersonTags(
      db,
      { eventIds: ['google:s_1'], kind: 'instructional', activity: 'coaching', wholeSeries: true },
      3,
    );
    expect(count).toBe(2);
    expect(await db.tags.get('google:s_2')).toMatchObject({ activity: 'coaching', setBy: 'series' });
    expect(await db.tags.get('google:s_3')).toMatchObject({ activity: 'staff-hr', setBy: 'person' });
  });

  test('block status: only instructional blocks, and displacedBy is recorded', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Walkthrough', monday(9), monday(10)), raw('b', 'Bus duty', monday(15), monday(16))],
      now: 1,
    });
    await setBlockStatus(db, 'google:a', 'displaced', 'discipline', 2);
    expect(await db.tags.get('google:a')).toMatchObject({ status: 'displaced', displacedBy: 'discipline' });
    await expect(setBlockStatus(db, 'google:b', 'happened', undefined, 3)).rejects.toThrow(/Only instructional/);
  });

  test('an activity of the wrong kind is refused and nothing changes', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: week,
      complete: true,
      events: [raw('a', 'Meeting', monday(9), monday(10))],
      now: 1,
    });
    await expect(
      setPersonTags(db, { eventIds: ['google:a'], kind: 'instructional', activity: 'budget' }, 2),
    ).rejects.toThrow(/not a kind of instructional/);
    expect(await db.tags.get('google:a')).toBeUndefined();
  });
});

test('accept all suggestions, then undo: suggestions come back, a tag changed in between is kept', async () => {
  const db = freshDb();
  const ev = (id: string, title: string) => ({
    sourceId: id,
    title,
    start: at('2026-11-16', '09:00'),
    end: at('2026-11-16', '10:00'),
    allDay: false,
    response: 'unknown' as const,
    cancelled: false,
  });
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [ev('w', 'Walkthrough'), ev('b', 'Bus duty'), ev('x', 'Untitled thing')],
    now: 1,
  });
  const before = await db.tags.toArray();
  expect(before.map((t) => t.setBy)).toEqual(['rule', 'rule']);
  const previous = await acceptSuggestions(db, ['google:w', 'google:b', 'google:x'], 5);
  expect(previous).toHaveLength(2);
  expect((await db.tags.toArray()).every((t) => t.setBy === 'person')).toBe(true);
  await setPersonTags(db, { eventIds: ['google:b'], kind: 'operational', activity: 'discipline' }, 6);
  expect(await undoAccept(db, previous, 5)).toBe(1);
  expect(await db.tags.get('google:w')).toEqual(before.find((t) => t.eventId === 'google:w'));
  expect((await db.tags.get('google:b'))?.activity).toBe('discipline');
});
