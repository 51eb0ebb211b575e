import { formatHours } from '../time/format';
import type { WeekMeasure } from './summary';

/**
 * "Not counted: 4 events on 2 other calendars, 2 all-day, 1 declined. Untagged: 3 events (2.5 h)." — so the
 * numbers explain themselves.
 */
export function explainExclusions(s: WeekMeasure, otherCalendarNames: readonly string[] = []): string {
  const parts: string[] = [];
  const add = (n: number, what: string) => n > 0 && parts.push(`${n} ${what}`);
  const names = otherCalendarNames.length ? ` (${listOf(otherCalendarNames, 3)})` : '';
  add(
    s.excluded.otherCalendar,
    `${s.excluded.otherCalendar === 1 ? 'event' : 'events'} on ${s.otherCalendars === 1 ? 'another calendar' : `${s.otherCalendars} other calendars`}${names}`,
  );
  add(s.excluded.allDay, 'all-day');
  add(s.excluded.declined, 'declined');
  add(s.excluded.cancelled, 'cancelled');
  add(s.excluded.removed, 'removed from the calendar');
  add(s.excluded.displaced, 'displaced');
  add(s.excluded.duplicate, 'imported twice (counted once)');
  add(s.excluded.busyOnly, s.excluded.busyOnly === 1 ? 'busy time without details' : 'busy times without details');
  const counted = parts.length ? `Not counted: ${parts.join(', ')}.` : 'Nothing excluded.';
  const untagged =
    s.untaggedEvents > 0
      ? ` Untagged: ${s.untaggedEvents} ${s.untaggedEvents === 1 ? 'event' : 'events'} (${formatHours(s.untaggedHours)}).`
      : '';
  return `${counted}${untagged}`;
}

/** "A, B and C"; more than `max` names end "and 2 more". */
export function listOf(names: readonly string[], max: number): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
