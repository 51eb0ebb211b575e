import { addDays, setHours, setMinutes, startOfDay } from 'date-fns';
import type { NudgeSchedule, Settings } from '../domain/settings/settings';
import { isWeekday } from '../domain/reconcile/day';
import { isoDate, weekKeyOf, weekRange, type WeekStartsOn } from '../domain/time/week';

export const NUDGE_KINDS = ['plan', 'review'] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** The local wall-clock moment of a nudge inside a given week (DST-safe: built from the local date, not by adding hours). */
export function occurrenceInWeek(schedule: NudgeSchedule, weekKey: string): number {
  const start = new Date(weekRange(weekKey).start);
  const offset = (schedule.weekday - start.getDay() + 7) % 7;
  const [h, m] = schedule.time.split(':').map(Number) as [number, number];
  return setMinutes(setHours(startOfDay(addDays(start, offset)), h), m).getTime();
}

/** The next time a nudge should fire after `now` (this week's if still ahead, else next week's). */
export function nextOccurrence(schedule: NudgeSchedule, now: number, weekStartsOn: WeekStartsOn): number {
  const thisWeek = weekKeyOf(now, weekStartsOn);
  const here = occurrenceInWeek(schedule, thisWeek);
  if (here > now) return here;
  return occurrenceInWeek(schedule, weekKeyOf(weekRange(thisWeek).end, weekStartsOn));
}

export interface DeliveryState {
  kind: NudgeKind;
  weekKey: string;
  deliveredAt: number | null;
  snoozedUntil: number | null;
}

/**
 * Which nudges are due now: enabled, this week's moment has passed, not yet delivered this week (or
 * snoozed until a time that has passed). A nudge missed while the browser was closed is due once
 * when it next starts in the same week; after the week ends it is dropped, never sent late.
 */
export function dueNudges(
  settings: Settings,
  now: number,
  states: readonly DeliveryState[],
): { kind: NudgeKind; weekKey: string }[] {
  // No nudges before the first-run questions are answered, and coaches get no weekly nudge.
  if (!settings.onboarded || settings.role === 'coach') return [];
  const weekKey = weekKeyOf(now, settings.weekStartsOn);
  return NUDGE_KINDS.filter((kind) => {
    const schedule = settings.nudges[kind];
    if (!schedule.enabled || occurrenceInWeek(schedule, weekKey) > now) return false;
    return stillDue(
      states.find((s) => s.kind === kind && s.weekKey === weekKey),
      now,
    );
  }).map((kind) => ({ kind, weekKey }));
}

/** A nudge with this delivery record may be shown now: never delivered, or snoozed until a time that has passed. */
export function stillDue(state: Pick<DeliveryState, 'deliveredAt' | 'snoozedUntil'> | undefined, now: number): boolean {
  if (!state) return true;
  return (
    state.snoozedUntil !== null &&
    state.snoozedUntil <= now &&
    state.deliveredAt !== null &&
    state.deliveredAt < state.snoozedUntil
  );
}

export const ALARM_PREFIX = 'nudge-';
export const alarmName = (kind: NudgeKind) => `${ALARM_PREFIX}${kind}`;

/**
 * The optional daily reminder to reconcile (issue #29): off unless the leader turns it on, at the time they pick,
 * on weekdays only. Delivered by reminder.ts.
 */
export const REMINDER_ALARM = `${ALARM_PREFIX}reconcile`;

/** The reminder's moment on a date, local wall-clock time. */
export function momentOn(date: Date, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return setMinutes(setHours(startOfDay(date), h), m).getTime();
}

/** The next weekday moment after `now`, or null when the reminder is off. */
export function nextReminder(settings: Settings, now: number): number | null {
  if (!reminderOn(settings)) return null;
  for (let i = 0; i < 8; i++) {
    const day = addDays(new Date(now), i);
    const at = momentOn(day, settings.reconcile.reminder.time);
    if (at > now && isWeekday(isoDate(day))) return at;
  }
  return null;
}

export const reminderOn = (settings: Settings) =>
  settings.reconcile.reminder.enabled && settings.onboarded && settings.role !== 'coach';
