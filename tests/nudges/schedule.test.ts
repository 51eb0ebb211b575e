import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startNudges } from '../../lib/background/nudges';
import { DEFAULT_SETTINGS } from '../../lib/domain/settings/settings';
import { scheduleNudgeAlarms } from '../../lib/nudges/deliver';
import { dueNudges, nextOccurrence, occurrenceInWeek, stillDue } from '../../lib/nudges/schedule';
import { at, seededWithWalkthrough } from '../builders';

const SETTINGS = { ...DEFAULT_SETTINGS, onboarded: true };
const plan = DEFAULT_SETTINGS.nudges.plan;
const review = DEFAULT_SETTINGS.nudges.review;

describe('local times across daylight-saving changes (America/New_York)', () => {
  test.each([
    ['Monday 07:30 in the week DST starts (8 March)', plan, '2026-03-09', at('2026-03-09', '07:30')],
    ['Friday 14:00 in the week before DST ends', review, '2026-10-26', at('2026-10-30', '14:00')],
    ['Monday 07:30 right after DST ends (1 November)', plan, '2026-11-02', at('2026-11-02', '07:30')],
  ])('%s', (_name, schedule, week, expected) => {
    expect(occurrenceInWeek(schedule, week)).toBe(expected);
    expect(new Date(expected).getHours()).toBe(Number(schedule.time.slice(0, 2)));
  });

  test('the next occurrence after a Saturday before spring-forward is Monday 07:30 local, 23 h shorter weekend', () => {
    expect(nextOccurrence(plan, at('2026-03-07', '10:00'), 1)).toBe(at('2026-03-09', '07:30'));
    expect(nextOccurrence(plan, at('2026-11-01', '10:00'), 1)).toBe(at('2026-11-02', '07:30'));
  });
});

describe('which nudges are due', () => {
  test('never twice for the same week; snoozed ones come back after a day', () => {
    const now = at('2026-11-20', '15:00');
    expect(dueNudges(SETTINGS, now, []).map((d) => d.kind)).toEqual(['plan', 'review']);
    const delivered = [
      { kind: 'plan' as const, weekKey: '2026-11-16', deliveredAt: at('2026-11-16', '07:30'), snoozedUntil: null },
    ];
    expect(dueNudges(SETTINGS, now, delivered).map((d) => d.kind)).toEqual(['review']);
    const snoozed = [{ ...delivered[0]!, snoozedUntil: at('2026-11-17', '07:30') }];
    expect(dueNudges(SETTINGS, now, snoozed).map((d) => d.kind)).toEqual(['plan', 'review']);
  });
  test('nothing before the first-run questions are answered', () => {
    expect(dueNudges(DEFAULT_SETTINGS, at('2026-11-20', '15:00'), [])).toEqual([]);
  });
  test('coaches get no weekly nudge; a switched-off nudge never comes', () => {
    expect(dueNudges({ ...SETTINGS, role: 'coach' }, at('2026-11-20', '15:00'), [])).toEqual([]);
    expect(
      dueNudges(
        { ...SETTINGS, nudges: { ...DEFAULT_SETTINGS.nudges, review: { ...review, enabled: false } } },
        at('2026-11-20', '15:00'),
        [],
      ).map((d) => d.kind),
    ).toEqual(['plan']);
  });
});

describe('a delivery record, at its edges', () => {
  const DELIVERED = at('2026-11-16', '07:30');
  const SNOOZE_END = at('2026-11-17', '07:30');
  test.each([
    ['never delivered', undefined, DELIVERED, true],
    ['delivered, not snoozed', { deliveredAt: DELIVERED, snoozedUntil: null }, SNOOZE_END, false],
    [
      'snoozed, a minute before the snooze ends',
      { deliveredAt: DELIVERED, snoozedUntil: SNOOZE_END },
      SNOOZE_END - 60_000,
      false,
    ],
    ['snoozed, the moment the snooze ends', { deliveredAt: DELIVERED, snoozedUntil: SNOOZE_END }, SNOOZE_END, true],
    [
      'snoozed but never delivered (a stray record)',
      { deliveredAt: null, snoozedUntil: SNOOZE_END },
      SNOOZE_END,
      false,
    ],
    // Delivered again after the snooze ended: the snooze is used up.
    ['delivered again when the snooze ended', { deliveredAt: SNOOZE_END, snoozedUntil: SNOOZE_END }, SNOOZE_END, false],
  ] as const)('%s', (_name, state, now, due) => {
    expect(stillDue(state, now)).toBe(due);
  });
  test('a record of another week or of the other nudge does not hold a nudge back', () => {
    const now = at('2026-11-20', '15:00');
    const other = [
      { kind: 'review' as const, weekKey: '2026-11-09', deliveredAt: at('2026-11-13', '15:00'), snoozedUntil: null },
      { kind: 'plan' as const, weekKey: '2026-11-09', deliveredAt: at('2026-11-09', '07:30'), snoozedUntil: null },
    ];
    expect(dueNudges(SETTINGS, now, other).map((d) => d.kind)).toEqual(['plan', 'review']);
  });
  test('at the nudge’s own minute it is due, and the next one is a week later', () => {
    const monday = at('2026-11-16', '07:30');
    expect(dueNudges(SETTINGS, monday, []).map((d) => d.kind)).toEqual(['plan']);
    expect(nextOccurrence(DEFAULT_SETTINGS.nudges.plan, monday, 1)).toBe(at('2026-11-23', '07:30'));
    expect(nextOccurrence(DEFAULT_SETTINGS.nudges.plan, monday - 60_000, 1)).toBe(monday);
  });
});

describe('delivery with the fake browser and fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const seeded = () => seededWithWalkthrough();

  test('alarms are created at the next local nudge times', async () => {
    const db = await seeded();
    const scheduled = await scheduleNudgeAlarms(db, fakeBrowser.alarms, at('2026-11-17', '12:00'));
    expect(scheduled).toEqual({ plan: at('2026-11-23', '07:30'), review: at('2026-11-20', '14:00') });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([
      'nudge-check',
      'nudge-plan',
      'nudge-review',
    ]);
  });

  test('firing the alarm delivers once; firing again does not repeat it', async () => {
    const db = await seeded();
    const show = vi.fn(async (_id: string, _title: string, _message: string) => {});
    // Friday before the review is due: start-up delivers only Monday's missed plan nudge.
    vi.setSystemTime(at('2026-11-20', '13:00'));
    const nudges = startNudges(() => db, {
      alarms: fakeBrowser.alarms,
      notifier: { show },
      now: Date.now,
      log: () => {},
    });
    await nudges.catchUp();
    expect(show.mock.calls.map((c) => c[0])).toEqual(['plan:2026-11-16']);
    // At 14:00 the review's alarm fires: only the alarm can deliver it now.
    vi.setSystemTime(at('2026-11-20', '14:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'nudge-review', scheduledTime: Date.now() });
    await vi.waitFor(() => expect(show.mock.calls.map((c) => c[0])).toEqual(['plan:2026-11-16', 'review:2026-11-16']));
    // Another alarm (or the same one again) does not repeat it.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'nudge-review', scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'nudge-check', scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(show).toHaveBeenCalledTimes(2);
    expect(await db.nudges.count()).toBe(2);
  });

  test('an alarm that is not ours does nothing', async () => {
    const db = await seeded();
    const show = vi.fn(async (_id: string, _title: string, _message: string) => {});
    vi.setSystemTime(at('2026-11-20', '14:00'));
    startNudges(() => db, { alarms: fakeBrowser.alarms, notifier: { show }, now: Date.now, log: () => {} });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(show).not.toHaveBeenCalled();
  });

  test('a nudge missed while the browser was closed comes once at start-up that week, and is dropped after the week', async () => {
    const db = await seeded();
    const show = vi.fn(async (_id: string, _title: string, _message: string) => {});
    vi.setSystemTime(at('2026-11-18', '09:00')); // Wednesday: Monday's plan nudge was missed
    await startNudges(() => db, {
      alarms: fakeBrowser.alarms,
      notifier: { show },
      now: Date.now,
      log: () => {},
    }).catchUp();
    expect(show.mock.calls.map((c) => c[0])).toEqual(['plan:2026-11-16']);
    await startNudges(() => db, {
      alarms: fakeBrowser.alarms,
      notifier: { show },
      now: Date.now,
      log: () => {},
    }).catchUp();
    expect(show).toHaveBeenCalledTimes(1);
    vi.setSystemTime(at('2026-11-23', '06:00')); // next Monday before 07:30: last week's review is never sent late
    await startNudges(() => db, {
      alarms: fakeBrowser.alarms,
      notifier: { show },
      now: Date.now,
      log: () => {},
    }).catchUp();
    expect(show).toHaveBeenCalledTimes(1);
    expect(await db.nudges.get('review:2026-11-16')).toBeUndefined();
  });
});
