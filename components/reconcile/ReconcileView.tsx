import { useEffect, useRef, useState } from 'react';
import { useAfterPaint } from '../../lib/live/use-after-paint';
import type { TeacherRef } from '../../lib/domain/events/answer';
import type { DayState } from '../../lib/domain/reconcile/day';
import type { OwedFeedback } from '../../lib/domain/reconcile/feedback';
import type { Step } from '../../lib/domain/reconcile/questions';
import type { ReconcileSettings } from '../../lib/domain/settings/settings';
import { staffInTitle, type StaffMember } from '../../lib/domain/reconcile/staff';
import { formatDay, formatTime } from '../../lib/domain/time/format';
import { fromIsoDate } from '../../lib/domain/time/week';
import type { ReconcileView as View } from '../../lib/store/reconcile-repo';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { QuestionCard, type QuestionActions } from './QuestionCard';
import { activityLabel, KIND_LABELS } from '../../lib/domain/events/activities';

export interface ReconcileActions extends QuestionActions {
  confirmRest(date: string, eventIds: readonly string[]): Promise<unknown>;
  closeFeedback(visitEventId: string, teacherKey: string): Promise<unknown>;
  /** Opens the tagging list (the day's untagged events are there). */
  openTagging(): void;
}

interface Props {
  view: View;
  /** Whose day: the leader's own calendars, and each calendar this person keeps for someone. */
  calendars: readonly { id: string; label: string; keptFor: string | null }[];
  onCalendar: (id: string) => void;
  onDay: (date: string) => void;
  settings: ReconcileSettings;
  staff: readonly StaffMember[];
  /** Feedback still owed (not closed), oldest first. */
  owed: readonly OwedFeedback[];
  actions: ReconcileActions;
}

const STATE_LABEL: Record<DayState, string> = {
  reconciled: 'reconciled',
  open: 'to reconcile',
  'no-events': 'nothing to reconcile',
};
const dayLabel = (date: string) => formatDay(fromIsoDate(date).getTime());

/**
 * The daily reconcile, two minutes and keyboard-complete (issue #29, research/daily-reconcile.md): the day's
 * protected and instructional blocks first, each answered with one key; then the rest of the day confirmed at once.
 */
export function ReconcileView({ view, calendars, onCalendar, onDay, settings, staff, owed, actions }: Props) {
  const [active, setActive] = useState<{ eventId: string; step: Step } | null>(null);
  const [status, setStatus] = useState<StatusText>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const { day } = view;
  const keptFor = calendars.find((c) => c.id === view.calendar)?.keptFor ?? null;
  const unanswered = day.items.questions.filter(
    (q) => !q.answer || (view.who === 'leader' && q.answer.outcome === 'ask-principal'),
  );
  const confirmed = new Set(day.record?.confirmed ?? []);
  const restOpen = day.items.rest.filter((r) => !confirmed.has(r.event.id));
  const openDays = view.recent.filter((d) => d.state === 'open').length;
  // The bench times the view from the panel's navigation to this mark (two frames after its first commit).
  useAfterPaint(true, 'leadership-calendar:reconcile-painted');

  // The first open question takes focus when a day opens, so the keyboard starts where the work is.
  const firstOpen = unanswered[0]?.event.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the day (or whose day) changes
  useEffect(() => {
    setActive(firstOpen ? { eventId: firstOpen, step: 'outcome' } : null);
    if (!firstOpen) confirmButton.current?.focus();
  }, [day.date, view.calendar]);

  const moveOn = (from: string) => {
    const next = day.items.questions.find(
      (q) => q.event.id !== from && (!q.answer || (view.who === 'leader' && q.answer.outcome === 'ask-principal')),
    );
    if (next) setActive({ eventId: next.event.id, step: 'outcome' });
    else {
      setActive(null);
      // Focus waits for the card to leave its question, then lands on "Confirm the rest".
      requestAnimationFrame(() => confirmButton.current?.focus());
    }
  };
  const say = (text: string, ok = true) => setStatus({ ok, text });

  return (
    <section className="card reconcile" aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconcile {dayLabel(day.date)}</h2>
      <p className="muted" data-testid="days-to-reconcile">
        {openDays === 0
          ? 'Every recent school day is reconciled.'
          : `${openDays} ${openDays === 1 ? 'day' : 'days'} to reconcile in the last ${view.recent.length} school days.`}
      </p>
      {calendars.length > 1 && (
        <div role="group" aria-label="Whose day" className="choices">
          {calendars.map((c) => (
            <button key={c.id} type="button" aria-pressed={c.id === view.calendar} onClick={() => onCalendar(c.id)}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      <nav aria-label="Days" className="day-tabs">
        {view.recent.map((d) => (
          <button
            key={d.date}
            type="button"
            aria-current={d.date === day.date ? 'date' : undefined}
            data-state={d.state}
            onClick={() => onDay(d.date)}
          >
            {dayLabel(d.date)} <span className="sr-only">— {STATE_LABEL[d.state]}</span>
            <span aria-hidden="true">{d.state === 'reconciled' ? ' ✓' : d.state === 'open' ? ' •' : ''}</span>
          </button>
        ))}
      </nav>
      <FormStatus status={status} />
      {day.state === 'no-events' && day.items.later === 0 && <p>Nothing on this day's calendar to reconcile.</p>}
      {day.items.questions.length > 0 && (
        <>
          <h3>Protected and instructional blocks</h3>
          {day.items.questions.map((q) => (
            <QuestionCard
              key={q.event.id}
              event={q.event}
              activity={q.tag.activity}
              answer={q.answer}
              open={unanswered.some((u) => u.event.id === q.event.id)}
              step={active?.eventId === q.event.id ? active.step : null}
              onStep={(step) => setActive(step ? { eventId: q.event.id, step } : null)}
              onDone={() => moveOn(q.event.id)}
              reasons={settings.reasons}
              responders={settings.firstResponders}
              keeper={view.who === 'leader' ? settings.keeper : null}
              askName={view.who === 'keeper' ? keptFor : null}
              staff={staff}
              suggested={staffInTitle(q.event.title, staff)}
              actions={actions}
              onMessage={say}
            />
          ))}
        </>
      )}
      {(day.items.rest.length > 0 || day.items.untagged.length > 0) && (
        <div className="rest">
          <h3>The rest of the day</h3>
          {day.items.rest.length > 0 && (
            <ul className="rest-list">
              {day.items.rest.map((r) => (
                <li key={r.event.id}>
                  {formatTime(r.event.start)} {r.event.title}{' '}
                  <span className="muted">
                    · {KIND_LABELS[r.tag.kind]}: {activityLabel(r.tag.activity)}
                    {confirmed.has(r.event.id) ? ' · confirmed' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {restOpen.length > 0 ? (
            <button
              ref={confirmButton}
              type="button"
              className="primary"
              onClick={() =>
                void actions
                  .confirmRest(
                    day.date,
                    restOpen.map((r) => r.event.id),
                  )
                  .then(() =>
                    say(`Confirmed ${restOpen.length} ${restOpen.length === 1 ? 'event' : 'events'} as they were.`),
                  )
                  .catch((e: unknown) => say(e instanceof Error ? e.message : String(e), false))
              }
            >
              Confirm the rest ({restOpen.length})
            </button>
          ) : (
            day.items.rest.length > 0 && <p className="muted">The rest of the day is confirmed.</p>
          )}
          {day.items.untagged.length > 0 && (
            <p data-testid="untagged-notice">
              {day.items.untagged.length} {day.items.untagged.length === 1 ? 'event has' : 'events have'} no tag yet, so
              {day.items.untagged.length === 1 ? ' it is' : ' they are'} not counted as happened.{' '}
              <button type="button" onClick={actions.openTagging}>
                Tag {day.items.untagged.length === 1 ? 'it' : 'them'}
              </button>
            </p>
          )}
        </div>
      )}
      {day.items.later > 0 && (
        <p className="muted">
          {day.items.later} {day.items.later === 1 ? 'block is' : 'blocks are'} still ahead today: asked about once
          over.
        </p>
      )}
      {day.state === 'reconciled' && (
        <p className="on-track" data-testid="day-reconciled">
          {dayLabel(day.date)} is reconciled.
        </p>
      )}
      {owed.length > 0 && <OwedCard owed={owed} close={actions.closeFeedback} onMessage={say} />}
    </section>
  );
}

function OwedCard({
  owed,
  close,
  onMessage,
}: {
  owed: readonly OwedFeedback[];
  close: ReconcileActions['closeFeedback'];
  onMessage: (text: string, ok?: boolean) => void;
}) {
  const overdue = owed.filter((o) => o.state === 'overdue').length;
  return (
    <div className="owed" data-testid="owed-feedback">
      <h3>
        Feedback owed ({owed.length}
        {overdue ? `, ${overdue} overdue` : ''})
      </h3>
      <ul className="rest-list">
        {owed.map((o) => (
          <li key={o.id} data-state={o.state}>
            {o.teacher.name}{' '}
            <span className="muted">
              — {activityLabel(o.visit.activity).toLowerCase()} {formatDay(o.visit.start)},{' '}
              {o.state === 'overdue' ? 'overdue' : `due ${dayLabel(o.dueDate)}`}
            </span>{' '}
            <button
              type="button"
              onClick={() =>
                void close(o.visit.eventId, o.teacher.key)
                  .then(() => onMessage(`Feedback to ${o.teacher.name} marked as given.`))
                  .catch((e: unknown) => onMessage(e instanceof Error ? e.message : String(e), false))
              }
            >
              Given<span className="sr-only"> to {o.teacher.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type { TeacherRef };
