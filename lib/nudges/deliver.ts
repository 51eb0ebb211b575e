import { shiftWeek, weekKeyOf } from '../domain/time/week';
import { biggestAbsorber } from '../domain/measure/review';
import type { LeadershipDb } from '../store/db';
import { loadBaseline, loadTrend, loadWeek } from '../store/queries';
import { ownEvents } from '../domain/events/calendars';
import { blockOutcomes } from '../domain/planning/protect';
import { loadSettings, saveSettings } from '../store/settings-repo';
import { composeNudge } from './compose';
import { nudgeId, type NudgeRecord } from '../domain/measure/nudge';
import {
  alarmName,
  dueNudges,
  NUDGE_KINDS,
  type NudgeKind,
  nextOccurrence,
  nextReminder,
  REMINDER_ALARM,
  stillDue,
} from './schedule';
import { DAY_MS } from '../domain/time/numbers';

export interface Notifier {
  show(id: string, title: string, message: string): Promise<void>;
}

export interface AlarmsLike {
  create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
  clear(name: string): unknown;
}

export const CHECK_ALARM = 'nudge-check';

/** Composes a nudge from the same summaries the panel shows (so the numbers always match). */
export async function composeFor(db: LeadershipDb, kind: NudgeKind, weekKey: string, now: number) {
  const { settings } = await loadSettings(db);
  const baseline = await loadBaseline(db, settings, now);
  const about = kind === 'plan' ? shiftWeek(weekKey, -1) : weekKey;
  const trend = await loadTrend(db, about, 5, settings, now, baseline);
  const summary = trend[trend.length - 1]!;
  const noDataYet = (await db.events.count()) === 0 && (await db.reclaimed.count()) === 0;
  return composeNudge({
    kind,
    role: settings.role,
    summary,
    noDataYet,
    absorber: biggestAbsorber(summary, trend.slice(0, -1)),
    protectedTime: kind === 'plan' ? await protectedTimeOf(db, weekKey, now) : undefined,
  });
}

/** This week's planned minutes and the part of them already on the calendar as protected blocks. */
async function protectedTimeOf(db: LeadershipDb, weekKey: string, now: number) {
  const plan = await db.plans.get(weekKey);
  if (!plan) return undefined;
  const plannedMinutes = Object.values(plan.minutes).reduce((s, m) => s + m, 0);
  const { settings } = await loadSettings(db);
  const week = await loadWeek(db, weekKey, settings, now);
  const onCalendarMinutes = blockOutcomes(plan.blocks ?? [], ownEvents(week.events, week.scope), week.tags, now)
    .filter((o) => o.state !== 'not-scheduled')
    .reduce((s, o) => s + (o.block.end - o.block.start) / 60_000, 0);
  return { plannedMinutes, onCalendarMinutes };
}

/** Delivers every nudge that is due now, once per kind and week; records what was said. */
export async function deliverDueNudges(db: LeadershipDb, now: number, notifier: Notifier): Promise<NudgeRecord[]> {
  const { settings } = await loadSettings(db);
  const weekKey = weekKeyOf(now, settings.weekStartsOn);
  const states = (await db.nudges.where('weekKey').equals(weekKey).toArray()).filter(
    (s): s is NudgeRecord & { kind: NudgeKind } => s.kind !== 'reconcile',
  );
  const delivered: NudgeRecord[] = [];
  for (const due of dueNudges(settings, now, states)) {
    const text = await composeFor(db, due.kind, due.weekKey, now);
    const record: NudgeRecord = {
      id: nudgeId(due.kind, due.weekKey),
      kind: due.kind,
      weekKey: due.weekKey,
      ...text,
      deliveredAt: now,
      snoozedUntil: null,
      dismissed: false,
    };
    // Claim, then show: the check and the record are one transaction, so concurrent runs (alarms firing
    // together, two windows, a restarted worker) cannot both see "not sent yet". If the worker stops after
    // the claim, the panel card still carries the nudge: at most one notification, never two.
    if (!(await claimNudge(db, record, now))) continue;
    delivered.push(record);
    await notifier.show(record.id, record.title, record.message);
  }
  return delivered;
}

/** Records a nudge as delivered if, inside one transaction, it is still due; false when another run got it first. */
export async function claimNudge(db: LeadershipDb, record: NudgeRecord, now: number): Promise<boolean> {
  return db.transaction('rw', db.nudges, async () => {
    if (!stillDue(await db.nudges.get(record.id), now)) return false;
    await db.nudges.put(record);
    return true;
  });
}

/** One-shot alarms at each enabled nudge's next local time, plus an hourly check for missed or snoozed nudges. */
export async function scheduleNudgeAlarms(
  db: LeadershipDb,
  alarms: AlarmsLike,
  now: number,
): Promise<Record<NudgeKind, number | null>> {
  const { settings } = await loadSettings(db);
  const scheduled = { plan: null, review: null } as Record<NudgeKind, number | null>;
  for (const kind of NUDGE_KINDS) {
    const schedule = settings.nudges[kind];
    if (!schedule.enabled || settings.role === 'coach') {
      await alarms.clear(alarmName(kind));
      continue;
    }
    scheduled[kind] = nextOccurrence(schedule, now, settings.weekStartsOn);
    await alarms.create(alarmName(kind), { when: scheduled[kind]! });
  }
  const reminder = nextReminder(settings, now);
  if (reminder === null) await alarms.clear(REMINDER_ALARM);
  else await alarms.create(REMINDER_ALARM, { when: reminder });
  await alarms.create(CHECK_ALARM, { periodInMinutes: 60 });
  return scheduled;
}

export async function snoozeNudge(db: LeadershipDb, id: string, now: number): Promise<void> {
  await db.nudges.update(id, { snoozedUntil: now + DAY_MS });
}

export async function dismissNudge(db: LeadershipDb, id: string): Promise<void> {
  await db.nudges.update(id, { dismissed: true });
}

/** "Turn off" from the card: the nudge kind is switched off in settings (and can be turned on again in options). */
export async function turnOffNudge(db: LeadershipDb, kind: NudgeRecord['kind']): Promise<void> {
  const { settings } = await loadSettings(db);
  if (kind === 'reconcile')
    await saveSettings(db, {
      reconcile: { ...settings.reconcile, reminder: { ...settings.reconcile.reminder, enabled: false } },
    });
  else await saveSettings(db, { nudges: { ...settings.nudges, [kind]: { ...settings.nudges[kind], enabled: false } } });
}
