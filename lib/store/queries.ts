import type { NudgeRecord } from '../domain/measure/nudge';
import type { ReclaimedEntry } from '../domain/planning/reclaimed';
import type { CalendarEvent } from '../domain/events/event';
import type { Settings } from '../domain/settings/settings';
import { computeBaseline, OPEN_LOOP_DAYS, type Baseline, type WeekSummary } from '../domain/measure/summary';
import type { Tag } from '../domain/events/tag';
import { baselineFromHistory, summarizeWeeks, type HistoryInput } from '../domain/measure/trend';
import { isoDate, shiftWeek, type TimeRange, weekKeyOf, weekKeysBetween, weekRange } from '../domain/time/week';
import type { LeadershipDb } from './db';
import { eventsOverlapping } from './events-repo';
import { DAY_MS } from '../domain/time/numbers';
import { ALL_CALENDARS, type CalendarScope, ownEvents } from '../domain/events/calendars';
import { visitReview, visitsAmong, type VisitReview } from '../domain/measure/review';
import { loadScope } from './calendars-repo';

/**
 * How far into history the measured baseline looks for its first three tracked weeks: a short window
 * first (most leaders are tracked every week), a longer one only when that is not enough.
 */
const BASELINE_SEARCH_WEEKS = [4, 26] as const;

async function tagsFor(db: LeadershipDb, events: readonly CalendarEvent[]): Promise<Map<string, Tag>> {
  const tags = await db.tags.bulkGet(events.map((e) => e.id));
  const map = new Map<string, Tag>();
  for (const tag of tags) if (tag) map.set(tag.eventId, tag);
  return map;
}

async function historyBetween(
  db: LeadershipDb,
  fromKey: string,
  toKey: string,
  settings: Settings,
  now: number,
): Promise<HistoryInput> {
  const range = { start: weekRange(fromKey).start, end: weekRange(toKey).end + OPEN_LOOP_DAYS * DAY_MS };
  const events = await eventsOverlapping(db, range);
  const [tags, reclaimed, plans, scope] = await Promise.all([
    tagsFor(db, events),
    db.reclaimed.where('date').between(fromKey, isoDate(range.end), true, true).toArray(),
    db.plans.where('weekStart').between(fromKey, toKey, true, true).toArray(),
    loadScope(db, settings),
  ]);
  return {
    events,
    tags,
    reclaimed,
    plans: new Map(plans.map((p) => [p.weekStart, p])),
    weekStartsOn: settings.weekStartsOn,
    now,
    scope,
  };
}

/** The leader's baseline: the override, or the first three tracked weeks of history. */
export async function loadBaseline(db: LeadershipDb, settings: Settings, now: number): Promise<Baseline> {
  if (settings.baselineOverrideHours !== null) return computeBaseline([], settings.baselineOverrideHours);
  const first = await db.events.orderBy('start').first();
  if (!first) return computeBaseline([], null);
  const fromKey = weekKeyOf(first.start, settings.weekStartsOn);
  let baseline = computeBaseline([], null);
  for (const weeks of BASELINE_SEARCH_WEEKS) {
    const toKey = shiftWeek(fromKey, weeks - 1);
    const history = await historyBetween(db, fromKey, toKey, settings, now);
    baseline = baselineFromHistory(weekKeysBetween(fromKey, toKey), history, null);
    if (baseline.source === 'measured') break;
  }
  return baseline;
}

export interface WeekView {
  summary: WeekSummary;
  /** Every event of the week, on whichever calendar: the tagging list shows them all. */
  events: CalendarEvent[];
  tags: Map<string, Tag>;
  /** Whose time the summary counted. */
  scope: CalendarScope;
}

/** One week's events, tags and summary, for the panel and the nudges. */
export async function loadWeek(
  db: LeadershipDb,
  weekKey: string,
  settings: Settings,
  now: number,
  baseline?: Baseline | Promise<Baseline>,
): Promise<WeekView> {
  // The week and the baseline are read side by side: neither waits for the other's round trips.
  const [history, base] = await Promise.all([
    historyBetween(db, weekKey, weekKey, settings, now),
    baseline ?? loadBaseline(db, settings, now),
  ]);
  const [summary] = summarizeWeeks([weekKey], history, base);
  const range = weekRange(weekKey);
  const events = history.events
    .filter((e) => e.start < range.end && e.end > range.start)
    .sort((a, b) => a.start - b.start);
  return { summary: summary!, events, tags: history.tags as Map<string, Tag>, scope: history.scope ?? ALL_CALENDARS };
}

/** Weekly summaries for `weeks` weeks ending with `lastWeekKey` (oldest first). */
export async function loadTrend(
  db: LeadershipDb,
  lastWeekKey: string,
  weeks: number,
  settings: Settings,
  now: number,
  baseline?: Baseline,
): Promise<WeekSummary[]> {
  const fromKey = shiftWeek(lastWeekKey, -(weeks - 1));
  const history = await historyBetween(db, fromKey, lastWeekKey, settings, now);
  const base = baseline ?? (await loadBaseline(db, settings, now));
  return summarizeWeeks(weekKeysBetween(fromKey, lastWeekKey), history, base);
}

/** Events that started before `now` (the history a draft rule is previewed on). */
export async function pastEvents(db: LeadershipDb, now: number): Promise<CalendarEvent[]> {
  return db.events.where('start').below(now).toArray();
}

/** The time-saved entries dated inside a week, oldest first. */
export async function reclaimedInWeek(db: LeadershipDb, weekKey: string): Promise<ReclaimedEntry[]> {
  const range = weekRange(weekKey);
  return db.reclaimed
    .where('date')
    .between(isoDate(range.start), isoDate(range.end - 1), true, true)
    .sortBy('date');
}

/** The latest delivered nudges, newest first. */
export async function recentNudges(db: LeadershipDb, limit: number): Promise<NudgeRecord[]> {
  return db.nudges.orderBy('deliveredAt').reverse().limit(limit).toArray();
}

/** Weeks of tagged visits Find time looks back on to vary the parts of the day. */
export const VISIT_HISTORY_WEEKS = 4;

/** The leader's own events and their tags from `range`: what visit histories are read from. */
async function ownEventsWithTags(db: LeadershipDb, range: TimeRange, settings: Settings) {
  const [events, scope] = await Promise.all([eventsOverlapping(db, range), loadScope(db, settings)]);
  const mine = ownEvents(events, scope).filter((e) => e.start >= range.start);
  return { events: mine, tags: await tagsFor(db, mine) };
}

/**
 * Starts of the leader's tagged walkthroughs and observations in the four weeks before `weekKey` (their own
 * calendars, counted events, not displaced): which parts of the day the leader has been seeing.
 */
export async function recentVisitStarts(
  db: LeadershipDb,
  weekKey: string,
  settings: Settings,
  now: number,
): Promise<number[]> {
  const range = { start: weekRange(shiftWeek(weekKey, -VISIT_HISTORY_WEEKS)).start, end: weekRange(weekKey).start };
  const { events, tags } = await ownEventsWithTags(db, range, settings);
  return visitsAmong(events, tags)
    .filter((e) => e.end <= now)
    .map((e) => e.start)
    .sort((a, b) => a - b);
}

/** The Friday review's visits: the last four weeks by part of the day, and this week's visits with their feedback. */
export async function loadVisitReview(
  db: LeadershipDb,
  weekKey: string,
  settings: Settings,
  now: number,
): Promise<VisitReview> {
  const week = weekRange(weekKey);
  const range = {
    start: weekRange(shiftWeek(weekKey, -(VISIT_HISTORY_WEEKS - 1))).start,
    end: week.end + OPEN_LOOP_DAYS * DAY_MS,
  };
  const { events, tags } = await ownEventsWithTags(db, range, settings);
  return visitReview(events, tags, week, VISIT_HISTORY_WEEKS, settings.schoolDay, now);
}
