import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { LeadershipDb } from '../../lib/store/db';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { loadCoachSummary } from '../../lib/store/coach-repo';
import { freshDb } from '../builders';

/**
 * Every released schema, exactly as it shipped. A test opens a database written by each one
 * with today's code and checks that no row was lost. Append here whenever db.ts gets a version.
 */
const RELEASED_SCHEMAS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      events: 'id, start, end, seriesId, [source+start]',
      tags: 'eventId, kind, activity, setBy',
      rules: 'id, order',
      reclaimed: 'id, date, recurringId',
      recurring: 'id',
      plans: 'weekStart',
      meta: 'key',
    },
  },
  { version: 2, stores: { nudges: 'id, weekKey, deliveredAt' } },
  { version: 3, stores: { coachRows: '[leader+weekStart], leader, weekStart' } },
  { version: 4, stores: { calendars: 'id, source' } },
  { version: 5, stores: { events: 'id, start, end, seriesId, patternKey, [source+start]' } },
  { version: 6, stores: {} },
  { version: 7, stores: { staff: 'key, name', reconcileDays: 'id, date' } },
  { version: 8, stores: {} },
];

/** A trend row as a v1 file carries it (the coach's stored rows are validated ones). */
const trendRow = {
  leader: 'Leader A',
  week_start: '2026-11-16',
  worked_hours: 40,
  instructional_hours: 10,
  walkthrough_hours: 2,
  coaching_hours: 1,
  operational_hours: 25,
  reclaimed_hours: 3,
  redirected_hours: 1,
  redirect_rate: 0.33,
  untagged_hours: 5,
  planned_hours: null,
  displaced_hours: null,
  open_loops: null,
  baseline_hours: 2,
  role: 'principal',
};

const sampleEvent = {
  id: 'google:a',
  source: 'google',
  sourceId: 'a',
  title: 'Walkthrough',
  start: 1,
  end: 2,
  allDay: false,
  response: 'unknown',
  cancelled: false,
  firstSeen: 1,
  lastSeen: 1,
  removedAt: null,
  calendarId: 'principal@m',
};

describe.each(RELEASED_SCHEMAS)('a database written by schema v$version', ({ version }) => {
  test('opens with the current code without losing rows', async () => {
    const name = `upgrade-v${version}-${Math.random()}`;
    const old = new Dexie(name);
    // The schema exactly as that version shipped: every declaration up to and including it.
    for (const released of RELEASED_SCHEMAS.filter((r) => r.version <= version))
      old.version(released.version).stores(released.stores);
    await old.open();
    await old.table('events').put(sampleEvent);
    await old
      .table('tags')
      .put({ eventId: 'google:a', kind: 'instructional', activity: 'walkthrough', setBy: 'person', updatedAt: 1 });
    await old.table('reclaimed').put({
      id: 'r1',
      date: '2026-11-16',
      minutes: 45,
      task: 'newsletter',
      fromActivity: 'family-communication',
      createdAt: 1,
    });
    await old.table('meta').put({ key: 'settings', value: { role: 'assistant-principal' } });
    if (version >= 2)
      await old.table('nudges').put({
        id: 'plan:2026-11-16',
        kind: 'plan',
        weekKey: '2026-11-16',
        title: 't',
        message: 'm',
        target: 'plan',
        deliveredAt: 1,
        snoozedUntil: null,
        dismissed: false,
      });
    if (version >= 3)
      await old
        .table('coachRows')
        .put({ leader: 'Leader A', weekStart: '2026-11-16', row: trendRow, files: ['a.csv'], conflicts: [] });
    if (version >= 3)
      await old
        .table('meta')
        .put({ key: 'coach-summary', value: { weeks: [], leaders: ['Leader A'], rows: 1, conflicts: [] } });
    old.close();

    const db = new LeadershipDb(name);
    await db.open();
    expect(db.verno).toBe(RELEASED_SCHEMAS.at(-1)!.version);
    // Upgrading to v4 writes Google's short calendar ids out in full (a v4 database already has them so).
    expect(await db.events.get('google:a')).toMatchObject({
      title: 'Walkthrough',
      calendarId: version < 4 ? 'principal@gmail.com' : 'principal@m',
    });
    // Upgrading to v5 gives every event its series pattern, found through the new index.
    const upgraded = await db.events.get('google:a');
    if (version < 5) {
      expect(upgraded!.patternKey).toMatch(/^principal@gmail\.com\|\d\|\d\d:\d\d\|0\|walkthrough$/);
      expect(await db.events.where('patternKey').equals(upgraded!.patternKey!).count()).toBe(1);
    } else expect(upgraded!.patternKey).toBeUndefined();
    // Every calendar already in the history is listed for "Your calendars".
    expect(await db.calendars.toArray()).toEqual(
      version < 4 ? [{ id: 'principal@gmail.com', source: 'google', firstSeen: 1, lastSeen: 1 }] : [],
    );
    expect(await db.tags.count()).toBe(1);
    expect(await db.reclaimed.count()).toBe(1);
    expect((await loadSettings(db)).settings.role).toBe('assistant-principal');
    expect(await db.nudges.count()).toBe(version >= 2 ? 1 : 0);
    expect(await db.coachRows.count()).toBe(version >= 3 ? 1 : 0);
    // Upgrading to v6 rebuilds the coach's cached summary in its new shape (triage, each leader's latest weeks).
    const summary = await loadCoachSummary(db);
    if (version >= 3 && version < 7)
      expect(summary).toMatchObject({
        leaders: ['Leader A'],
        triage: [{ leader: 'Leader A', feedback: null, gaps: [], coverage: null }],
      });
    else if (version < 3) expect(summary).toBeNull();
    // v7 adds the daily reconcile's tables: empty after an upgrade, and the tags keep their rows. The coach's rows gain
    // the trend file's version 2 columns, empty.
    if (version >= 3 && version < 7)
      expect((await db.coachRows.toArray())[0]!.row).toMatchObject({
        displaced_discipline_hours: null,
        coverage: null,
      });
    expect(await db.staff.count()).toBe(0);
    expect(await db.reconcileDays.count()).toBe(0);
    db.close();
  });
});

test('a new database starts with the default rules', async () => {
  const db = freshDb();
  expect(await db.rules.count()).toBeGreaterThan(15);
});

describe('settings', () => {
  test('defaults fill in missing fields', async () => {
    const db = freshDb();
    const { settings, problem } = await loadSettings(db);
    expect(problem).toBeNull();
    expect(settings).toMatchObject({
      role: 'principal',
      weekStartsOn: 1,
      nudges: { plan: { weekday: 1, time: '07:30' }, review: { weekday: 5, time: '14:00' } },
    });
  });
  test('an invalid stored value is reported and defaults are used', async () => {
    const db = freshDb();
    await db.meta.put({ key: 'settings', value: { role: 'superintendent' } });
    const { settings, problem } = await loadSettings(db);
    expect(settings.role).toBe('principal');
    expect(problem).toMatch(/role/);
  });
  test('an invalid change is refused with the reason and nothing is written', async () => {
    const db = freshDb();
    await saveSettings(db, { leaderLabel: 'Leader B' });
    await expect(saveSettings(db, { baselineOverrideHours: -3 })).rejects.toThrow(/baselineOverrideHours/);
    const { settings } = await loadSettings(db);
    expect(settings.leaderLabel).toBe('Leader B');
    expect(settings.baselineOverrideHours).toBeNull();
  });
});
