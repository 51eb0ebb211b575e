import { useLiveQuery } from 'dexie-react-hooks';
import { activityLabel } from '../domain/events/activities';
import type { TeacherRef } from '../domain/events/answer';
import { ownEvents } from '../domain/events/calendars';
import { googleCalendarLink, outlookLink } from '../domain/planning/calendar-links';
import { findTime } from '../domain/planning/find-time';
import { busyTime } from '../domain/planning/protect';
import { blockMinutes } from '../domain/reconcile/day';
import { parseStaffLine, teacherRef } from '../domain/reconcile/staff';
import type { Settings } from '../domain/settings/settings';
import { formatDay, formatTime } from '../domain/time/format';
import { isoDate, shiftWeek, weekKeyOf } from '../domain/time/week';
import type { LeadershipDb } from '../store/db';
import { recentVisitStarts, loadWeek } from '../store/queries';
import { loadReadHealth } from '../store/read-health';
import {
  type AnswerDraft,
  clearAnswer,
  closeFeedbackByHand,
  confirmRest,
  loadReconcile,
  loadSequences,
  loadWeekPractice,
  recordAnswer,
} from '../store/reconcile-repo';
import { loadSettings } from '../store/settings-repo';
import { unseenDays } from '../store/seen-repo';
import { addStaff, listStaff } from '../store/staff-repo';
import { withStoreErrors } from './store-errors';

/**
 * The reconcile view of one calendar and day (null: the day it opens on), its settings and the staff list, read
 * while the view is shown. It reads the settings itself: the view's first paint never waits for the panel's own
 * reads first.
 */
export function useReconcile(db: LeadershipDb, calendar: string, date: string | null, now: number, shown: boolean) {
  return useLiveQuery(async () => {
    if (!shown) return undefined;
    const [{ settings }, staff] = await Promise.all([loadSettings(db), listStaff(db)]);
    const view = await loadReconcile(db, settings, now, calendar, date);
    return { view, staff, reconcile: settings.reconcile, keptFor: settings.calendars.keptFor };
  }, [db, calendar, date, now, shown]);
}

/**
 * The week's answers, feedback owed and coverage: for the review and the plan. It reads the settings itself, so it
 * starts with the panel's own reads rather than after them.
 */
export function useWeekPractice(db: LeadershipDb, weekKey: string, now: number, shown: boolean) {
  return useLiveQuery(
    async () => (shown ? loadWeekPractice(db, (await loadSettings(db)).settings, weekKey, now) : undefined),
    [db, weekKey, now, shown],
  );
}

/** Each teacher's visits and feedback over the last eight weeks, read only while the review's list is open. */
export function useSequences(db: LeadershipDb, settings: Settings | undefined, now: number, open: boolean) {
  return useLiveQuery(
    async () => (open && settings ? loadSequences(db, settings, now) : undefined),
    [db, settings, now, open],
  );
}

/**
 * Every store action of the Reconcile view, in one typed object (views call these, never the store). `tell` lets the
 * background know the answers changed (the entrypoint sends the message), so the toolbar's count follows.
 */
export function createReconcileActions(db: LeadershipDb, tell: () => Promise<unknown> = async () => null) {
  const now = () => Date.now();
  const after = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    // The count also follows at the worker's next hourly check, should the message not arrive.
    void tell().catch(() => null);
    return result;
  };
  return withStoreErrors({
    answer: (eventId: string, draft: AnswerDraft) => after(recordAnswer(db, eventId, draft, now())),
    clear: (eventId: string) => after(clearAnswer(db, eventId, now())),
    confirmRest: (calendar: string, date: string, eventIds: readonly string[]) =>
      after(confirmRest(db, calendar, date, eventIds, now())),
    closeFeedback: (visitEventId: string, teacherKey: string) =>
      closeFeedbackByHand(db, visitEventId, teacherKey, now()),
    /** A teacher named while reconciling who is not on the staff list yet: added to it. */
    addTeacher: async (name: string): Promise<TeacherRef> => {
      const row = parseStaffLine(name);
      if (typeof row === 'string') throw new Error(`"${name}" is ${row}.`);
      await addStaff(db, [row], now());
      const staff = await listStaff(db);
      const member = staff.find(
        (m) => m.name.toLowerCase() === row.name.toLowerCase() || (row.email && m.email === row.email),
      );
      if (!member) throw new Error(`"${name}" could not be added to the staff list.`);
      return teacherRef(member);
    },
    reschedule: (eventId: string) => rescheduleSlot(db, eventId, now()),
  });
}
export type ReconcileLiveActions = ReturnType<typeof createReconcileActions>;

/**
 * "Reschedule": Find time's next slot for a block like this one, this week or next, under every rule of the school
 * day (class time for visits, buffers, the day's limit), with the calendar's own "new event" link.
 */
export async function rescheduleSlot(
  db: LeadershipDb,
  eventId: string,
  now: number,
): Promise<{ text: string; link: string | null; start: number | null }> {
  const [event, tag] = await Promise.all([db.events.get(eventId), db.tags.get(eventId)]);
  if (!event || !tag) throw new Error('That block is no longer in the calendar history.');
  const { settings } = await loadSettings(db);
  const thisWeek = weekKeyOf(now, settings.weekStartsOn);
  for (const weekKey of [thisWeek, shiftWeek(thisWeek, 1)]) {
    const [week, recentVisits] = await Promise.all([
      loadWeek(db, weekKey, settings, now),
      recentVisitStarts(db, weekKey, settings, now),
    ]);
    const result = findTime({
      weekKey,
      plan: { [tag.activity]: blockMinutes(event) },
      busy: busyTime(ownEvents(week.events, week.scope)),
      schoolDay: settings.schoolDay,
      blockMinutes: settings.blockMinutes,
      now,
      recentVisits,
    });
    const block = result.blocks.find((b) => b.activity === tag.activity) ?? result.blocks[0];
    if (!block) continue;
    const unseen = (await unseenDays(db, [isoDate(block.start)])).length > 0;
    const health = await loadReadHealth(db);
    const link =
      event.source === 'outlook' && health?.hostname
        ? outlookLink(block, health.hostname)
        : event.source === 'google'
          ? googleCalendarLink(block)
          : null;
    return {
      text:
        `Next slot: ${formatDay(block.start)}, ${formatTime(block.start)}–${formatTime(block.end)} ` +
        `(${activityLabel(block.activity).toLowerCase()}).` +
        (unseen ? ' Your calendar has not shown that day yet: check it is free.' : ''),
      link,
      start: block.start,
    };
  }
  return { text: 'No slot fits this week or next under your school day’s rules.', link: null, start: null };
}
