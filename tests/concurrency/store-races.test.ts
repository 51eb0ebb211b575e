import { expect, test } from 'vitest';
import type { RawEvent } from '../../lib/domain/events/event';
import { createBackup, parseBackup, restoreBackup } from '../../lib/exchange/backup';
import { deleteAllData } from '../../lib/store/backup-repo';
import type { LeadershipDb } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { loadWeek } from '../../lib/store/queries';
import { saveReclaimed } from '../../lib/store/reclaimed-repo';
import { materializeRecurring, repeatWeekly } from '../../lib/store/recurring-repo';
import { saveRule } from '../../lib/store/rules-repo';
import { loadSettings } from '../../lib/store/settings-repo';
import { setPersonTags } from '../../lib/store/tags-repo';
import { at, freshDb, rawEvent, TEST_WEEK } from '../builders';

const MONDAY = '2026-11-16';
const week = TEST_WEEK;
const ev = rawEvent;
const googleWeek = [
  ev('g1', 'Walkthrough grade 3', 0, '09:00', '09:45'),
  ev('g2', 'Bus duty', 0, '07:15', '07:45'),
  ev('g3', 'Coaching: Ms. Rivera', 1, '10:00', '10:45'),
  ev('g4', 'Budget review', 2, '13:00', '14:30'),
];
const outlookWeek = [
  ev('o1', 'District principals meeting', 3, '16:00', '17:00'),
  ev('o2', 'IEP meeting', 4, '13:00', '14:00'),
];
const capture = (db: LeadershipDb, source: 'google' | 'outlook', events: RawEvent[], now = 10) =>
  recordScan(db, { source, range: week, complete: true, events, now });

/** Every tag belongs to a stored event, and rules are never left empty. */
async function consistent(db: LeadershipDb) {
  const ids = new Set(await db.events.toCollection().primaryKeys());
  const orphans = (await db.tags.toArray()).filter((t) => !ids.has(t.eventId));
  expect(orphans).toEqual([]);
  expect(await db.rules.count()).toBeGreaterThan(10);
}

test('two tabs of the same week and Google + Outlook capturing at once: each event stored once, none removed', async () => {
  const db = freshDb();
  await Promise.all([
    capture(db, 'google', googleWeek),
    capture(db, 'google', googleWeek, 11),
    capture(db, 'outlook', outlookWeek),
    capture(db, 'google', googleWeek, 12),
    capture(db, 'outlook', outlookWeek, 13),
  ]);
  const events = await db.events.toArray();
  expect(events.map((e) => e.id).sort()).toEqual([
    'google:g1',
    'google:g2',
    'google:g3',
    'google:g4',
    'outlook:o1',
    'outlook:o2',
  ]);
  expect(events.every((e) => e.removedAt === null)).toBe(true);
  const { settings } = await loadSettings(db);
  expect((await loadWeek(db, MONDAY, settings, at('2026-11-30'))).summary.workedHours).toBe(5.5);
  await consistent(db);
});

test('a badge tag and a bulk tag of the same events while a capture re-applies rules: a person’s tag is never lost', async () => {
  const db = freshDb();
  await capture(db, 'google', googleWeek);
  await Promise.all([
    setPersonTags(db, { eventIds: ['google:g2'], kind: 'operational', activity: 'supervision' }, 20),
    capture(
      db,
      'google',
      googleWeek.map((e) => ({ ...e, title: `${e.title} ` })),
      21,
    ),
    setPersonTags(db, { eventIds: ['google:g1', 'google:g2'], kind: 'instructional', activity: 'walkthrough' }, 22),
    capture(db, 'google', googleWeek, 23),
  ]);
  const tags = await db.tags.bulkGet(['google:g1', 'google:g2']);
  expect(tags.map((t) => [t?.setBy, t?.activity])).toEqual([
    ['person', 'walkthrough'],
    ['person', 'walkthrough'],
  ]);
  await consistent(db);
});

test('delete-all or restore while a capture runs: the result is one or the other, never a mix', async () => {
  const source = freshDb();
  await capture(source, 'google', googleWeek);
  const backup = parseBackup(JSON.stringify(await createBackup(source, new Date())));

  const deleting = freshDb();
  await capture(deleting, 'outlook', outlookWeek);
  await Promise.all([
    capture(deleting, 'google', googleWeek),
    deleteAllData(deleting),
    capture(deleting, 'outlook', outlookWeek, 30),
  ]);
  const left = (await deleting.events.toCollection().primaryKeys()).sort();
  // Whatever order the transactions ran in, each capture is whole or absent.
  for (const group of [
    googleWeek.map((e) => `google:${e.sourceId}`),
    outlookWeek.map((e) => `outlook:${e.sourceId}`),
  ]) {
    const present = group.filter((id) => left.includes(id));
    expect([0, group.length]).toContain(present.length);
  }
  await consistent(deleting);

  const restoring = freshDb();
  await Promise.all([
    restoreBackup(restoring, backup),
    capture(restoring, 'outlook', outlookWeek),
    restoreBackup(restoring, backup),
  ]);
  expect((await restoring.events.toCollection().primaryKeys()).length).toBe(6);
  await consistent(restoring);
});

test('a rule edited during a capture applies to every event, whichever runs first', async () => {
  for (let round = 0; round < 5; round++) {
    const db = freshDb();
    await Promise.all([
      capture(db, 'google', googleWeek),
      saveRule(
        db,
        { enabled: true, field: 'title', keywords: ['budget review'], kind: 'operational', activity: 'budget' },
        5,
      ),
    ]);
    expect((await db.tags.get('google:g4'))?.activity).toBe('budget');
    await consistent(db);
  }
});

test('weekly repeating estimates materialised by several runs at once are counted once a week', async () => {
  const db = freshDb();
  const entry = { date: '2026-11-02', minutes: 45, task: 'Parent newsletter', fromActivity: 'family-communication' };
  await saveReclaimed(db, entry, 1);
  await Promise.all([
    repeatWeekly(db, entry, '2026-11-20', 1, 2),
    materializeRecurring(db, '2026-11-20', 1, 3),
    materializeRecurring(db, '2026-11-20', 1, 4),
  ]);
  await Promise.all(Array.from({ length: 5 }, (_, i) => materializeRecurring(db, '2026-11-20', 1, 5 + i)));
  expect((await db.reclaimed.orderBy('date').toArray()).map((e) => e.date)).toEqual([
    '2026-11-02',
    '2026-11-09',
    '2026-11-16',
  ]);
});
