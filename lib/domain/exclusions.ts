import { formatHours } from './format';
import type { WeekMeasure } from './summary';

/**
 * "Not counted: 4 events on 2 other calendars, 2 all-day, 1 declined. Untagged: 3 events (2.5 h)." — so the
 * numbers explain themselves.
 */
export function explainExclusions(s: WeekMeasure): string {
  const parts: string[] = [];
  const add = (n: number, what: string) => n > 0 && parts.push(`${n} ${what}`);
  add(
    s.excluded.otherCalendar,
    `${s.excluded.otherCalendar === 1 ? 'event' : 'events'} on ${s.otherCalendars === 1 ? 'another calendar' : `${s.otherCalendars} other calendars`}`,
  );
  add(s.excluded.allDay, 'all-day');
  add(s.excluded.declined, 'declined');
  add(s.excluded.cancelled, 'cancelled');
  add(s.excluded.removed, 'removed from the calendar');
  add(s.excluded.displaced, 'displaced');
  add(s.excluded.duplicate, 'imported twice (counted once)');
  const counted = parts.length ? `Not counted: ${parts.join(', ')}.` : 'Nothing excluded.';
  const untagged =
    s.untaggedEvents > 0
      ? ` Untagged: ${s.untaggedEvents} ${s.untaggedEvents === 1 ? 'event' : 'events'} (${formatHours(s.untaggedHours)}).`
      : '';
  return `${counted}${untagged}`;
}
