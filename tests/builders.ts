import type { CalendarEvent, RawEvent } from '../lib/domain/events/event';
import { NO_PRACTICE, type TrendRow } from '../lib/domain/files/trend-format';
import type { ReclaimedEntry } from '../lib/domain/planning/reclaimed';
import type { Tag } from '../lib/domain/events/tag';
import { LeadershipDb } from '../lib/store/db';
import { recordScan } from '../lib/store/events-repo';
import { saveSettings } from '../lib/store/settings-repo';

let counter = 0;

/** Local wall-clock time → epoch ms (tests run with TZ=America/New_York). */
export function at(date: string, time = '00:00'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

export function makeEvent(overrides: Partial<CalendarEvent> & { start: number; end: number }): CalendarEvent {
  const sourceId = overrides.sourceId ?? `evt${++counter}`;
  return {
    id: overrides.id ?? `google:${sourceId}`,
    source: 'google',
    sourceId,
    title: 'Event',
    allDay: false,
    response: 'unknown',
    cancelled: false,
    firstSeen: 0,
    lastSeen: 0,
    removedAt: null,
    ...overrides,
  };
}

export function makeTag(eventId: string, activity: string, overrides: Partial<Tag> = {}): Tag {
  const kind =
    overrides.kind ??
    ([
      'walkthrough',
      'observation',
      'coaching',
      'feedback',
      'plc',
      'professional-learning',
      'working-with-students',
      'curriculum',
    ].includes(activity)
      ? 'instructional'
      : activity === 'personal'
        ? 'personal'
        : 'operational');
  return { eventId, kind, activity, setBy: 'person', updatedAt: 0, ...overrides };
}

export function makeReclaimed(date: string, minutes: number, overrides: Partial<ReclaimedEntry> = {}): ReclaimedEntry {
  return {
    id: `r${++counter}`,
    date,
    minutes,
    task: 'parent newsletter',
    fromActivity: 'family-communication',
    createdAt: 0,
    ...overrides,
  };
}

export function tagMap(tags: Tag[]): Map<string, Tag> {
  return new Map(tags.map((t) => [t.eventId, t]));
}

/** A fresh, uniquely named database per test. */
export function freshDb(): LeadershipDb {
  return new LeadershipDb(`test-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

/** The week of Monday 16 November 2026 (tests' zone), as a range a full calendar read covers. */
export const TEST_WEEK = { start: at('2026-11-16', '00:00'), end: at('2026-11-23', '00:00') };

/** A raw timed calendar event on `date` (ISO), from `from` to `to` local time, accepted. */
export function rawEventOn(id: string, title: string, date: string, from: string, to: string): RawEvent {
  return {
    sourceId: id,
    title,
    start: at(date, from),
    end: at(date, to),
    allDay: false,
    response: 'accepted',
    cancelled: false,
  };
}

/** A raw calendar event `day` days after Monday 16 November 2026, from `from` to `to` local time. */
export function rawEvent(id: string, title: string, day: number, from: string, to: string): RawEvent {
  return rawEventOn(id, title, `2026-11-${16 + day}`, from, to);
}

/** One valid trend row (a leader-week of a coach's file). */
export function makeTrendRow(overrides: Partial<TrendRow> = {}): TrendRow {
  return {
    leader: 'Leader A',
    week_start: '2026-11-16',
    worked_hours: 40,
    instructional_hours: 8,
    walkthrough_hours: 3,
    coaching_hours: 2,
    operational_hours: 30,
    reclaimed_hours: 4,
    redirected_hours: 1,
    redirect_rate: 0.25,
    untagged_hours: 1,
    planned_hours: null,
    displaced_hours: 0,
    open_loops: 0,
    baseline_hours: 4,
    role: 'principal',
    ...NO_PRACTICE,
    ...overrides,
  };
}

/** A database with onboarded settings and one walkthrough on Monday 16 November 2026 09:00–10:00. */
export async function seededWithWalkthrough(db: LeadershipDb = freshDb()): Promise<LeadershipDb> {
  await saveSettings(db, { onboarded: true });
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [{ ...rawEvent('w', 'Walkthrough', 0, '09:00', '10:00'), response: 'unknown' }],
    now: 1,
  });
  return db;
}
