import { ACTIVITIES, activityLabel } from './activities';
import type { CalendarEvent } from './event';
import type { WeekMeasure } from './summary';
import type { Tag } from './tag';
import { roundTo } from './numbers';

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
  for (const activity of ACTIVITIES.filter((a) => a.kind === 'operational')) {
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
  displacedBy: string | null;
}

export function displacedBlocks(events: readonly CalendarEvent[], tags: ReadonlyMap<string, Tag>): DisplacedBlock[] {
  return events
    .filter((e) => tags.get(e.id)?.status === 'displaced' && e.removedAt === null)
    .map((event) => ({ event, displacedBy: tags.get(event.id)?.displacedBy ?? null }));
}
