import { expect, test } from 'vitest';
import { findTimeForWeek } from '../../lib/live/panel';
import { recordScan } from '../../lib/store/events-repo';
import { savePlan } from '../../lib/store/plans-repo';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { recentVisitStarts } from '../../lib/store/queries';
import { setBlockStatus } from '../../lib/store/tags-repo';
import { at, freshDb, rawEventOn } from '../builders';

const MONDAY = '2026-11-30';
const NOW = at(MONDAY, '07:00');
const week = { start: at(MONDAY, '00:00'), end: at('2026-12-07', '00:00') };
const meeting = (id: string, date: string, from: string, to: string, title = 'Staff meeting') =>
  rawEventOn(id, title, date, from, to);

test('find time refuses a week not seen on the calendar, then proposes around its events', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  await savePlan(db, { weekStart: MONDAY, minutes: { walkthrough: 60, feedback: 40 } }, NOW);
  expect(await findTimeForWeek(db, MONDAY, [], NOW)).toEqual({
    kind: 'unseen',
    days: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'],
  });

  await recordScan(db, {
    source: 'google',
    range: week,
    complete: true,
    events: [meeting('m1', MONDAY, '08:00', '09:00'), meeting('m2', '2026-12-01', '08:00', '08:45')],
    now: NOW,
  });
  const answer = await findTimeForWeek(db, MONDAY, [], NOW);
  expect(answer).toEqual({ kind: 'proposed', added: 4, kept: 0, message: null, missingFeedbackMinutes: 0 });
  const blocks = (await db.plans.get(MONDAY))!.blocks!;
  // Around the meetings with the default 10-minute buffer; each walkthrough with its feedback the next day.
  expect(
    blocks.map((b) => [
      new Date(b.start).toString().slice(0, 3),
      new Date(b.start).toTimeString().slice(0, 5),
      b.activity,
      !!b.follows,
    ]),
  ).toEqual([
    ['Mon', '09:10', 'walkthrough', false],
    ['Tue', '15:30', 'feedback', true],
    ['Wed', '10:00', 'walkthrough', false],
    ['Thu', '15:30', 'feedback', true],
  ]);
});

test('a block that appears on the calendar is tagged with its activity, linked to the plan, and kept when asking again', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  await savePlan(db, { weekStart: MONDAY, minutes: { coaching: 30 } }, NOW);
  await recordScan(db, { source: 'outlook', range: week, complete: true, events: [], now: NOW });
  await findTimeForWeek(db, MONDAY, [], NOW);
  const [block] = (await db.plans.get(MONDAY))!.blocks!;
  const start = new Date(block!.start);
  const date = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
  const time = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

  await recordScan(db, {
    source: 'outlook',
    range: week,
    complete: true,
    events: [meeting('added', date, time(block!.start), time(block!.end), 'Coaching conversation — protected time')],
    now: NOW + 60_000,
  });
  expect(await db.tags.get('outlook:added')).toMatchObject({
    kind: 'instructional',
    activity: 'coaching',
    setBy: 'plan',
    blockId: block!.id,
  });
  // Asking again proposes nothing new: the plan is covered by the block on the calendar.
  expect(await findTimeForWeek(db, MONDAY, [], NOW + 120_000)).toEqual({
    kind: 'proposed',
    added: 0,
    kept: 1,
    message: null,
    missingFeedbackMinutes: 0,
  });
  expect((await db.plans.get(MONDAY))!.blocks).toEqual([block]);
});

test('the visits Find time looks back on are the leader’s own, tagged, not displaced, in the four weeks before', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true, calendars: { mine: ['lee@x.org'], keptFor: [] } });
  const mine = (id: string, date: string, from: string) => ({
    ...meeting(id, date, from, '23:59', 'Walkthrough'),
    calendarId: 'lee@x.org',
  });
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [
      { ...mine('a', '2026-11-16', '09:00'), end: at('2026-11-16', '09:30') },
      { ...mine('b', '2026-11-17', '13:00'), end: at('2026-11-17', '13:30') },
      { ...mine('old', '2026-10-26', '09:00'), end: at('2026-10-26', '09:30') },
      { ...meeting('ap', '2026-11-18', '10:00', '10:30', 'Walkthrough'), calendarId: 'ap@x.org' },
    ],
    now: NOW,
  });
  await setBlockStatus(db, 'google:b', 'displaced', undefined, NOW);
  expect(await recentVisitStarts(db, MONDAY, (await loadSettings(db)).settings, NOW)).toEqual([
    at('2026-11-16', '09:00'),
  ]);
});
