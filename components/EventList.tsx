import { activityLabel, KIND_LABELS } from '../lib/domain/activities';
import type { CalendarEvent } from '../lib/domain/event';
import { formatDay, formatTime } from '../lib/domain/format';
import type { Tag } from '../lib/domain/tag';

interface Props {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
}

/** The week's events with their tags and why each rule-made tag was chosen. */
export function EventList({ events, tags }: Props) {
  return (
    <ul className="event-list">
      {events.map((event) => {
        const tag = tags.get(event.id);
        return (
          <li key={event.id} data-testid="event-row">
            <strong>{event.title || '(No title)'}</strong>{' '}
            <span className="muted">
              {formatDay(event.start)} {event.allDay ? 'all day' : `${formatTime(event.start)}–${formatTime(event.end)}`}
            </span>
            <div className={`kind-${tag?.kind ?? 'untagged'}`}>
              {tag ? `${KIND_LABELS[tag.kind]} · ${activityLabel(tag.activity)}` : 'Untagged'}
              {tag?.reason && <span className="muted"> — {tag.setBy === 'rule' ? `suggested: ${tag.reason}` : tag.reason}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
