import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { KIND_LABELS, KINDS } from '../lib/domain/activities';
import type { CalendarEvent } from '../lib/domain/event';
import { exclusionReason } from '../lib/domain/event';
import { formatDay } from '../lib/domain/format';
import type { Tag } from '../lib/domain/tag';
import { actionForKey, type RowContext, rowAction, SHORTCUTS, type TaggingActions } from './tagging-actions';
import { activityById, TaggingRow } from './TaggingRow';

export type { TaggingActions };
export { SHORTCUTS };

interface Props {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  now: number;
  actions: TaggingActions;
}

const PRIORITY: Record<string, number> = { untagged: 0, rule: 1, plan: 2, series: 2, person: 3 };

/** The assistant principal's workflow: the week's events by day, the ones needing attention first, all by keyboard. */
export function TaggingQueue({ events, tags, now, actions }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const [message, setMessage] = useState('');
  const rows = useRef<(HTMLDivElement | null)[]>([]);

  // The order is decided when an event first appears and then kept: rows never jump while a person tags them.
  const order = useRef(new Map<string, number>());
  const days = useMemo(() => {
    const visible = events.filter((e) => exclusionReason(e) === null || e.allDay);
    const fresh = visible
      .filter((e) => !order.current.has(e.id))
      .sort(
        (a, b) =>
          PRIORITY[tags.get(a.id)?.setBy ?? 'untagged']! - PRIORITY[tags.get(b.id)?.setBy ?? 'untagged']! ||
          a.start - b.start,
      );
    for (const e of fresh) order.current.set(e.id, order.current.size);
    const byDay = new Map<string, CalendarEvent[]>();
    for (const e of [...visible].sort((a, b) => a.start - b.start)) {
      const key = new Date(e.start).toDateString();
      byDay.set(key, [...(byDay.get(key) ?? []), e]);
    }
    return [...byDay.values()].map((list) => list.sort((a, b) => order.current.get(a.id)! - order.current.get(b.id)!));
  }, [events, tags]);
  const flat = days.flat();

  const run = async (work: Promise<void>, done: string) => {
    try {
      await work;
      setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(flat.length - 1, to));
    setFocused(next);
    rows.current[next]?.focus();
  };
  const contextOf = (event: CalendarEvent): RowContext => ({
    event,
    tag: tags.get(event.id),
    ids: selected.size > 0 && selected.has(event.id) ? [...selected] : [event.id],
    now,
  });
  /** Keys and buttons both end here: one action table, one message per action. */
  const perform = (id: string, event: CalendarEvent) => {
    const row = contextOf(event);
    const action = rowAction(id);
    if (!action.available(row)) return false;
    const { work, done } = action.perform(row, actions);
    void run(work, done);
    return true;
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, event: CalendarEvent) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === 'j' || e.key === 'ArrowDown') move(index + 1);
    else if (key === 'k' || e.key === 'ArrowUp') move(index - 1);
    else if (key === 'a') e.currentTarget.querySelector<HTMLSelectElement>('select[data-role="activity"]')?.focus();
    else if (key === 'x' || e.key === ' ') toggle(event.id);
    else {
      const action = actionForKey(key);
      if (!action || !perform(action.id, event)) return;
    }
    e.preventDefault();
  };

  if (flat.length === 0) return <p>No events to tag this week.</p>;
  return (
    <section aria-labelledby="queue-heading" className="card">
      <h2 id="queue-heading">Tag this week</h2>
      <p className="muted" id="queue-help">
        Keyboard: {SHORTCUTS}.
      </p>
      {selected.size > 0 && (
        <div className="bulk" role="group" aria-label="Selected events">
          <span>{selected.size} selected</span>{' '}
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() =>
                void run(
                  actions.tag([...selected], kind).then(() => setSelected(new Set())),
                  `Tagged ${selected.size} events ${KIND_LABELS[kind].toLowerCase()}.`,
                )
              }
            >
              Tag all {KIND_LABELS[kind].toLowerCase()}
            </button>
          ))}{' '}
          <button type="button" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {message}
      </p>
      {days.map((day) => (
        <div key={day[0]!.id}>
          <h3>{formatDay(day[0]!.start)}</h3>
          <ul className="event-list">
            {day.map((event) => {
              const index = flat.indexOf(event);
              return (
                <li key={event.id}>
                  <TaggingRow
                    row={contextOf(event)}
                    focused={index === focused}
                    selected={selected.has(event.id)}
                    rowRef={(el) => {
                      rows.current[index] = el;
                    }}
                    onFocus={() => setFocused(index)}
                    onKeyDown={(e) => onKeyDown(e, index, event)}
                    onToggleSelect={() => toggle(event.id)}
                    onAction={(id) => perform(id, event)}
                    onActivity={(id) => {
                      const activity = activityById(id);
                      void run(
                        actions.tag([event.id], activity.kind, activity.id),
                        `Tagged "${event.title}" ${activity.label}.`,
                      );
                    }}
                    onDisplacedBy={(by) =>
                      void run(actions.setStatus(event.id, 'displaced', by), 'Saved what displaced it.')
                    }
                    onEscape={() => rows.current[index]?.focus()}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
