import { type NudgeRecord, nudgeId } from '../domain/measure/nudge';
import { isWeekday, MY_CALENDARS } from '../domain/reconcile/day';
import { formatDay } from '../domain/time/format';
import { fromIsoDate, isoDate } from '../domain/time/week';
import type { LeadershipDb } from '../store/db';
import { loadReconcile } from '../store/reconcile-repo';
import { loadSettings } from '../store/settings-repo';
import { claimNudge, type Notifier } from './deliver';
import { momentOn, reminderOn } from './schedule';

/**
 * The optional daily reminder to reconcile (issue #29), delivered: only when a day is left to reconcile, and at most
 * once a day (the nudges' claim-then-show). When it is due is in schedule.ts.
 */
export async function deliverReminder(db: LeadershipDb, now: number, notifier: Notifier): Promise<NudgeRecord | null> {
  const { settings } = await loadSettings(db);
  const today = isoDate(now);
  if (!reminderOn(settings) || !isWeekday(today)) return null;
  if (now < momentOn(fromIsoDate(today), settings.reconcile.reminder.time)) return null;
  if (await db.nudges.get(nudgeId('reconcile', today))) return null;
  const view = await loadReconcile(db, settings, now, MY_CALENDARS, null);
  const open = view.recent.filter((d) => d.state === 'open').map((d) => formatDay(fromIsoDate(d.date).getTime()));
  if (open.length === 0) return null;
  const record: NudgeRecord = {
    id: nudgeId('reconcile', today),
    kind: 'reconcile',
    weekKey: today,
    title: open.length === 1 ? '1 day to reconcile' : `${open.length} days to reconcile`,
    message: `${open.join(', ')}: two minutes on what happened, what took the time, and who is owed feedback.`.slice(
      0,
      1000,
    ),
    target: 'reconcile',
    deliveredAt: now,
    snoozedUntil: null,
    dismissed: false,
  };
  if (!(await claimNudge(db, record, now))) return null;
  await notifier.show(record.id, record.title, record.message);
  return record;
}
