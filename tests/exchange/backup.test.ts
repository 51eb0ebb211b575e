import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createBackup, parseBackup, restoreBackup, RestoreError } from '../../lib/exchange/backup';
import { deleteAllData } from '../../lib/store/backup-repo';
import { addTrendFiles } from '../../lib/exchange/coach-files';
import { recordScan } from '../../lib/store/events-repo';
import { importIcs } from '../../lib/exchange/ics-import';
import { saveReclaimed } from '../../lib/store/reclaimed-repo';
import { saveSettings } from '../../lib/store/settings-repo';
import { setPersonTags } from '../../lib/store/tags-repo';
import { toTrendCsv } from '../../lib/exchange/trend-csv';
import { loadCoachSummary } from '../../lib/store/coach-repo';
import { at, freshDb, makeTrendRow } from '../builders';
import type { LeadershipDb } from '../../lib/store/db';
import { addStaff } from '../../lib/store/staff-repo';
import { confirmRest, recordAnswer } from '../../lib/store/reconcile-repo';

async function seed(db: LeadershipDb) {
  await saveSettings(db, { onboarded: true, leaderLabel: 'Leader Q', role: 'assistant-principal' });
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    calendars: [{ id: 'leader.q@school.org', name: 'Leader Q' }],
    events: [
      {
        sourceId: 'a',
        calendarId: 'leader.q@school.org',
        title: 'Walkthrough',
        start: at('2026-11-16', '09:00'),
        end: at('2026-11-16', '10:00'),
        allDay: false,
        response: 'unknown',
        cancelled: false,
      },
    ],
    now: 1,
  });
  await setPersonTags(db, { eventIds: ['google:a'], kind: 'instructional', activity: 'observation' }, 2);
  await saveReclaimed(
    db,
    { date: '2026-11-16', minutes: 45, task: 'Newsletter', fromActivity: 'family-communication' },
    3,
  );
  // The daily reconcile: a teacher on the staff list, the observation answered, the day's rest confirmed.
  await addStaff(db, [{ name: 'Maria Patel', email: 'maria.patel@school.org' }], 4);
  await recordAnswer(
    db,
    'google:a',
    { outcome: 'happened', teachers: [{ key: 'maria.patel@school.org', name: 'Maria Patel' }] },
    5,
  );
  await confirmRest(db, 'mine', '2026-11-16', ['google:a'], 6);
}

/**
 * Everything in a database, table by table and read from the tables themselves (not through the backup), so a
 * table the backup forgets makes the comparison fail. Comparable regardless of key order.
 */
const dump = async (db: LeadershipDb) => {
  const out: Record<string, string[]> = {};
  for (const table of db.tables)
    out[table.name] = (await table.toArray())
      .map((row) =>
        JSON.stringify(row, (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
            : v,
        ),
      )
      .sort();
  return out;
};

test('backup → restore into an empty profile gives identical data; restoring twice changes nothing', async () => {
  const source = freshDb();
  await seed(source);
  const text = JSON.stringify(await createBackup(source, new Date()));
  const target = freshDb();
  await restoreBackup(target, parseBackup(text));
  const before = await dump(source);
  expect(before.calendars).toHaveLength(1);
  expect(before.events).toHaveLength(1);
  expect(before.staff).toHaveLength(1);
  expect(before.reconcileDays).toHaveLength(1);
  expect(before.tags!.join()).toMatch(/"outcome":"happened"/);
  expect(await dump(target)).toEqual(before);
  await restoreBackup(target, parseBackup(text));
  expect(await dump(target)).toEqual(before);
});

test("a restore keeps each event's series pattern as the file has it, and derives it where the file has none", async () => {
  const source = freshDb();
  await seed(source);
  const backup = JSON.parse(JSON.stringify(await createBackup(source, new Date())));
  // Written by a worker in another time zone than the page that restores it: the file's pattern stands.
  backup.events[0].patternKey = 'leader.q@school.org|1|14:00|60|walkthrough';
  const target = freshDb();
  await restoreBackup(target, parseBackup(JSON.stringify(backup)));
  expect((await target.events.get('google:a'))?.patternKey).toBe('leader.q@school.org|1|14:00|60|walkthrough');
  delete backup.events[0].patternKey;
  const older = freshDb();
  await restoreBackup(older, parseBackup(JSON.stringify(backup)));
  expect((await older.events.get('google:a'))?.patternKey).toBe('leader.q@school.org|1|09:00|60|walkthrough');
});

test('a version 1 backup (written before calendars were kept) restores whole, with no calendars', async () => {
  const source = freshDb();
  await seed(source);
  const { calendars, staff, reconcileDays, ...v1 } = { ...(await createBackup(source, new Date())), version: 1 };
  expect([calendars.length, staff.length, reconcileDays.length]).toEqual([1, 1, 1]);
  const target = freshDb();
  const counts = await restoreBackup(target, parseBackup(JSON.stringify(v1)));
  expect(counts.calendars).toBe(0);
  expect(await target.calendars.count()).toBe(0);
  expect(await target.events.count()).toBe(1);
});

test('a version 2 backup (written before the daily reconcile) restores whole, with no staff list or days', async () => {
  const source = freshDb();
  await seed(source);
  const { staff, reconcileDays, ...v2 } = { ...(await createBackup(source, new Date())), version: 2 };
  expect(staff).toHaveLength(1);
  const target = freshDb();
  const counts = await restoreBackup(target, parseBackup(JSON.stringify(v2)));
  expect([counts.staff, counts.reconcileDays, counts.calendars]).toEqual([0, 0, 1]);
  expect(await target.staff.count()).toBe(0);
  expect(await target.reconcileDays.count()).toBe(0);
});

test.each([
  ['not JSON', '{oops', /not valid JSON/],
  ['another file', '{"format":"something-else"}', /not a Leadership Calendar backup/],
  [
    'a future version',
    '{"format":"leadership-calendar-backup","version":9}',
    /^This backup has format version 9; this extension reads versions 1 to 3\.$/,
  ],
])('a corrupted backup (%s) is refused precisely and the database is untouched', async (_name, text, message) => {
  const db = freshDb();
  await seed(db);
  const before = await dump(db);
  expect(() => parseBackup(text)).toThrow(message);
  expect(await dump(db)).toEqual(before);
});

test('one bad field deep inside is reported with its path, and nothing is written', async () => {
  const db = freshDb();
  await seed(db);
  const backup = JSON.parse(JSON.stringify(await createBackup(db, new Date())));
  backup.events[0].start = 'yesterday';
  expect(() => parseBackup(JSON.stringify(backup))).toThrow(/events\.0\.start/);
  // A tag whose event is not in the file: refused with the event it names.
  const orphan = backup.tags[0].eventId;
  expect(() => parseBackup(JSON.stringify({ ...backup, events: [] }))).toThrow(
    new RestoreError(
      `The backup was not restored, nothing changed: a tag refers to an event that is not in the file (${orphan}).`,
    ),
  );
});

test('anything but a backup object is refused with the same sentence; a restore reports what it merged', async () => {
  for (const text of ['null', '7', '"leadership-calendar-backup"', '[{"format":"leadership-calendar-backup"}]'])
    expect(() => parseBackup(text)).toThrow(
      'This is not a Leadership Calendar backup (expected "format": "leadership-calendar-backup").',
    );
  const source = freshDb();
  await seed(source);
  const backup = await createBackup(source, new Date());
  const counts = await restoreBackup(freshDb(), parseBackup(JSON.stringify(backup)));
  expect(counts).toEqual({
    events: backup.events.length,
    tags: backup.tags.length,
    reclaimed: backup.reclaimed.length,
    plans: backup.plans.length,
    rules: backup.rules.length,
    coachRows: backup.coachRows.length,
    calendars: 1,
    staff: 1,
    reconcileDays: 1,
  });
  expect(counts.events).toBeGreaterThan(0);
  expect(counts.tags).toBeGreaterThan(0);
  expect(counts.reclaimed).toBeGreaterThan(0);
});

test('delete all my data wipes everything and settings; the default rules come back', async () => {
  const db = freshDb();
  await seed(db);
  await deleteAllData(db);
  expect(await db.events.count()).toBe(0);
  expect(await db.reclaimed.count()).toBe(0);
  expect(await db.meta.count()).toBe(0);
  expect(await db.rules.count()).toBeGreaterThan(10);
});

test('.ics import goes through the rules, joins Google ids, and importing again adds nothing', async () => {
  const db = freshDb();
  const text = readFileSync(join(__dirname, '../fixtures/ics/google-export.ics'), 'utf8');
  const file = { name: 'g.ics', size: text.length, text: async () => text };
  const range = { start: Date.UTC(2026, 8, 1), end: Date.UTC(2026, 11, 1) };
  const first = await importIcs(db, file, range, 1);
  expect(first.added).toBe(6);
  expect(await db.tags.get('google:walk3rdgrade_20261019T130000Z')).toMatchObject({
    activity: 'walkthrough',
    setBy: 'rule',
  });
  const again = await importIcs(db, file, range, 2);
  expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
  // Seen later on the live calendar with the same id: the same event, not a second one.
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [
      {
        sourceId: 'walk3rdgrade_20261116T140000Z',
        title: 'Walkthrough: 3rd grade reading',
        start: Date.UTC(2026, 10, 16, 14),
        end: Date.UTC(2026, 10, 16, 14, 45),
        allDay: false,
        response: 'unknown',
        cancelled: false,
      },
    ],
    now: 3,
  });
  expect(await db.events.count()).toBe(6);
});

test('a malformed .ics changes nothing', async () => {
  const db = freshDb();
  await expect(
    importIcs(
      db,
      { name: 'bad.ics', size: 10, text: async () => 'BEGIN:VCALENDAR\nBEGIN:VEVENT' },
      { start: 0, end: Date.now() },
      1,
    ),
  ).rejects.toThrow(/not a valid calendar/);
  expect(await db.events.count()).toBe(0);
});

test('coach files: bad ones are reported by name, the others load; re-adding changes nothing', async () => {
  const db = freshDb();
  const csv = toTrendCsv([makeTrendRow()]);
  const f = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
  const results = await addTrendFiles(db, [f('good.csv', csv), f('bad.csv', 'nope'), f('other.json', '{"x":1}')]);
  expect(results.map((r) => r.ok)).toEqual([true, false, false]);
  expect(results[1]!.message).toMatch(/^bad\.csv: missing columns/);
  expect(results[2]!.message).toMatch(/^other\.json: not a Leadership Calendar trend export/);
  expect(await db.coachRows.count()).toBe(1);
  const again = await addTrendFiles(db, [f('good.csv', csv)]);
  expect(again[0]!.message).toBe('1 row: 0 new, 1 already here.');
});

test('restoring a backup with coach rows rebuilds the coach summary (the coach view shows them)', async () => {
  const coach = freshDb();
  const row = makeTrendRow({ week_start: '2026-11-09' });
  const csv = toTrendCsv([row, { ...row, leader: 'Leader B', walkthrough_hours: 5 }]);
  await addTrendFiles(coach, [{ name: 'two.csv', size: csv.length, text: async () => csv }]);
  const text = JSON.stringify(await createBackup(coach, new Date()));

  const restored = freshDb();
  expect(await loadCoachSummary(restored)).toBeNull();
  await restoreBackup(restored, parseBackup(text));
  const summary = await loadCoachSummary(restored);
  expect(summary?.rows).toBe(2);
  expect(summary?.leaders).toEqual(['Leader A', 'Leader B']);
  expect(summary?.weeks).toEqual([expect.objectContaining({ weekStart: '2026-11-09', leaders: 2, median: 6 })]);
});

test('coach files: each result says its rows, what was new, and each leader-week that disagrees with an earlier file', async () => {
  const db = freshDb();
  const f = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
  const first = toTrendCsv([
    makeTrendRow(),
    makeTrendRow({ week_start: '2026-11-23' }),
    makeTrendRow({ week_start: '2026-11-30' }),
  ]);
  expect(await addTrendFiles(db, [f('a.csv', first)])).toEqual([
    { file: 'a.csv', ok: true, message: '3 rows: 3 new, 0 already here.', added: 3, unchanged: 0, conflicts: 0 },
  ]);
  const oneDiffers = toTrendCsv([makeTrendRow({ walkthrough_hours: 9 }), makeTrendRow({ week_start: '2026-11-23' })]);
  const twoDiffer = toTrendCsv([
    makeTrendRow({ walkthrough_hours: 8 }),
    makeTrendRow({ week_start: '2026-11-23', coaching_hours: 7 }),
  ]);
  const unreadable = { name: 'locked.csv', size: 10, text: async () => Promise.reject(new Error('permission denied')) };
  const results = await addTrendFiles(db, [f('b.csv', oneDiffers), unreadable, f('c.csv', twoDiffer)]);
  expect(results.map((r) => [r.file, r.ok, r.message])).toEqual([
    ['b.csv', true, '2 rows: 0 new, 1 already here. 1 leader-week disagrees with a file added earlier and is flagged.'],
    ['locked.csv', false, 'locked.csv: permission denied'],
    [
      'c.csv',
      true,
      '2 rows: 0 new, 0 already here. 2 leader-weeks disagree with a file added earlier and are flagged.',
    ],
  ]);
  expect(results.map((r) => [r.added, r.unchanged, r.conflicts])).toEqual([
    [0, 1, 1],
    [0, 0, 0],
    [0, 0, 2],
  ]);
});
