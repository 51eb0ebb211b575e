import { useState, type FormEvent } from 'react';
import { isPersonCalendar, isUnmatched } from '../../lib/domain/events/calendar-ids';
import type { CalendarChoice, CalendarChoiceInput } from '../../lib/domain/events/calendars';
import { FormStatus, type StatusText } from './FormStatus';

export interface CalendarRow {
  id: string;
  name: string;
  /** "5 events this week", "last seen 7 Dec". */
  detail: string;
  /** Counted as the leader's now. */
  mine: boolean;
  /** The signed-in account's own calendar. */
  account: boolean;
  keptFor: string | null;
}

interface Props {
  calendars: readonly CalendarRow[];
  /** Kept choices for calendars not listed here (the panel lists only this week's). */
  choice: CalendarChoiceInput;
  onSave(choice: CalendarChoice): Promise<void>;
  /** The first-run question sits above the glance; the options page lists every calendar seen. */
  headingLevel?: 2 | 3;
  onDone?: () => void;
  onLater?: () => void;
}

const slug = (id: string) => id.replace(/[^a-zA-Z0-9]+/g, '-');

/**
 * "Your calendars": which of the calendars on screen are the leader's own (only those count), and which one
 * this person keeps for someone else (their tags on it are sent to that person, never counted as their own).
 */
export function CalendarChooser({ calendars, choice, onSave, headingLevel = 2, onDone, onLater }: Props) {
  const [mine, setMine] = useState(() => new Set(calendars.filter((c) => c.mine).map((c) => c.id)));
  const [kept, setKept] = useState(() => new Map(calendars.flatMap((c) => (c.keptFor ? [[c.id, c.keptFor]] : []))));
  const [status, setStatus] = useState<StatusText>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const listed = new Set(calendars.map((c) => c.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const keptFor = [
      ...choice.keptFor.filter((k) => !listed.has(k.calendarId)),
      ...[...kept]
        .filter(([, name]) => name.trim() !== '')
        .map(([calendarId, name]) => ({ calendarId, name: name.trim() })),
    ];
    const others = (choice.mine ?? []).filter((id) => !listed.has(id));
    try {
      if ([...mine].filter((id) => !isUnmatched(id)).length === 0 && others.length === 0)
        throw new Error('Choose at least one calendar that is yours.');
      // Outlook's calendars not known (by colour) are answered here too: ticked, their events count; left unticked,
      // an earlier answer becomes "no", and a colour never answered stays open for the glance to ask about.
      const unmatched = { ...(choice.unmatched ?? {}) };
      for (const c of calendars)
        if (isUnmatched(c.id) && (mine.has(c.id) || c.id in unmatched)) unmatched[c.id] = mine.has(c.id);
      const own = [...mine].filter((id) => !isUnmatched(id) && !kept.get(id)?.trim());
      await onSave({ mine: [...others, ...own], keptFor, unmatched });
      setStatus({ ok: true, text: 'Saved. Every number now counts only your calendars; nothing stored was changed.' });
      onDone?.();
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="calendars-heading" data-testid="calendar-chooser">
      <Heading id="calendars-heading">Which calendars are yours?</Heading>
      <p className="muted">
        Only your own calendars count toward your hours. Events on the others still get badges and can be tagged.
      </p>
      <ul className="calendar-list">
        {calendars.map((c) => {
          const id = slug(c.id);
          const keptName = kept.get(c.id) ?? '';
          return (
            <li key={c.id}>
              <label className="choice" htmlFor={`mine-${id}`}>
                <input
                  id={`mine-${id}`}
                  type="checkbox"
                  checked={mine.has(c.id) && !keptName.trim()}
                  disabled={keptName.trim() !== ''}
                  onChange={(e) => {
                    const next = new Set(mine);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    setMine(next);
                  }}
                />{' '}
                <strong>{c.name}</strong>
                {c.account && <span className="muted"> (your Google account)</span>}
                <span className="muted"> — {c.detail}</span>
              </label>
              {(!mine.has(c.id) && isPersonCalendar(c.id)) || keptName ? (
                <div className="kept-for">
                  <label htmlFor={`kept-${id}`} className="inline">
                    I keep this calendar for
                  </label>{' '}
                  <input
                    id={`kept-${id}`}
                    type="text"
                    size={14}
                    placeholder="name (optional)"
                    value={keptName}
                    onChange={(e) => setKept(new Map(kept).set(c.id, e.target.value))}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p>
        <button type="submit" className="primary">
          Save my calendars
        </button>{' '}
        {onLater && (
          <button type="button" onClick={onLater}>
            Not now
          </button>
        )}
      </p>
      <FormStatus status={status} />
    </form>
  );
}
