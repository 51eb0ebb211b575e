import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startNudges } from '../../lib/background/nudges';
import { deliverDueNudges } from '../../lib/nudges/deliver';
import { LeadershipDb } from '../../lib/store/db';
import { at, seededWithWalkthrough } from '../builders';

/** Monday 09:00: the plan nudge (07:30) is due; on a Friday afternoon the review is due too. */
const MONDAY = at('2026-11-16', '09:00');
const FRIDAY = at('2026-11-20', '15:00');

const seeded = seededWithWalkthrough;

const counter = () => {
  const shown: string[] = [];
  return { shown, notifier: { show: async (id: string) => void shown.push(id) } };
};

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
});

test('alarms firing together on a Monday morning give one notification per nudge, however many runs', async () => {
  const db = await seeded();
  const { shown, notifier } = counter();
  const runs = 20;
  await Promise.all(Array.from({ length: runs }, () => deliverDueNudges(db, FRIDAY, notifier)));
  expect(shown.sort()).toEqual(['plan:2026-11-16', 'review:2026-11-16']);
  expect(await db.nudges.count()).toBe(2);
});

test('two browser windows (two database connections) delivering at once still give one of each', async () => {
  const first = await seeded();
  const second = new LeadershipDb(first.name);
  const { shown, notifier } = counter();
  await Promise.all([
    deliverDueNudges(first, MONDAY, notifier),
    deliverDueNudges(second, MONDAY, notifier),
    deliverDueNudges(first, MONDAY, notifier),
    deliverDueNudges(second, MONDAY, notifier),
  ]);
  expect(shown).toEqual(['plan:2026-11-16']);
  second.close();
});

test('the plan alarm, the hourly check and the start-up catch-up at once: one notification, runs serialised', async () => {
  const db = await seeded();
  const { shown, notifier } = counter();
  const problems: string[] = [];
  const nudges = startNudges(() => db, {
    alarms: fakeBrowser.alarms,
    notifier,
    now: () => MONDAY,
    log: (line) => problems.push(line),
  });
  await Promise.all([
    nudges.catchUp(),
    fakeBrowser.alarms.onAlarm.trigger({ name: 'nudge-plan', scheduledTime: MONDAY }),
    fakeBrowser.alarms.onAlarm.trigger({ name: 'nudge-check', scheduledTime: MONDAY }),
    nudges.catchUp(),
  ]);
  await nudges.catchUp(); // queued behind the others: when it resolves, every run has finished
  expect(problems).toEqual([]);
  expect(shown).toEqual(['plan:2026-11-16']);
});

test('a worker stopped between the claim and the notification never shows it twice; the panel card still has it', async () => {
  const db = await seeded();
  const dying = { show: vi.fn(async () => Promise.reject(new Error('service worker stopped'))) };
  await expect(deliverDueNudges(db, MONDAY, dying)).rejects.toThrow('service worker stopped');
  const { shown, notifier } = counter();
  await deliverDueNudges(db, MONDAY + 60_000, notifier);
  expect(shown).toEqual([]);
  expect((await db.nudges.get('plan:2026-11-16'))?.title).toBe('Plan your reclaimed hours');
});

test('a snoozed nudge comes back once after the snooze, even with concurrent runs', async () => {
  const db = await seeded();
  const { shown, notifier } = counter();
  await deliverDueNudges(db, MONDAY, notifier);
  await db.nudges.update('plan:2026-11-16', { snoozedUntil: MONDAY + 86_400_000 });
  const later = MONDAY + 86_400_000 + 60_000;
  await Promise.all(Array.from({ length: 5 }, () => deliverDueNudges(db, later, notifier)));
  expect(shown).toEqual(['plan:2026-11-16', 'plan:2026-11-16']);
});
