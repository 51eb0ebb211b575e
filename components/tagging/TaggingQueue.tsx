import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { findActivity, KIND_LABELS, KINDS } from '../../lib/domain/events/activities';
import type { CalendarEvent } from '../../lib/domain/events/event';
import { exclusionReason } from '../../lib/domain/events/event';
import { formatDay } from '../../lib/domain/time/format';
import type { Tag } from '../../lib/domain/events/tag';
import type { CalendarGroup } from '../../lib/domain/events/calendars';
import { actionForKey, type RowContext, rowAction, SHORTCUTS, type TaggingActions } from './tagging-actions';
import { TaggingRow } from './TaggingRow';

export type { TaggingActions };
export { SHORTCUTS };

interface Props {
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  now: number;
  actions: TaggingActions;
  /** "Needs you" first for assistant principals; everyone can switch. */
  initialFilter?: Filter;
  /**
   * The calendar group an event is listed under (the leader's own first, then each other calendar). With more
   * than one group on screen the list is headed by calendar, then by day.
   */
  groupOf?: (event: CalendarEvent) => CalendarGroup;
  /** Shown under a group's heading (e.g. where to send the tags of a kept calendar). */
  groupNote?: (group: CalendarGroup) => ReactNode;
  /** Events with another occurrence stored: "tag the whole series" is offered for them. */
  inSeries?: ReadonlySet<string> | undefined;
}

const ONE_GROUP: CalendarGroup = { key: 'all', label: '', rank: 0 };

export type Filter = 'needs-you' | 'all';

/** An event needs the person: no tag, a suggestion not yet confirmed, or a past block waiting for "did it happen?". */
export function needsYou(event: CalendarEvent, tag: Tag | undefined, now: number): boolean {
  if (!tag || tag.setBy === 'rule') return true;
  return tag.kind === 'instructional' && event.end <= now && (tag.status ?? 'planned') === 'planned';
}

const PRIORITY: Record<string, number> = { untagged: 0, rule: 1, plan: 2, series: 2, assistant: 3, person: 3 };

/** The assistant principal's workflow: the week's events by day, the ones needing attention first, all by keyboard. */
export function TaggingQueue({
  events,
  tags,
  now,
  actions,
  initialFilter = 'all',
  groupOf,
  groupNote,
  inSeries,
}: Props) {
  const [filter, setFilter] = useState<Filter>(initialFilter);
  const [undo, setUndo] = useState<(() => Promise<void>) | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const [message, setMessage] = useState('');
  const rows = useRef<(HTMLDivElement | null)[]>([]);

  // The order is decided when an event first appears and then kept: rows never jump while a person tags them.
  // "Needs you" is decided the same way: a row answered stays (marked done) until the filter is chosen again.
  const order = useRef(new Map<string, number>());
  const needed = useRef<{ filter: Filter; ids: Set<string> }>({ filter, ids: new Set() });
  if (needed.current.filter !== filter) needed.current = { filter, ids: new Set() };
  // Events whose time does not count (declined, cancelled, removed, duplicates) are not listed; all-day ones are.
  const shown = useMemo(() => events.filter((e) => exclusionReason(e) === null || e.allDay), [events]);
  const days = useMemo(() => {
    for (const e of shown) if (needsYou(e, tags.get(e.id), now)) needed.current.ids.add(e.id);
    const visible = filter === 'all' ? shown : shown.filter((e) => needed.current.ids.has(e.id));
    const fresh = visible
      .filter((e) => !order.current.has(e.id))
      .sort(
        (a, b) =>
          PRIORITY[tags.get(a.id)?.setBy ?? 'untagged']! - PRIORITY[tags.get(b.id)?.setBy ?? 'untagged']! ||
          a.start - b.start,
      );
    for (const e of fresh) order.current.set(e.id, order.current.size);
    // Calendar group, then day: the leader's own calendars first, each other calendar under its own heading.
    const group = (e: CalendarEvent) => groupOf?.(e) ?? ONE_GROUP;
    const byDay = new Map<string, { group: CalendarGroup; events: CalendarEvent[] }>();
    const sorted = [...visible].sort(
      (a, b) => group(a).rank - group(b).rank || group(a).label.localeCompare(group(b).label) || a.start - b.start,
    );
    for (const e of sorted) {
      const g = group(e);
      const key = `${g.key}\u0000${new Date(e.start).toDateString()}`;
      const day = byDay.get(key);
      if (day) day.events.push(e);
      else byDay.set(key, { group: g, events: [e] });
    }
    return [...byDay.values()].map((day) => ({
      group: day.group,
      events: day.events.sort((a, b) => order.current.get(a.id)! - order.current.get(b.id)!),
    }));
  }, [shown, tags, now, filter, groupOf]);
  const grouped = new Set(shown.map((e) => (groupOf?.(e) ?? ONE_GROUP).key)).size > 1;
  const needCount = shown.filter((e) => needsYou(e, tags.get(e.id), now)).length;
  const suggestions = shown.filter((e) => tags.get(e.id)?.setBy === 'rule').map((e) => e.id);
  const acceptAll = async () => {
    if (suggestions.length === 0) return setMessage('No suggestions to accept.');
    try {
      const result = await actions.acceptSuggestions(suggestions);
      setUndo(() => result.undo);
      setMessage(`Accepted ${result.count} ${result.count === 1 ? 'suggestion' : 'suggestions'}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const flat = days.flatMap((d) => d.events);

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
    inSeries: inSeries?.has(event.id) ?? false,
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
    if (e.key === 'Y') {
      e.preventDefault();
      void acceptAll();
      return;
    }
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

  return (
    <section aria-labelledby="queue-heading" className="card">
      <h2 id="queue-heading">Tag this week</h2>
      <div className="queue-tools">
        <fieldset className="filter">
          <legend className="sr-only">Show</legend>
          <button type="button" aria-pressed={filter === 'needs-you'} onClick={() => setFilter('needs-you')}>
            Needs you ({needCount})
          </button>
          <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            All ({shown.length})
          </button>
        </fieldset>
        <button type="button" className="primary" disabled={suggestions.length === 0} onClick={() => void acceptAll()}>
          Accept all suggestions ({suggestions.length})
        </button>
        {undo && (
          <button
            type="button"
            onClick={() =>
              void run(
                undo().then(() => setUndo(null)),
                'Suggestions are suggestions again.',
              )
            }
          >
            Undo
          </button>
        )}
      </div>
      <details className="muted">
        <summary>Keyboard</summary>
        <p id="queue-help">{SHORTCUTS}.</p>
      </details>
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
      {flat.length === 0 && (
        <p>
          {filter === 'needs-you'
            ? 'Nothing needs you this week: every event is tagged and confirmed.'
            : 'No events to tag this week.'}
        </p>
      )}
      {days.map(({ group, events: day }, i) => (
        <div key={day[0]!.id}>
          {grouped && days[i - 1]?.group.key !== group.key && (
            <>
              <h3 className="calendar-group" data-testid="calendar-group">
                {group.label}
              </h3>
              {groupNote?.(group)}
            </>
          )}
          {grouped ? <h4>{formatDay(day[0]!.start)}</h4> : <h3>{formatDay(day[0]!.start)}</h3>}
          <ul className="event-list">
            {day.map((event) => {
              const index = flat.indexOf(event);
              return (
                <li key={event.id}>
                  <TaggingRow
                    row={contextOf(event)}
                    focused={index === focused}
                    selected={selected.has(event.id)}
                    done={filter === 'needs-you' && !needsYou(event, tags.get(event.id), now)}
                    rowRef={(el) => {
                      rows.current[index] = el;
                    }}
                    onFocus={() => setFocused(index)}
                    onKeyDown={(e) => onKeyDown(e, index, event)}
                    onToggleSelect={() => toggle(event.id)}
                    onAction={(id) => perform(id, event)}
                    onActivity={(id) => {
                      const activity = findActivity(id)!;
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
