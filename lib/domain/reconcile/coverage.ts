import type { CalendarEvent } from '../events/event';
import type { Tag } from '../events/tag';
import { DAY_MS } from '../time/numbers';
import { isConversation, isVisit } from './day';
import type { StaffMember } from './staff';

/**
 * Touches and coverage (research/daily-reconcile.md §1.5, §4): each visit or feedback conversation that happened is
 * one touch for each teacher in it, whatever its length; a leader sees every teacher every few weeks (Leverage
 * Leadership weekly, Baeder two weeks, Marshall's four-week cycle; three by default).
 */
export const COVERAGE_WEEKS = [1, 2, 3, 4] as const;
export type CoverageWeeks = (typeof COVERAGE_WEEKS)[number];
export const DEFAULT_COVERAGE_WEEKS: CoverageWeeks = 3;
/** The weeks a teacher's sequence of visits and feedback is shown for. */
export const SEQUENCE_WEEKS = 8;

export interface Touch {
  teacherKey: string;
  kind: 'visit' | 'feedback';
  start: number;
  eventId: string;
}

/** Every touch among these events, oldest first. */
export function touchesOf(events: readonly CalendarEvent[], tags: ReadonlyMap<string, Tag>): Touch[] {
  const touches: Touch[] = [];
  for (const event of events) {
    const tag = tags.get(event.id);
    const answer = tag?.answer;
    if (!answer || (answer.outcome !== 'happened' && answer.outcome !== 'partly') || event.removedAt !== null) continue;
    const kind = isVisit(tag.activity) ? 'visit' : isConversation(tag.activity) ? 'feedback' : null;
    if (!kind) continue;
    for (const t of answer.teachers ?? [])
      touches.push({ teacherKey: t.key, kind, start: event.start, eventId: event.id });
  }
  return touches.sort((a, b) => a.start - b.start);
}

export interface TeacherCoverage {
  teacher: StaffMember;
  /** The last touch, or null when none is on record. */
  lastSeen: number | null;
  /** Seen within the coverage target. */
  seen: boolean;
  /** Visits and feedback over the last SEQUENCE_WEEKS weeks, oldest first: "visit, feedback, visit". */
  sequence: Touch[];
}

export interface Coverage {
  weeks: CoverageWeeks;
  teachers: TeacherCoverage[];
  /** Share of the staff list seen within the target; null with no staff list. */
  share: number | null;
  /** Teachers not seen within the target, longest unseen first. */
  notSeen: TeacherCoverage[];
}

export function coverage(
  staff: readonly StaffMember[],
  touches: readonly Touch[],
  weeks: CoverageWeeks,
  now: number,
): Coverage {
  const since = now - weeks * 7 * DAY_MS;
  const sequenceSince = now - SEQUENCE_WEEKS * 7 * DAY_MS;
  const byTeacher = new Map<string, Touch[]>();
  for (const t of touches) {
    if (t.start > now) continue;
    byTeacher.set(t.teacherKey, [...(byTeacher.get(t.teacherKey) ?? []), t]);
  }
  const teachers = staff.map((teacher): TeacherCoverage => {
    const mine = byTeacher.get(teacher.key) ?? [];
    const lastSeen = mine.length ? mine[mine.length - 1]!.start : null;
    return {
      teacher,
      lastSeen,
      seen: lastSeen !== null && lastSeen >= since,
      sequence: mine.filter((t) => t.start >= sequenceSince),
    };
  });
  const notSeen = teachers
    .filter((t) => !t.seen)
    .sort((a, b) => (a.lastSeen ?? 0) - (b.lastSeen ?? 0) || a.teacher.name.localeCompare(b.teacher.name));
  return {
    weeks,
    teachers,
    share: staff.length ? teachers.filter((t) => t.seen).length / staff.length : null,
    notSeen,
  };
}
