import { allActivities, activityLabel, COACHING_ACTIVITIES, WALKTHROUGH_ACTIVITIES } from '../events/activities';
import { type CalendarEvent, exclusionReason } from '../events/event';
import { OPEN_LOOP_DAYS, type WeekMeasure } from './summary';
import { effectiveStatus, type Tag } from '../events/tag';
import { DAY_MS, roundTo } from '../time/numbers';
import { DAY_PARTS, type DayPart, dayPartAt, type SchoolDay } from '../planning/school-day';
import type { TimeRange } from '../time/week';

export interface Absorber {
  activity: string;
  label: string;
  /** Hours above the activity's average over the previous weeks. */
  increaseHours: number;
}

const round = (n: number) => roundTo(n, 2);

/**
 * The non-instructional activity that grew most against the leader's recent weeks: where reclaimed
 * time most likely went. Null when nothing grew or there is no history to compare with.
 */
export function biggestAbsorber(current: WeekMeasure, previous: readonly WeekMeasure[]): Absorber | null {
  const history = previous.filter((w) => w.tracked);
  if (history.length === 0) return null;
  let best: Absorber | null = null;
  for (const activity of allActivities().filter((a) => a.kind === 'operational')) {
    const now = current.hoursByActivity[activity.id] ?? 0;
    const before = history.reduce((s, w) => s + (w.hoursByActivity[activity.id] ?? 0), 0) / history.length;
    const increase = round(now - before);
    if (increase > 0.25 && (!best || increase > best.increaseHours))
      best = { activity: activity.id, label: activityLabel(activity.id), increaseHours: increase };
  }
  return best;
}

export interface DisplacedBlock {
  event: CalendarEvent;
  /** What displaced it, as an activity (said in the tagging list before the daily reconcile). */
  displacedBy: string | null;
  /** What took it, as the daily reconcile's reason. */
  reason: string | null;
}

export function displacedBlocks(events: readonly CalendarEvent[], tags: ReadonlyMap<string, Tag>): DisplacedBlock[] {
  return events
    .filter((e) => tags.get(e.id)?.status === 'displaced' && e.removedAt === null)
    .map((event) => {
      const tag = tags.get(event.id)!;
      return { event, displacedBy: tag.displacedBy ?? null, reason: tag.answer?.reason ?? null };
    });
}

/** One walkthrough or observation, and the conversation that closed its loop (if any). */
export interface VisitLoop {
  eventId: string;
  title: string;
  start: number;
  part: DayPart | null;
  /** When the first feedback or coaching conversation after it started (within OPEN_LOOP_DAYS), or null. */
  closedAt: number | null;
}

/** What the review says about visits: how each part of the day was covered, and each visit's loop. */
export interface VisitReview {
  /** Walkthroughs and observations per part of the school day over the weeks looked at. */
  byPart: Record<DayPart, number>;
  weeks: number;
  /** The reviewed week's visits that are over, oldest first. */
  visits: VisitLoop[];
}

const counted = (e: CalendarEvent, tags: ReadonlyMap<string, Tag>, activities: readonly string[]) => {
  const tag = tags.get(e.id);
  return (
    !!tag && exclusionReason(e) === null && activities.includes(tag.activity) && effectiveStatus(tag) !== 'displaced'
  );
};

/** The walkthroughs and observations among events: tagged so, counted, not displaced. */
export const visitsAmong = (events: readonly CalendarEvent[], tags: ReadonlyMap<string, Tag>) =>
  events.filter((e) => counted(e, tags, WALKTHROUGH_ACTIVITIES));

/**
 * The leader's own visits over `weeks` weeks ending with `range`, by part of the day, and the reviewed week's
 * visits with the conversation after each: what Find time acts on next (research/leader-practice.md §3).
 */
export function visitReview(
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  range: TimeRange,
  weeks: number,
  schoolDay: SchoolDay,
  now: number,
): VisitReview {
  const byPart = Object.fromEntries(DAY_PARTS.map((p) => [p, 0])) as Record<DayPart, number>;
  const from = range.end - weeks * 7 * DAY_MS;
  const visits = visitsAmong(events, tags).filter((e) => e.end <= now);
  const conversations = events.filter((e) => counted(e, tags, COACHING_ACTIVITIES)).map((e) => e.start);
  for (const v of visits) {
    const part = v.start >= from && v.start < range.end ? dayPartAt(v.start, schoolDay) : null;
    if (part) byPart[part]++;
  }
  return {
    byPart,
    weeks,
    visits: visits
      .filter((v) => v.start >= range.start && v.start < range.end)
      .sort((a, b) => a.start - b.start)
      .map((v) => ({
        eventId: v.id,
        title: v.title,
        start: v.start,
        part: dayPartAt(v.start, schoolDay),
        closedAt:
          conversations.filter((c) => c > v.start && c - v.start <= OPEN_LOOP_DAYS * DAY_MS).sort((a, b) => a - b)[0] ??
          null,
      })),
  };
}
