import { calendarsOf } from './calendar-ids';
import { calendarKey } from './calendars';

/**
 * Which events are one series. Google's recurring instances have carried their series in the event id
 * (`<series>_<YYYYMMDDTHHMMSSZ>`), but from Q3 2026 new instances get ids that must be treated as opaque
 * (research/calendar-dom-2026.md §1). So a second signal that needs no id: the same calendar, title,
 * weekday, start time and length, week after week, is a series. A moved instance no longer matches its
 * pattern — it is tagged on its own, never swept into the wrong series.
 */
export function patternKey(event: {
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  source: string;
  calendarId?: string | undefined;
  alsoOn?: readonly string[] | undefined;
}): string | undefined {
  const title = event.title.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!title) return undefined;
  const start = new Date(event.start);
  const calendar = calendarsOf(event).map(calendarKey).sort()[0] ?? event.source;
  const time = event.allDay
    ? 'all-day'
    : `${String(start.getHours()).padStart(2, '0')}:${String(start.getMinutes()).padStart(2, '0')}`;
  const minutes = Math.round((event.end - event.start) / 60_000);
  return `${calendar}|${start.getDay()}|${time}|${minutes}|${title}`;
}
