import { type Answer, YOU } from '../domain/events/answer';
import { ownEvents } from '../domain/events/calendars';
import { calendarsOf } from '../domain/events/calendar-ids';
import { calendarKey } from '../domain/events/calendars';
import type { CalendarEvent } from '../domain/events/event';
import { statusOfOutcome } from '../domain/events/answer';
import { TagSchema, type Tag } from '../domain/events/tag';
import {
  answerProblem,
  blockMinutes,
  type DayItems,
  type DayRecord,
  DayRecordSchema,
  type DayState,
  dayItems,
  dayRecordId,
  dayState,
  isProtected,
  MY_CALENDARS,
  type Reconciler,
  recentSchoolDays,
  schoolDayEvents,
  isWeekday,
} from '../domain/reconcile/day';
import { closedInTime, type IsSchoolDay, owedFeedback, type OwedFeedback } from '../domain/reconcile/feedback';
import { coverage, type Coverage, SEQUENCE_WEEKS, touchesOf } from '../domain/reconcile/coverage';
import { type PracticeWeek, reconcileWeek, type ReconcileWeek } from '../domain/reconcile/week';
import type { Settings } from '../domain/settings/settings';
import { DAY_MS } from '../domain/time/numbers';
import { fromIsoDate, isoDate, type TimeRange, weekRange } from '../domain/time/week';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';
import { eventsOverlapping } from './events-repo';
import { loadScope } from './calendars-repo';
import { listStaff } from './staff-repo';
import { SEEN_DAYS_KEY } from './seen-repo';

/** What a person says about a block: the answer without who and when (the repository adds them). */
export type AnswerDraft = Omit<Answer, 'by' | 'answeredAt'>;

function validTag(tag: Tag): Tag {
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new Error(`Answer not saved: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * Records the reconcile's answer about one block, with its coarse status, in one transaction. Answering confirms
 * the block's tag (a rule's suggestion becomes the person's); `by` is YOU for the person at this computer.
 */
export async function recordAnswer(
  db: LeadershipDb,
  eventId: string,
  draft: AnswerDraft,
  now: number,
  by: string = YOU,
): Promise<Tag> {
  return db.transaction('rw', [db.events, db.tags], async () => {
    const [event, tag] = await Promise.all([db.events.get(eventId), db.tags.get(eventId)]);
    if (!event || !tag) throw new Error('That block is no longer in the calendar history.');
    if (tag.kind !== 'instructional') throw new Error('Only instructional blocks are reconciled one by one.');
    const problem = answerProblem(draft, blockMinutes(event));
    if (problem) throw new Error(problem);
    const answer: Answer = { ...draft, by, answeredAt: now };
    const next: Tag = { ...tag, answer, status: statusOfOutcome(draft.outcome), updatedAt: now };
    if (next.status !== 'displaced') delete next.displacedBy;
    if (tag.setBy === 'rule') {
      next.setBy = 'person';
      delete next.ruleId;
      delete next.reason;
    }
    const saved = validTag(next);
    await db.tags.put(saved);
    return saved;
  });
}

/** "Change": the answer is taken back; the block is asked about again. */
export async function clearAnswer(db: LeadershipDb, eventId: string, now: number): Promise<void> {
  await db.transaction('rw', [db.tags], async () => {
    const tag = await db.tags.get(eventId);
    if (!tag?.answer) return;
    const next: Tag = { ...tag, updatedAt: now };
    delete next.answer;
    delete next.status;
    delete next.displacedBy;
    await db.tags.put(validTag(next));
  });
}

/** Feedback owed to a teacher after a visit, closed by hand ("I gave it in the hallway"). */
export async function closeFeedbackByHand(
  db: LeadershipDb,
  visitEventId: string,
  teacherKey: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.tags], async () => {
    const tag = await db.tags.get(visitEventId);
    if (!tag?.answer?.teachers?.some((t) => t.key === teacherKey))
      throw new Error('That visit owes this teacher no feedback.');
    const closed = (tag.answer.feedbackClosed ?? []).filter((c) => c.key !== teacherKey);
    await db.tags.put(
      validTag({
        ...tag,
        answer: { ...tag.answer, feedbackClosed: [...closed, { key: teacherKey, at: now }] },
        updatedAt: now,
      }),
    );
  });
}

/** "Confirm the rest": the day's other events confirmed as they were. */
export async function confirmRest(
  db: LeadershipDb,
  calendar: string,
  date: string,
  eventIds: readonly string[],
  now: number,
  by: string = YOU,
): Promise<void> {
  const record = DayRecordSchema.parse({
    id: dayRecordId(calendar, date),
    date,
    confirmed: [...eventIds],
    at: now,
    by,
  });
  await db.transaction('rw', [db.reconcileDays], async () => {
    const before = await db.reconcileDays.get(record.id);
    record.confirmed = [...new Set([...(before?.confirmed ?? []), ...record.confirmed])];
    await db.reconcileDays.put(record);
  });
}

async function tagsOf(db: LeadershipDb, events: readonly CalendarEvent[]): Promise<Map<string, Tag>> {
  const tags = await db.tags.bulkGet(events.map((e) => e.id));
  return new Map(tags.filter((t): t is Tag => !!t).map((t) => [t.eventId, t]));
}

/** The events of one calendar view of the reconcile: the leader's own calendars, or one kept calendar. */
async function eventsFor(
  db: LeadershipDb,
  settings: Settings,
  calendar: string,
  range: TimeRange,
): Promise<CalendarEvent[]> {
  const events = await eventsOverlapping(db, range);
  if (calendar === MY_CALENDARS) return ownEvents(events, await loadScope(db, settings));
  return events.filter((e) => calendarsOf(e).some((c) => calendarKey(c) === calendar));
}

/** A weekday is a school day unless the calendar showed it whole with nothing in the school day (a holiday). */
async function schoolDayTest(
  db: LeadershipDb,
  events: readonly CalendarEvent[],
  settings: Settings,
): Promise<IsSchoolDay> {
  const seen = ((await db.meta.get(SEEN_DAYS_KEY))?.value ?? {}) as Record<string, number>;
  const withEvents = new Set(schoolDayDates(events, settings));
  return (date) => isWeekday(date) && (!seen[date] || withEvents.has(date));
}

function schoolDayDates(events: readonly CalendarEvent[], settings: Settings): string[] {
  const dates = new Set(events.map((e) => isoDate(e.start)));
  return [...dates].filter((d) => schoolDayEvents(events, d, settings.schoolDay).length > 0);
}

export interface DayView {
  date: string;
  state: DayState;
  items: DayItems;
  record: DayRecord | undefined;
}

export interface ReconcileView {
  calendar: string;
  who: Reconciler;
  /** The last school days, oldest first, with their state. */
  recent: { date: string; state: DayState }[];
  /** The day shown. */
  day: DayView;
  /** Feedback still owed after the visits the reconcile looks back on (the leader's own calendars only). */
  owed: OwedFeedback[];
}

/** How far back the reconcile reads: enough for five school days around a holiday week. */
const LOOK_BACK_DAYS = 21;

/** The reconcile view for one calendar: the recent school days' states and one day's questions. */
export async function loadReconcile(
  db: LeadershipDb,
  settings: Settings,
  now: number,
  calendar: string,
  date: string | null,
): Promise<ReconcileView> {
  const who: Reconciler = calendar === MY_CALENDARS ? 'leader' : 'keeper';
  const today = fromIsoDate(isoDate(now));
  const from = Math.min(
    today.getTime() - LOOK_BACK_DAYS * DAY_MS,
    date ? fromIsoDate(date).getTime() : Number.POSITIVE_INFINITY,
  );
  const events = await eventsFor(db, settings, calendar, { start: from, end: now + DAY_MS });
  const tags = await tagsOf(db, events);
  const withSchool = new Set(schoolDayDates(events, settings));
  const dates = recentSchoolDays(now, settings.schoolDay, (d) => withSchool.has(d));
  const records = new Map(
    (
      await db.reconcileDays.bulkGet(
        [...new Set([...dates, ...(date ? [date] : [])])].map((d) => dayRecordId(calendar, d)),
      )
    )
      .filter((r): r is DayRecord => !!r)
      .map((r) => [r.date, r]),
  );
  const viewOf = (d: string): DayView => {
    const items = dayItems(events, tags, d, now);
    const record = records.get(d);
    return { date: d, items, record, state: dayState(items, record, who) };
  };
  const recent = dates.map((d) => ({ date: d, state: viewOf(d).state }));
  const shown = date ?? recent.find((r) => r.state === 'open')?.date ?? recent[recent.length - 1]?.date ?? isoDate(now);
  // The feedback still owed comes from the same reads: the view needs no second query (nor does an answer).
  const owed =
    who === 'leader'
      ? owedFeedback(
          events.filter((e) => e.start <= now),
          tags,
          isoDate(now),
          await schoolDayTest(db, events, settings),
        ).filter((o) => o.state !== 'closed')
      : [];
  return { calendar, who, recent, day: viewOf(shown), owed };
}

/** Days still open among the recent school days, for every calendar this person reconciles (the toolbar count). */
export async function daysToReconcile(db: LeadershipDb, settings: Settings, now: number): Promise<number> {
  const calendars = [MY_CALENDARS, ...settings.calendars.keptFor.map((k) => calendarKey(k.calendarId))];
  let open = 0;
  for (const calendar of calendars) {
    const view = await loadReconcile(db, settings, now, calendar, null);
    open += view.recent.filter((d) => d.state === 'open').length;
  }
  return open;
}

export interface WeekPractice {
  week: ReconcileWeek;
  owed: OwedFeedback[];
  coverage: Coverage;
}

/**
 * The week's reconcile totals, the feedback owed (visits of the last weeks, still open, and this week's) and the
 * staff's coverage, for the Friday review and the Monday plan.
 */
export async function loadWeekPractice(
  db: LeadershipDb,
  settings: Settings,
  weekKey: string,
  now: number,
): Promise<WeekPractice> {
  const range = weekRange(weekKey);
  const asOf = Math.min(now, range.end);
  // As of the week's end (or now): the weeks the coverage target looks back on, and at least the three weeks in which
  // feedback owed after a visit is still news.
  const back = Math.max(settings.reconcile.coverageWeeks, 3) * 7 * DAY_MS;
  const events = await eventsFor(db, settings, MY_CALENDARS, {
    start: Math.min(range.start, asOf - back),
    end: range.end + DAY_MS,
  });
  const [tags, staff] = await Promise.all([tagsOf(db, events), listStaff(db)]);
  const isSchoolDay = await schoolDayTest(db, events, settings);
  return {
    week: reconcileWeek(events, tags, range, now),
    owed: owedFeedback(
      events.filter((e) => e.start < asOf),
      tags,
      isoDate(asOf),
      isSchoolDay,
    ),
    coverage: coverage(staff, touchesOf(events, tags), settings.reconcile.coverageWeeks, asOf),
  };
}

export { isProtected };

/** Each teacher's visits and feedback over the last SEQUENCE_WEEKS weeks (read when the review's list is opened). */
export async function loadSequences(db: LeadershipDb, settings: Settings, now: number): Promise<Coverage> {
  const events = await eventsFor(db, settings, MY_CALENDARS, { start: now - SEQUENCE_WEEKS * 7 * DAY_MS, end: now });
  const [tags, staff] = await Promise.all([tagsOf(db, events), listStaff(db)]);
  return coverage(staff, touchesOf(events, tags), settings.reconcile.coverageWeeks, now);
}

/**
 * The daily practice of each of these weeks as the coach's trend file carries it (aggregates only): time lost by
 * reason, First Responder gaps, feedback within two school days, coverage at the week's end, days reconciled.
 */
export async function loadPracticeWeeks(
  db: LeadershipDb,
  settings: Settings,
  weekKeys: readonly string[],
  now: number,
): Promise<Map<string, PracticeWeek>> {
  const out = new Map<string, PracticeWeek>();
  if (weekKeys.length === 0) return out;
  const sorted = [...weekKeys].sort();
  const first = weekRange(sorted[0]!);
  const last = weekRange(sorted[sorted.length - 1]!);
  const events = await eventsFor(db, settings, MY_CALENDARS, {
    start: first.start - SEQUENCE_WEEKS * 7 * DAY_MS,
    end: last.end + 7 * DAY_MS,
  });
  const [tags, staff, records] = await Promise.all([
    tagsOf(db, events),
    listStaff(db),
    db.reconcileDays
      .where('date')
      .between(isoDate(first.start), isoDate(last.end), true, true)
      .filter((r) => r.id === dayRecordId(MY_CALENDARS, r.date))
      .toArray(),
  ]);
  const recordOf = new Map(records.map((r) => [r.date, r]));
  const isSchoolDay = await schoolDayTest(db, events, settings);
  const withSchool = new Set(schoolDayDates(events, settings));
  const touches = touchesOf(events, tags);
  const today = isoDate(now);
  const owed = owedFeedback(
    events.filter((e) => e.start <= now),
    tags,
    today,
    isSchoolDay,
  );
  for (const key of weekKeys) {
    const range = weekRange(key);
    const week = reconcileWeek(events, tags, range, now);
    const judged = owed.filter(
      (o) => o.visit.start >= range.start && o.visit.start < range.end && (closedInTime(o) || today > o.overdueAfter),
    );
    const days: string[] = [];
    for (let t = range.start; t < range.end; t += DAY_MS) {
      const date = isoDate(t + DAY_MS / 2);
      if (isWeekday(date) && withSchool.has(date) && date <= today) days.push(date);
    }
    const cover = coverage(staff, touches, settings.reconcile.coverageWeeks, Math.min(now, range.end));
    out.set(key, {
      byReason: week.byReason,
      unassignedMinutes: week.gaps.reduce((s, g) => s + g.minutes, 0),
      unassignedReasons: week.gaps.map((g) => g.reason).filter((r) => r !== 'unstated'),
      visitsJudged: judged.length,
      visitsFollowed: judged.filter(closedInTime).length,
      coverage: cover.share,
      coverageWeeks: settings.reconcile.coverageWeeks,
      daysReconciled: days.filter(
        (d) => dayState(dayItems(events, tags, d, now), recordOf.get(d), 'leader') === 'reconciled',
      ).length,
      schoolDays: days.length,
    });
  }
  return out;
}
