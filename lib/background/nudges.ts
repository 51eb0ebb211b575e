import { deliverDueNudges, scheduleNudgeAlarms, type AlarmsLike, type Notifier } from '../nudges/deliver';
import { ALARM_PREFIX } from '../nudges/schedule';
import type { LeadershipDb } from '../store/db';
import { materializeRecurring } from '../store/recurring-repo';
import { loadSettings } from '../store/settings-repo';
import { isoDate } from '../domain/time/week';
import { deliverReminder } from '../nudges/reminder';

export interface NudgeRuntime {
  alarms: AlarmsLike & { onAlarm: { addListener(cb: (alarm: { name: string }) => void): void } };
  notifier: Notifier;
  now: () => number;
  log: (line: string) => void;
  /** Runs after each catch-up: the toolbar's count of days to reconcile follows the clock. */
  afterCatchUp?: () => Promise<unknown>;
}

/**
 * Keeps nudges alive across restarts: alarms are re-created on install, browser start-up and every
 * service-worker start (Chrome may drop alarms on restart), and a nudge missed while the browser was
 * closed is delivered once when it next runs in the same week.
 */
export function startNudges(getDb: () => LeadershipDb, runtime: NudgeRuntime) {
  const catchUp = async () => {
    const db = getDb();
    const now = runtime.now();
    const { settings } = await loadSettings(db);
    // Weekly repeating time-saved estimates are due before the review is composed.
    await materializeRecurring(db, isoDate(now), settings.weekStartsOn, now);
    await deliverDueNudges(db, now, runtime.notifier);
    await deliverReminder(db, now, runtime.notifier);
    const scheduled = await scheduleNudgeAlarms(db, runtime.alarms, now);
    await runtime.afterCatchUp?.();
    return scheduled;
  };
  // Catch-up runs one at a time in this worker (alarms that fire together queue up behind each other);
  // across contexts, claimNudge's transaction keeps each nudge to one notification.
  let queue: Promise<unknown> = Promise.resolve();
  const safely = (work: () => Promise<unknown>) => {
    const next = queue.then(work).catch((error: unknown) => runtime.log(`Nudges: ${String(error)}`));
    queue = next;
    return next;
  };
  runtime.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX) || alarm.name === 'nudge-check') void safely(catchUp);
  });
  return {
    catchUp: () => safely(catchUp),
    reschedule: () => scheduleNudgeAlarms(getDb(), runtime.alarms, runtime.now()),
  };
}
