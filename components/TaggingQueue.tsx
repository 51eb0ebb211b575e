import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIVITIES, activitiesOfKind, activityLabel, KIND_LABELS, type Kind } from '../lib/domain/activities';
import type { CalendarEvent } from '../lib/domain/event';
import { exclusionReason } from '../lib/domain/event';
import { formatDay, formatTime } from '../lib/domain/format';
import { effectiveStatus, type BlockStatus, type Tag } from '../lib/domain/tag';

export interface TaggingActions {
  tag(eventIds: string[], kind: Kind, activity?: string): Promise<void>;
  tagSeries(eventId: string, kind: Kind, activity: string): Promise<void>;
  alwaysTagLikeThis(event: CalendarEvent, kind: Kind, activity: string): Promise<void>;
  setStatus(eventId: string, status: BlockStatus, displacedBy?: string): Promise<void>;
}

interface Props {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  now: number;
  actions: TaggingActions;
}

const PRIORITY: Record<string, number> = { untagged: 0, rule: 1, series: 2, person: 3 };
const KIND_KEYS: Record<string, Kind> = { i: 'instructional', o: 'operational', p: 'personal' };

export const SHORTCUTS =
  'j / k or ↓ / ↑ move · i, o, p: instructional, operational, personal · a: choose activity · x: select · s: ' +
  'tag the whole series · r: always tag titles like this · h: it happened · d: it was displaced';

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
  const tagKind = (event: CalendarEvent, kind: Kind) => {
    const ids = selected.size > 0 && selected.has(event.id) ? [...selected] : [event.id];
    void run(
      actions.tag(ids, kind),
      `Tagged ${ids.length === 1 ? `"${event.title}"` : `${ids.length} events`} ${KIND_LABELS[kind].toLowerCase()}.`,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, event: CalendarEvent) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const tag = tags.get(event.id);
    const key = e.key.toLowerCase();
    /** Runs a key's action and stops the browser's own handling of the key. */
    const handle = (action: () => void) => {
      e.preventDefault();
      action();
    };
    const kindKey = KIND_KEYS[key];
    if (key === 'j' || e.key === 'ArrowDown') return handle(() => move(index + 1));
    if (key === 'k' || e.key === 'ArrowUp') return handle(() => move(index - 1));
    if (kindKey) return handle(() => void tagKind(event, kindKey));
    if (key === 'a') {
      return handle(() => e.currentTarget.querySelector<HTMLSelectElement>('select[data-role="activity"]')?.focus());
    }
    if (key === 'x' || e.key === ' ') {
      return handle(() => {
        const next = new Set(selected);
        if (next.has(event.id)) next.delete(event.id);
        else next.add(event.id);
        setSelected(next);
      });
    }
    if (key === 's' && event.seriesId && tag) {
      const done = `Tagged every "${event.title}" in the series.`;
      return handle(() => void run(actions.tagSeries(event.id, tag.kind, tag.activity), done));
    }
    if (key === 'r' && tag) {
      const done = `New rule: titles like "${event.title}" are ${activityLabel(tag.activity)}.`;
      return handle(() => void run(actions.alwaysTagLikeThis(event, tag.kind, tag.activity), done));
    }
    if ((key === 'h' || key === 'd') && tag?.kind === 'instructional' && event.end <= now) {
      e.preventDefault();
      void run(
        actions.setStatus(event.id, key === 'h' ? 'happened' : 'displaced'),
        key === 'h' ? 'Marked as happened.' : 'Marked as displaced. Say what displaced it, if you know.',
      );
    }
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
          {(['instructional', 'operational', 'personal'] as Kind[]).map((kind) => (
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
              const tag = tags.get(event.id);
              const status = effectiveStatus(tag);
              const past = event.end <= now;
              const describe =
                `${event.title || '(No title)'}, ` +
                `${event.allDay ? 'all day' : `${formatTime(event.start)} to ${formatTime(event.end)}`}, ` +
                `${tag ? `${KIND_LABELS[tag.kind]}: ${activityLabel(tag.activity)}${tag.setBy === 'rule' ? ', suggested' : ''}` : 'untagged'}`;
              return (
                <li key={event.id}>
                  <div
                    className={`queue-row${index === focused ? ' focused' : ''}`}
                    role="group"
                    aria-label={describe}
                    aria-describedby="queue-help"
                    tabIndex={index === focused ? 0 : -1}
                    ref={(el) => {
                      rows.current[index] = el;
                    }}
                    onFocus={(e) => e.target === e.currentTarget && setFocused(index)}
                    onKeyDown={(e) => onKeyDown(e, index, event)}
                    data-testid="queue-row"
                  >
                    <label className="inline">
                      <input
                        type="checkbox"
                        checked={selected.has(event.id)}
                        onChange={() => {
                          const next = new Set(selected);
                          if (next.has(event.id)) next.delete(event.id);
                          else next.add(event.id);
                          setSelected(next);
                        }}
                      />
                      <span className="sr-only">Select {event.title}</span>
                    </label>
                    <strong>{event.title || '(No title)'}</strong>{' '}
                    <span className="muted">
                      {event.allDay ? 'all day' : `${formatTime(event.start)}–${formatTime(event.end)}`}
                    </span>
                    <div className={`kind-${tag?.kind ?? 'untagged'}`} data-testid="tag-text">
                      {tag ? `${KIND_LABELS[tag.kind]} · ${activityLabel(tag.activity)}` : 'Untagged'}
                      {tag?.setBy === 'rule' && tag.reason && (
                        <span className="muted"> — suggested because the {tag.reason}</span>
                      )}
                      {tag?.setBy === 'series' && <span className="muted"> — from the series</span>}
                      {status && status !== 'planned' && (
                        <span className="muted">
                          {' '}
                          — {status}
                          {tag?.displacedBy ? ` by ${activityLabel(tag.displacedBy).toLowerCase()}` : ''}
                        </span>
                      )}
                    </div>
                    <div className="row-actions">
                      {(['instructional', 'operational', 'personal'] as Kind[]).map((kind) => (
                        <button
                          key={kind}
                          type="button"
                          tabIndex={index === focused ? 0 : -1}
                          aria-pressed={tag?.kind === kind && tag.setBy !== 'rule'}
                          onClick={() => tagKind(event, kind)}
                        >
                          {KIND_LABELS[kind]}
                        </button>
                      ))}
                      <select
                        data-role="activity"
                        tabIndex={index === focused ? 0 : -1}
                        aria-label={`Activity for ${event.title}`}
                        value={tag?.activity ?? ''}
                        onChange={(e) => {
                          const activity = ACTIVITIES.find((a) => a.id === e.target.value)!;
                          void run(
                            actions.tag([event.id], activity.kind, activity.id),
                            `Tagged "${event.title}" ${activity.label}.`,
                          );
                        }}
                        onKeyDown={(e) => e.key === 'Escape' && rows.current[index]?.focus()}
                      >
                        <option value="" disabled>
                          Choose an activity…
                        </option>
                        {(['instructional', 'operational', 'personal'] as Kind[]).map((kind) => (
                          <optgroup key={kind} label={KIND_LABELS[kind]}>
                            {activitiesOfKind(kind).map((a) => (
                              <option key={a.id} value={a.id}>
                                {a.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      {event.seriesId && tag && (
                        <button
                          type="button"
                          tabIndex={index === focused ? 0 : -1}
                          onClick={() =>
                            void run(
                              actions.tagSeries(event.id, tag.kind, tag.activity),
                              `Tagged every "${event.title}" in the series.`,
                            )
                          }
                        >
                          Tag the whole series
                        </button>
                      )}
                      {tag && (
                        <button
                          type="button"
                          tabIndex={index === focused ? 0 : -1}
                          onClick={() =>
                            void run(
                              actions.alwaysTagLikeThis(event, tag.kind, tag.activity),
                              `New rule: titles like "${event.title}" are ${activityLabel(tag.activity)}.`,
                            )
                          }
                        >
                          Always tag titles like this
                        </button>
                      )}
                      {tag?.kind === 'instructional' && past && (
                        <span role="group" aria-label={`Did "${event.title}" happen?`}>
                          <button
                            type="button"
                            tabIndex={index === focused ? 0 : -1}
                            aria-pressed={status === 'happened'}
                            onClick={() => void run(actions.setStatus(event.id, 'happened'), 'Marked as happened.')}
                          >
                            It happened
                          </button>
                          <button
                            type="button"
                            tabIndex={index === focused ? 0 : -1}
                            aria-pressed={status === 'displaced'}
                            onClick={() => void run(actions.setStatus(event.id, 'displaced'), 'Marked as displaced.')}
                          >
                            It was displaced
                          </button>
                          {status === 'displaced' && (
                            <select
                              tabIndex={index === focused ? 0 : -1}
                              aria-label={`What displaced "${event.title}"?`}
                              value={tag.displacedBy ?? ''}
                              onChange={(e) =>
                                void run(
                                  actions.setStatus(event.id, 'displaced', e.target.value || undefined),
                                  'Saved what displaced it.',
                                )
                              }
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
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
