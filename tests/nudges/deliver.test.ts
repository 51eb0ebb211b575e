import { expect, test } from 'vitest';
import { DAY_MS } from '../../lib/domain/time/numbers';
import {
  CHECK_ALARM,
  composeFor,
  deliverDueNudges,
  dismissNudge,
  scheduleNudgeAlarms,
  snoozeNudge,
  turnOffNudge,
} from '../../lib/nudges/deliver';
import { recordScan } from '../../lib/store/events-repo';
import { savePlan, setPlanBlocks } from '../../lib/store/plans-repo';
import { saveReclaimed } from '../../lib/store/reclaimed-repo';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { at, freshDb, rawEventOn } from '../builders';
import type { RawEvent } from '../../lib/domain/events/event';
import type { LeadershipDb } from '../../lib/store/db';

/**
 * What a nudge says comes from the same stored week the panel reads: the Monday nudge is about last week and this
 * week's plan, the Friday nudge about this week compared with the weeks before it.
 */
const LAST = '2026-11-16';
const THIS = '2026-11-23';
const MONDAY = at(THIS, '09:00');
const FRIDAY = at('2026-11-27', '15:00');
const event = (id: string, date: string, from: string, to: string, title: string) =>
  rawEventOn(id, title, date, from, to);
const weekOf = (monday: string) => ({ start: at(monday, '00:00'), end: at(monday, '00:00') + 7 * DAY_MS });
/** The whole week starting `monday`, read from Google as it stands at `now`. */
const scanWeek = (db: LeadershipDb, monday: string, events: RawEvent[], now: number) =>
  recordScan(db, { source: 'google', range: weekOf(monday), complete: true, events, now });

/** Last week: 3 h of walkthroughs, 1 h of discipline, 2 h reclaimed. This week: 1 h walkthrough, 3 h discipline, 3 h reclaimed. */
async function twoWeeks() {
  const db = freshDb();
  await saveSettings(db, { onboarded: true, baselineOverrideHours: 1 });
  await scanWeek(
    db,
    LAST,
    [
      event('w1', LAST, '09:00', '12:00', 'Walkthrough: grade 3'),
      event('d1', '2026-11-17', '13:00', '14:00', 'Discipline referral meeting'),
    ],
    at(LAST, '08:00'),
  );
  await scanWeek(
    db,
    THIS,
    [
      event('w2', THIS, '09:00', '10:00', 'Walkthrough: grade 5'),
      event('d2', '2026-11-24', '13:00', '16:00', 'Discipline referral meeting'),
    ],
    at(THIS, '08:00'),
  );
  await saveReclaimed(db, { date: '2026-11-17', minutes: 120, task: 'newsletter', fromActivity: 'email-office' }, 1);
  await saveReclaimed(db, { date: '2026-11-24', minutes: 180, task: 'letters', fromActivity: 'email-office' }, 1);
  return db;
}

test('Monday: last week in numbers, then what is planned for this week and how much of it is on the calendar', async () => {
  const db = await twoWeeks();
  await savePlan(db, { weekStart: THIS, minutes: { walkthrough: 60, coaching: 60 } }, MONDAY);
  await setPlanBlocks(
    db,
    THIS,
    [
      { id: 'b1', activity: 'coaching', start: at('2026-11-25', '10:00'), end: at('2026-11-25', '10:30') },
      { id: 'b2', activity: 'walkthrough', start: at('2026-11-26', '10:00'), end: at('2026-11-26', '10:30') },
    ],
    MONDAY,
  );
  // One of the two blocks is on the calendar now.
  await scanWeek(
    db,
    THIS,
    [
      event('w2', THIS, '09:00', '10:00', 'Walkthrough: grade 5'),
      event('d2', '2026-11-24', '13:00', '16:00', 'Discipline referral meeting'),
      event('b', '2026-11-25', '10:00', '10:30', 'Coaching conversation — protected time'),
    ],
    MONDAY,
  );
  expect(await composeFor(db, 'plan', THIS, MONDAY)).toEqual({
    title: 'Plan your reclaimed hours',
    message:
      'Last week AI gave you back 2 h; 2 h of it went to walkthroughs and coaching. 0.5 of the 2 h you planned are on your calendar.',
    target: 'plan',
  });
});

test('Monday without a plan asks the question; with a plan and nothing on the calendar, says so', async () => {
  const db = await twoWeeks();
  expect((await composeFor(db, 'plan', THIS, MONDAY)).message).toBe(
    'Last week AI gave you back 2 h; 2 h of it went to walkthroughs and coaching. What will you do with the hours you get back this week?',
  );
  await savePlan(db, { weekStart: THIS, minutes: { coaching: 90 } }, MONDAY);
  expect((await composeFor(db, 'plan', THIS, MONDAY)).message).toMatch(
    /None of the 1\.5 h you planned is on your calendar yet: open Plan and press Find time\.$/,
  );
});

test('Friday: this week against the baseline, the biggest absorber against the weeks before it (not itself)', async () => {
  const db = await twoWeeks();
  const text = await composeFor(db, 'review', THIS, FRIDAY);
  // Discipline: 3 h this week against 1 h a week before it, so 2 h more (with this week in the average it would be 1 h).
  expect(text).toEqual({
    title: 'Here is where your reclaimed hours went',
    message:
      'AI gave you back 3 h. Walkthroughs and coaching came to 1 h, level with your baseline of 1 h, so none of it was ' +
      'redirected yet. Most of the rest went to discipline (2 h more than in your recent weeks). ' +
      '1 walkthrough this week, no feedback conversation scheduled: block one feedback conversation next week.',
    target: 'review',
  });
  // The plan nudge is never asked about this week's numbers, nor the review about last week's.
  expect((await composeFor(db, 'plan', THIS, FRIDAY)).message).not.toContain('3 h');
});

test('"set up" only when nothing at all is recorded: events alone or time saved alone is data', async () => {
  const empty = freshDb();
  await saveSettings(empty, { onboarded: true });
  expect((await composeFor(empty, 'review', THIS, FRIDAY)).target).toBe('setup');

  const savedOnly = freshDb();
  await saveSettings(savedOnly, { onboarded: true });
  await saveReclaimed(savedOnly, { date: '2026-11-24', minutes: 60, task: 'letters', fromActivity: 'email-office' }, 1);
  expect((await composeFor(savedOnly, 'review', THIS, FRIDAY)).target).toBe('review');

  const eventsOnly = freshDb();
  await saveSettings(eventsOnly, { onboarded: true });
  await scanWeek(eventsOnly, THIS, [event('w', THIS, '09:00', '10:00', 'Walkthrough')], MONDAY);
  expect((await composeFor(eventsOnly, 'review', THIS, FRIDAY)).target).toBe('review');
});

test('a delivered nudge is recorded once, not snoozed and not dismissed; it is shown with its own title and words', async () => {
  const db = await twoWeeks();
  const shown: [string, string, string][] = [];
  const delivered = await deliverDueNudges(db, FRIDAY, { show: async (...args) => void shown.push(args) });
  expect(delivered.map((n) => n.id)).toEqual(['plan:2026-11-23', 'review:2026-11-23']);
  expect(delivered[1]).toMatchObject({
    kind: 'review',
    weekKey: THIS,
    deliveredAt: FRIDAY,
    snoozedUntil: null,
    dismissed: false,
  });
  expect(shown.map(([id, title]) => [id, title])).toEqual([
    ['plan:2026-11-23', 'Plan your reclaimed hours'],
    ['review:2026-11-23', 'Here is where your reclaimed hours went'],
  ]);
  expect(shown[1]![2]).toBe(delivered[1]!.message);
  // Already delivered this week: the next run finds them recorded and shows nothing.
  expect(await deliverDueNudges(db, FRIDAY + 60_000, { show: async (...args) => void shown.push(args) })).toEqual([]);
  expect(shown).toHaveLength(2);
});

test('snooze for a day, dismiss, and "turn off" change only what they say', async () => {
  const db = await twoWeeks();
  await deliverDueNudges(db, FRIDAY, { show: async () => {} });
  await snoozeNudge(db, 'review:2026-11-23', FRIDAY);
  expect(await db.nudges.get('review:2026-11-23')).toMatchObject({ snoozedUntil: FRIDAY + DAY_MS, dismissed: false });
  await dismissNudge(db, 'plan:2026-11-23');
  expect(await db.nudges.get('plan:2026-11-23')).toMatchObject({ dismissed: true, snoozedUntil: null });

  const before = (await loadSettings(db)).settings.nudges;
  await turnOffNudge(db, 'review');
  const after = (await loadSettings(db)).settings.nudges;
  expect(after.review).toEqual({ ...before.review, enabled: false });
  expect(after.plan).toEqual(before.plan);
});

test('alarms: one at each enabled nudge’s next time and an hourly check; a nudge turned off, or a coach, has none', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  const calls: string[] = [];
  const alarms = {
    create: (name: string, info: { when?: number; periodInMinutes?: number }) =>
      void calls.push(`create ${name} ${JSON.stringify(info)}`),
    clear: (name: string) => void calls.push(`clear ${name}`),
  };
  const scheduled = await scheduleNudgeAlarms(db, alarms, MONDAY);
  // Monday 09:00: the plan nudge (Monday 07:30) is next week's; the review is this Friday afternoon.
  expect(scheduled.plan).toBeGreaterThan(MONDAY + 6 * DAY_MS);
  expect(scheduled.review).toBeGreaterThan(MONDAY);
  expect(scheduled.review).toBeLessThan(MONDAY + 5 * DAY_MS);
  expect(calls).toEqual([
    `create nudge-plan ${JSON.stringify({ when: scheduled.plan })}`,
    `create nudge-review ${JSON.stringify({ when: scheduled.review })}`,
    // The daily reminder to reconcile is off unless the leader turns it on.
    'clear nudge-reconcile',
    `create ${CHECK_ALARM} {"periodInMinutes":60}`,
  ]);

  calls.length = 0;
  await turnOffNudge(db, 'plan');
  expect(await scheduleNudgeAlarms(db, alarms, MONDAY)).toEqual({ plan: null, review: scheduled.review });
  expect(calls).toEqual([
    'clear nudge-plan',
    `create nudge-review ${JSON.stringify({ when: scheduled.review })}`,
    'clear nudge-reconcile',
    `create ${CHECK_ALARM} {"periodInMinutes":60}`,
  ]);

  calls.length = 0;
  await saveSettings(db, { role: 'coach' });
  expect(await scheduleNudgeAlarms(db, alarms, MONDAY)).toEqual({ plan: null, review: null });
  expect(calls).toEqual([
    'clear nudge-plan',
    'clear nudge-review',
    'clear nudge-reconcile',
    `create ${CHECK_ALARM} {"periodInMinutes":60}`,
  ]);
});
