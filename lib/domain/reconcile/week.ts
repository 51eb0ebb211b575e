import type { CalendarEvent } from '../events/event';
import type { Tag } from '../events/tag';
import { roundTo } from '../time/numbers';
import type { TimeRange } from '../time/week';
import { blockMinutes, isProtected } from './day';

/** Minutes of a displaced block that the answer gave no reason for (a smaller "minutes lost" than was lost). */
export const UNSTATED = 'unstated';

/**
 * What a week's answers add up to (research/daily-reconcile.md, "Design implications" 8): protected time planned
 * against what happened, the time that did not happen by what took it, the areas where nobody could have taken it
 * (the First Responder gaps), and how many blocks are still not reconciled — so every number says what it lacks.
 */
export interface ReconcileWeek {
  /** Protected blocks over by now, and their minutes. */
  plannedMinutes: number;
  blocks: number;
  happenedMinutes: number;
  /** Blocks nobody answered yet (silence is never "happened"). */
  notReconciled: { blocks: number; minutes: number };
  /** Minutes that did not happen (partly or not at all), by reason; with UNSTATED they add up to `displacedMinutes`. */
  displacedMinutes: number;
  byReason: { reason: string; minutes: number }[];
  /** Blocks moved to another time, and their minutes. */
  moved: { blocks: number; minutes: number };
  /** Areas answered "No one is assigned yet", with the minutes they took. */
  gaps: { reason: string; minutes: number }[];
  /** Blocks handed to the person who keeps the calendar, or rescheduled, or dropped. */
  followUps: { reschedule: number; 'hand-off': number; drop: number };
  /** Questions left for the leader by the person who keeps their calendar. */
  asked: number;
}

const add = (map: Map<string, number>, key: string, minutes: number) => map.set(key, (map.get(key) ?? 0) + minutes);
const sorted = (map: Map<string, number>) =>
  [...map]
    .filter(([, m]) => m > 0)
    .map(([reason, minutes]) => ({ reason, minutes }))
    .sort((a, b) => b.minutes - a.minutes || a.reason.localeCompare(b.reason));

/** The part of a block that happened, in minutes (within the block). */
export function minutesThatHappened(tag: Tag, minutes: number): number {
  const a = tag.answer;
  if (!a) return tag.status === 'happened' ? minutes : 0;
  if (a.outcome === 'happened') return minutes;
  if (a.outcome === 'partly') return Math.min(minutes, a.minutesHappened ?? 0);
  return 0;
}

export function reconcileWeek(
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  range: TimeRange,
  now: number,
): ReconcileWeek {
  const week: ReconcileWeek = {
    plannedMinutes: 0,
    blocks: 0,
    happenedMinutes: 0,
    notReconciled: { blocks: 0, minutes: 0 },
    displacedMinutes: 0,
    byReason: [],
    moved: { blocks: 0, minutes: 0 },
    gaps: [],
    followUps: { reschedule: 0, 'hand-off': 0, drop: 0 },
    asked: 0,
  };
  const byReason = new Map<string, number>();
  const gaps = new Map<string, number>();
  for (const event of events) {
    const tag = tags.get(event.id);
    if (!isProtected(tag) || event.start < range.start || event.start >= range.end || event.end > now) continue;
    if (event.removedAt !== null || event.cancelled || event.response === 'declined' || event.allDay) continue;
    const minutes = blockMinutes(event);
    week.blocks++;
    week.plannedMinutes += minutes;
    const answer = tag!.answer;
    if (!answer && tag!.status === 'happened') {
      week.happenedMinutes += minutes;
      continue;
    }
    if (!answer || answer.outcome === 'ask-principal') {
      if (answer) week.asked++;
      week.notReconciled.blocks++;
      week.notReconciled.minutes += minutes;
      continue;
    }
    const happened = minutesThatHappened(tag!, minutes);
    week.happenedMinutes += happened;
    if (answer.followUp) week.followUps[answer.followUp]++;
    if (answer.outcome === 'moved') {
      week.moved.blocks++;
      week.moved.minutes += minutes;
      continue;
    }
    const lost = minutes - happened;
    if (lost <= 0) continue;
    week.displacedMinutes += lost;
    const stated = answer.reason ? Math.min(lost, answer.minutesLost ?? lost) : 0;
    if (answer.reason) add(byReason, answer.reason, stated);
    add(byReason, UNSTATED, lost - stated);
    if (answer.nextTime?.who === 'unassigned') add(gaps, answer.reason ?? UNSTATED, lost);
  }
  week.byReason = sorted(byReason);
  week.gaps = sorted(gaps);
  return week;
}

export const minutesToHours = (minutes: number) => roundTo(minutes / 60, 2);

/**
 * One week of the daily practice as the coach's trend file carries it (aggregates only: no teacher, no free text):
 * the time lost by reason, the First Responder gaps, feedback after visits, coverage and days reconciled.
 */
export interface PracticeWeek {
  byReason: { reason: string; minutes: number }[];
  unassignedMinutes: number;
  unassignedReasons: string[];
  /** Visit-and-teacher pairs whose two school days ended this week (or that were followed sooner). */
  visitsJudged: number;
  visitsFollowed: number;
  coverage: number | null;
  coverageWeeks: number;
  daysReconciled: number;
  schoolDays: number;
}
