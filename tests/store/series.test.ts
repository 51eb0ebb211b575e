import { describe, expect, test } from 'vitest';
import { patternKey } from '../../lib/domain/events/series';
import { eventsInSeries, recordScan } from '../../lib/store/events-repo';
import { setPersonTags } from '../../lib/store/tags-repo';
import { at, freshDb, rawEventOn } from '../builders';

/** A weekly meeting as Google now sends it: every instance with an opaque id that says nothing of its series. */
const weekly = (date: string, from: string, to: string, id = `opaque${Math.random().toString(36).slice(2, 10)}`) => ({
  ...rawEventOn(id, 'Coaching: Ms. Rivera', date, from, to),
  calendarId: 'lee@lincoln.k12.us',
});
const TUESDAYS = ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'];

describe('a series with ids in an unknown format is found by its pattern', () => {
  test('the same calendar, title, weekday, start and length week after week; "tag the whole series" reaches all', async () => {
    const db = freshDb();
    const events = TUESDAYS.map((d, i) => weekly(d, '10:00', '10:45', `op${i}`));
    await recordScan(db, { source: 'google', range: null, complete: false, events, now: 1 });
    expect([...(await eventsInSeries(db, await db.events.toArray()))].sort()).toEqual([
      'google:op0',
      'google:op1',
      'google:op2',
      'google:op3',
    ]);
    await setPersonTags(
      db,
      { eventIds: ['google:op0'], kind: 'instructional', activity: 'coaching', wholeSeries: true },
      2,
    );
    expect((await db.tags.bulkGet(['google:op1', 'google:op2', 'google:op3'])).map((t) => t?.setBy)).toEqual([
      'series',
      'series',
      'series',
    ]);
  });

  test('a new occurrence read later inherits the tag a person gave the series', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [weekly(TUESDAYS[0]!, '10:00', '10:45', 'first')],
      now: 1,
    });
    await setPersonTags(db, { eventIds: ['google:first'], kind: 'instructional', activity: 'feedback' }, 2);
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [weekly('2026-12-01', '10:00', '10:45', 'later')],
      now: 3,
    });
    expect(await db.tags.get('google:later')).toMatchObject({
      setBy: 'series',
      activity: 'feedback',
      reason: 'same series as an event you tagged',
    });
  });

  test('the instance that moved is not swept into the series; the rest are', async () => {
    const db = freshDb();
    const events = [
      weekly(TUESDAYS[0]!, '10:00', '10:45', 'a'),
      weekly(TUESDAYS[1]!, '10:00', '10:45', 'b'),
      weekly('2026-11-19', '13:00', '13:45', 'moved'), // Thursday afternoon this once
      weekly(TUESDAYS[3]!, '10:00', '10:45', 'd'),
    ];
    await recordScan(db, { source: 'google', range: null, complete: false, events, now: 1 });
    await setPersonTags(
      db,
      { eventIds: ['google:a'], kind: 'instructional', activity: 'coaching', wholeSeries: true },
      2,
    );
    expect((await db.tags.get('google:b'))?.setBy).toBe('series');
    expect((await db.tags.get('google:d'))?.setBy).toBe('series');
    // The moved one keeps what the rules said (coaching by keyword), not a series tag.
    expect((await db.tags.get('google:moved'))?.setBy).toBe('rule');
    expect(await eventsInSeries(db, [(await db.events.get('google:moved'))!])).toEqual(new Set());
  });

  test('old instances named by their id and new opaque ones are one series', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [{ ...weekly(TUESDAYS[0]!, '10:00', '10:45', 'coach7_20261103T150000Z'), seriesId: 'coach7' }],
      now: 1,
    });
    await setPersonTags(
      db,
      { eventIds: ['google:coach7_20261103T150000Z'], kind: 'instructional', activity: 'coaching' },
      2,
    );
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [weekly(TUESDAYS[1]!, '10:00', '10:45', 'Xq9_new')],
      now: 3,
    });
    expect((await db.tags.get('google:Xq9_new'))?.setBy).toBe('series');
  });

  test('the same title at the same time on another calendar is another series', async () => {
    const db = freshDb();
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [
        weekly(TUESDAYS[0]!, '10:00', '10:45', 'mine'),
        { ...weekly(TUESDAYS[1]!, '10:00', '10:45', 'hers'), calendarId: 'rivera@lincoln.k12.us' },
      ],
      now: 1,
    });
    expect(await eventsInSeries(db, await db.events.toArray())).toEqual(new Set());
  });
});

test('the pattern is in local time: a weekly meeting keeps its pattern across a DST change', () => {
  const before = {
    title: 'PLC',
    start: at('2026-10-27', '14:00'),
    end: at('2026-10-27', '15:00'),
    allDay: false,
    source: 'google',
  };
  const after = { ...before, start: at('2026-11-03', '14:00'), end: at('2026-11-03', '15:00') };
  expect(patternKey(before)).toBe(patternKey(after));
  expect(patternKey(before)).toBe('google|2|14:00|60|plc');
  expect(patternKey({ ...before, title: '  PLC   ' })).toBe(patternKey(before));
  expect(patternKey({ ...before, title: ' ' })).toBeUndefined();
});
