import type { CalendarEvent } from '../lib/domain/event';
import type { ReclaimedEntry } from '../lib/domain/reclaimed';
import type { Tag } from '../lib/domain/tag';
import { LeadershipDb } from '../lib/store/db';

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
