import { type FormEvent, useState } from 'react';
import { activitiesOfKind, activityLabel } from '../../lib/domain/events/activities';
import { addToCalendarLink, protectedTitle } from '../../lib/domain/planning/calendar-links';
import { formatDay, formatMinutes, formatTime } from '../../lib/domain/time/format';
import type { HostId } from '../../lib/domain/events/hosts';
import { roundTo } from '../../lib/domain/time/numbers';
import type { WeekPlan } from '../../lib/domain/planning/plan';
import type { BlockOutcome, PlanSuggestion } from '../../lib/domain/planning/protect';
import type { TimeRange } from '../../lib/domain/time/week';
import type { FindTimeAnswer } from '../../lib/live/panel';
import { FormStatus, type StatusText } from '../common/FormStatus';
import type { PlanOffers } from '../../lib/domain/reconcile/plan-offers';

export interface PlanActions {
  save(plan: Omit<WeekPlan, 'updatedAt'>): Promise<void>;
  findTime(avoid: readonly TimeRange[]): Promise<FindTimeAnswer>;
  /** Keeps every block but these (a visit and the conversation that follows it go together). */
  dropBlocks(blockIds: readonly string[]): Promise<void>;
  downloadIcs(): void;
}

interface Props {
  weekKey: string;
  plan: WeekPlan | undefined;
  reclaimedHours: number;
  /** Pre-fill for a week with no plan yet. */
  suggestion: PlanSuggestion | null;
  /** The plan's protected blocks and where each stands. */
  outcomes: readonly BlockOutcome[];
  /** Calendars the leader's events come from (their "add" links are offered). */
  hosts: readonly HostId[];
  outlookHostname?: string | undefined;
  actions: PlanActions;
  /** From the daily reconcile: feedback still owed and teachers not seen within the target, to book this week. */
  offers?: PlanOffers | undefined;
  /** A district switched Find time off: the plan and its blocks stay, the proposals go. */
  findTimeOff?: boolean;
}

const STATE_TEXT: Record<BlockOutcome['state'], string> = {
  'not-scheduled': 'not on your calendar yet',
  'on-calendar': 'on your calendar',
  'to-confirm': 'on your calendar — did it happen?',
  happened: 'happened',
  displaced: 'displaced',
};

function explainAnswer(answer: FindTimeAnswer): NonNullable<StatusText> {
  if (answer.kind === 'unseen') {
    return {
      ok: false,
      text:
        'Open this week in your calendar first (week view), so Leadership Calendar knows which times are free. ' +
        `Not seen yet: ${answer.days.join(', ')}.`,
    };
  }
  if (answer.kind === 'over') return { ok: false, text: "This week's school days are over: plan next week instead." };
  const kept = answer.kept ? ` ${answer.kept} already on your calendar ${answer.kept === 1 ? 'stays' : 'stay'}.` : '';
  const found = answer.added
    ? `${answer.added} ${answer.added === 1 ? 'block' : 'blocks'} proposed.${kept}`
    : `Nothing new to propose.${kept}`;
  return { ok: answer.message === null, text: answer.message ? `${found} ${answer.message}` : found };
}

/** "What will you do with the hours you get back this week?" — and then, protect them on the calendar. */
export function PlanForm({
  weekKey,
  plan,
  reclaimedHours,
  suggestion,
  outcomes,
  hosts,
  outlookHostname,
  actions,
  offers: givenOffers,
  findTimeOff = false,
}: Props) {
  // The offers book time through Find time, so they go with it.
  const offers = findTimeOff ? undefined : givenOffers;
  const initial = plan?.minutes ?? suggestion?.minutes ?? {};
  const [minutes, setMinutes] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, String(v)])),
  );
  const [note, setNote] = useState(plan?.note ?? '');
  const [status, setStatus] = useState<StatusText>(null);
  const [findStatus, setFindStatus] = useState<StatusText>(null);
  const [avoid, setAvoid] = useState<TimeRange[]>([]);
  const [busy, setBusy] = useState(false);
  /** Feedback minutes that would give every proposed visit its conversation (offered after Find time). */
  const [missingFeedback, setMissingFeedback] = useState(0);

  const draft = (): Omit<WeekPlan, 'updatedAt'> => {
    const values = Object.fromEntries(
      Object.entries(minutes)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, Number(v)]),
    );
    const next: Omit<WeekPlan, 'updatedAt'> = { weekStart: weekKey, minutes: values };
    if (note.trim()) next.note = note.trim();
    return next;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await actions.save(draft());
      setStatus({ ok: true, text: 'Plan saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const findTime = async (plan = draft()) => {
    setBusy(true);
    try {
      await actions.save(plan);
      const answer = await actions.findTime(avoid);
      setFindStatus(explainAnswer(answer));
      setMissingFeedback(answer.kind === 'proposed' ? answer.missingFeedbackMinutes : 0);
    } catch (error) {
      setFindStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  /** Adds minutes of an activity to the plan (feedback the visits need, owed feedback, visits), and asks again. */
  const addMinutes = async (activity: string, extra: number) => {
    const total = Number(minutes[activity] || 0) + extra;
    setMinutes({ ...minutes, [activity]: String(total) });
    const next = draft();
    await findTime({ ...next, minutes: { ...next.minutes, [activity]: total } });
  };
  const addFeedback = () => addMinutes('feedback', missingFeedback);
  const drop = async (outcome: BlockOutcome) => {
    // A visit and the conversation that follows it are one pair: dropping either drops both.
    const pair = outcomes.filter(
      (o) =>
        o.state === 'not-scheduled' &&
        (o.block.id === outcome.block.id ||
          o.block.follows === outcome.block.id ||
          outcome.block.follows === o.block.id),
    );
    setAvoid([...avoid, ...pair.map((o) => ({ start: o.block.start, end: o.block.end }))]);
    await actions.dropBlocks(pair.map((o) => o.block.id));
    setFindStatus({
      ok: true,
      text: `${pair.length > 1 ? 'The visit and its feedback conversation were' : 'Block'} dropped. Press "Find time" to look for another time.`,
    });
  };
  const proposed = outcomes.filter((o) => o.state === 'not-scheduled');
  // Each conversation right after the visit it follows.
  const ordered = [...outcomes]
    .filter((o) => !o.block.follows || !outcomes.some((v) => v.block.id === o.block.follows))
    .flatMap((o) => [o, ...outcomes.filter((c) => c.block.follows === o.block.id)]);

  return (
    <>
      <form className="card" onSubmit={submit} aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan the week</h2>
        <p className="lead">What will you do with the hours you get back this week?</p>
        {!plan && suggestion && <p className="muted">{suggestion.source}</p>}
        {reclaimedHours > 0 && (
          <p className="muted">So far AI has given you back {roundTo(reclaimedHours, 1)} h this week.</p>
        )}
        <div className="plan-grid">
          {activitiesOfKind('instructional').map((a) => (
            <div key={a.id}>
              <label htmlFor={`plan-${a.id}`}>{a.label} (minutes)</label>
              <input
                id={`plan-${a.id}`}
                type="number"
                min="0"
                step="15"
                value={minutes[a.id] ?? ''}
                onChange={(e) => setMinutes({ ...minutes, [a.id]: e.target.value })}
              />
            </div>
          ))}
        </div>
        <label htmlFor="plan-note">Note</label>
        <textarea
          id="plan-note"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="e.g. feedback conversations with the two new teachers"
        />
        <p>
          <button type="submit" className="primary">
            Save plan
          </button>
        </p>
        <FormStatus status={status} />
      </form>
      {offers && (offers.owed.names.length > 0 || offers.unseen.names.length > 0) && (
        <section className="card" aria-labelledby="offers-heading" data-testid="plan-offers">
          <h2 id="offers-heading">From your daily reconcile</h2>
          {offers.owed.names.length > 0 && (
            <p>
              Feedback is owed to{' '}
              {offers.owed.names.length === 1 ? '1 teacher' : `${offers.owed.names.length} teachers`} (
              {offers.owed.names.join(', ')}).{' '}
              <button type="button" disabled={busy} onClick={() => void addMinutes('feedback', offers.owed.minutes)}>
                Book {formatMinutes(offers.owed.minutes)} of feedback conversations
              </button>
            </p>
          )}
          {offers.unseen.names.length > 0 && (
            <p>
              Not seen within your coverage target:{' '}
              {offers.unseen.names.length === 1 ? '1 teacher' : `${offers.unseen.names.length} teachers`} (
              {offers.unseen.names.slice(0, 6).join(', ')}
              {offers.unseen.names.length > 6 ? ` and ${offers.unseen.names.length - 6} more` : ''}).{' '}
              <button
                type="button"
                disabled={busy}
                onClick={() => void addMinutes('walkthrough', offers.unseen.minutes)}
              >
                Book {offers.unseen.blocks === 1 ? '1 walkthrough' : `${offers.unseen.blocks} walkthroughs`} (
                {formatMinutes(offers.unseen.minutes)})
              </button>
            </p>
          )}
          <p className="muted">Find time places them under your school day's rules and names whom each block is for.</p>
        </section>
      )}
      <section className="card" aria-labelledby="protect-heading">
        <h2 id="protect-heading">Protect the time</h2>
        {findTimeOff ? (
          <p className="muted">Hours that are not on the calendar get absorbed: put your blocks on your calendar.</p>
        ) : (
          <>
            <p className="muted">
              Hours that are not on the calendar get absorbed. Find time proposes blocks in your free school-day time;
              add them with your calendar's own form.
            </p>
            <p>
              <button type="button" className="primary" disabled={busy} onClick={() => void findTime()}>
                Find time
              </button>
            </p>
          </>
        )}
        <p role="status" className={findStatus?.ok === false ? 'notice' : undefined} data-testid="find-time-status">
          {findStatus?.text}
        </p>
        {missingFeedback > 0 && (
          <p>
            <button type="button" disabled={busy} onClick={() => void addFeedback()}>
              Add {formatMinutes(missingFeedback)} of feedback conversations
            </button>
          </p>
        )}
        {outcomes.length > 0 && (
          <ul className="blocks" aria-label="Protected blocks">
            {ordered.map((o) => (
              <li
                key={o.block.id}
                data-testid="protected-block"
                data-state={o.state}
                className={o.block.follows ? 'follows' : undefined}
              >
                {o.block.follows && <span className="muted">then </span>}
                <span className="block-when">
                  {formatDay(o.block.start)}, {formatTime(o.block.start)}–{formatTime(o.block.end)}
                </span>{' '}
                · {activityLabel(o.block.activity)} ({formatMinutes((o.block.end - o.block.start) / 60_000)})
                <br />
                <span className="block-state" data-state={o.state}>
                  {STATE_TEXT[o.state]}
                </span>
                {o.block.why && o.state === 'not-scheduled' && <span className="muted block-why">{o.block.why}</span>}
                {o.state === 'not-scheduled' && (
                  <span className="block-actions">
                    {hosts.map((host) => {
                      const link = addToCalendarLink(host, o.block, outlookHostname);
                      return (
                        <a
                          key={host}
                          href={link.href}
                          target="_blank"
                          rel="noopener noreferrer"
                          aria-label={`${link.label}: ${protectedTitle(o.block.activity)}, ${formatDay(o.block.start)}`}
                        >
                          {link.label}
                        </a>
                      );
                    })}
                    <button type="button" onClick={() => void drop(o)}>
                      {o.block.follows || outcomes.some((c) => c.block.follows === o.block.id)
                        ? 'Drop the pair'
                        : 'Drop'}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {proposed.length > 0 && (
          <p>
            <button type="button" onClick={actions.downloadIcs}>
              Download all as .ics
            </button>{' '}
            <span className="muted">for any other calendar</span>
          </p>
        )}
      </section>
    </>
  );
}
