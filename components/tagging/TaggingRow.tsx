import type { KeyboardEvent, Ref } from 'react';
import { activitiesOfKind, activityLabel, KIND_LABELS, KINDS } from '../../lib/domain/events/activities';
import { ActivityOptionGroups } from '../common/ActivityOptionGroups';
import type { CalendarEvent } from '../../lib/domain/events/event';
import { formatTime } from '../../lib/domain/time/format';
import { effectiveStatus, type Tag } from '../../lib/domain/events/tag';
import { type RowContext, rowAction } from './tagging-actions';

interface Props {
  row: RowContext;
  focused: boolean;
  selected: boolean;
  /** Answered while "Needs you" is shown: it stays in place, marked done. */
  done?: boolean;
  rowRef: Ref<HTMLDivElement>;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
  onToggleSelect(): void;
  /** Runs a table action by id (the same path as its key). */
  onAction(id: string): void;
  onActivity(activityId: string): void;
  onDisplacedBy(activityId: string | undefined): void;
  onEscape(): void;
}

/** How the row reads to a screen reader: title, time, tag (and whether it is only a suggestion). */
export function describeRow(event: CalendarEvent, tag: Tag | undefined): string {
  const when = event.allDay ? 'all day' : `${formatTime(event.start)} to ${formatTime(event.end)}`;
  const what = tag
    ? `${KIND_LABELS[tag.kind]}: ${activityLabel(tag.activity)}${tag.setBy === 'rule' ? ', suggested' : ''}`
    : 'untagged';
  return `${event.title || '(No title)'}, ${when}, ${what}`;
}

/** One event in the tagging list; every control is an entry of the action table or a picker. */
export function TaggingRow(props: Props) {
  const { row, focused } = props;
  const { event, tag } = row;
  const status = effectiveStatus(tag);
  const tab = focused ? 0 : -1;
  const button = (id: string, pressed?: boolean) => {
    const action = rowAction(id);
    if (!action.available(row)) return null;
    return (
      <button key={id} type="button" tabIndex={tab} aria-pressed={pressed} onClick={() => props.onAction(id)}>
        {action.label}
      </button>
    );
  };
  return (
    <div
      className={`queue-row${focused ? ' focused' : ''}${props.selected ? ' selected' : ''}${props.done ? ' done' : ''}`}
      role="group"
      aria-label={describeRow(event, tag)}
      aria-describedby="queue-help"
      tabIndex={tab}
      ref={props.rowRef}
      onFocus={(e) => e.target === e.currentTarget && props.onFocus()}
      onKeyDown={props.onKeyDown}
      data-testid="queue-row"
    >
      <div className="row-head">
        <label className="inline">
          <input type="checkbox" checked={props.selected} onChange={props.onToggleSelect} />
          <span className="sr-only">Select {event.title}</span>
        </label>
        <strong className="row-title" title={event.title}>
          {event.title || '(No title)'}
        </strong>
        {props.done && <span className="row-done">done</span>}
      </div>
      <div className="row-meta">
        <span className="row-time">
          {event.allDay ? 'all day' : `${formatTime(event.start)}–${formatTime(event.end)}`}
        </span>
        <span data-testid="tag-text">
          <span
            className={`tag-chip kind-${tag?.kind ?? 'untagged'}`}
            data-suggested={tag?.setBy === 'rule' || undefined}
            title={tag?.setBy === 'rule' && tag.reason ? `Suggested because the ${tag.reason}` : undefined}
          >
            {/* The activity names its kind (and the chip's colour repeats it); the kind is spelled out for screen readers. */}
            {tag ? (
              <>
                <span className="sr-only">{KIND_LABELS[tag.kind]} · </span>
                {activityLabel(tag.activity)}
              </>
            ) : (
              'Untagged'
            )}
          </span>
          <span className="row-why">
            {tag?.setBy === 'rule' && tag.reason && (
              <span className="muted"> — suggested because the {tag.reason}</span>
            )}
            {tag?.setBy === 'series' && <span className="muted"> — from the series</span>}
            {tag?.setBy === 'assistant' && tag.reason && <span className="muted"> — {tag.reason}</span>}
            {tag?.setBy === 'plan' && <span className="muted"> — your planned protected time</span>}
            {status && status !== 'planned' && (
              <span className="muted">
                {' '}
                — {status}
                {tag?.displacedBy ? ` by ${activityLabel(tag.displacedBy).toLowerCase()}` : ''}
              </span>
            )}
          </span>
        </span>
      </div>
      <div className="row-actions">
        {KINDS.map((kind) => button(kind, tag?.kind === kind && tag.setBy !== 'rule'))}
        <select
          data-role="activity"
          tabIndex={tab}
          aria-label={`Activity for ${event.title}`}
          value={tag?.activity ?? ''}
          onChange={(e) => props.onActivity(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && props.onEscape()}
        >
          <option value="" disabled>
            Choose an activity…
          </option>
          <ActivityOptionGroups />
        </select>
        {button('series')}
        {button('rule')}
        {rowAction('happened').available(row) && (
          <span role="group" aria-label={`Did "${event.title}" happen?`}>
            {button('happened', status === 'happened')}
            {button('displaced', status === 'displaced')}
            {status === 'displaced' && (
              <select
                tabIndex={tab}
                aria-label={`What displaced "${event.title}"?`}
                value={tag?.displacedBy ?? ''}
                onChange={(e) => props.onDisplacedBy(e.target.value || undefined)}
              >
                <option value="">Not sure</option>
                {activitiesOfKind('operational').map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </span>
        )}
      </div>
    </div>
  );
}
