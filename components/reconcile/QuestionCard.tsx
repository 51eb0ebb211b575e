import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { activityLabel } from '../../lib/domain/events/activities';
import type { Answer, NextTime, Outcome, TeacherRef } from '../../lib/domain/events/answer';
import type { CalendarEvent } from '../../lib/domain/events/event';
import { blockMinutes, defaultMinutesHappened } from '../../lib/domain/reconcile/day';
import {
  ASK_CHOICE,
  answerLine,
  followUpsFor,
  nextStep,
  OUTCOME_CHOICES,
  type Step,
} from '../../lib/domain/reconcile/questions';
import { type Reason, respondersFor, type FirstResponder } from '../../lib/domain/reconcile/reasons';
import type { StaffMember } from '../../lib/domain/reconcile/staff';
import { formatTime } from '../../lib/domain/time/format';
import type { AnswerDraft } from '../../lib/store/reconcile-repo';
import { TeacherPicker } from './TeacherPicker';

export interface Rescheduled {
  text: string;
  link: string | null;
  start: number | null;
}

export interface QuestionActions {
  answer(eventId: string, draft: AnswerDraft): Promise<unknown>;
  clear(eventId: string): Promise<unknown>;
  addTeacher(name: string): Promise<TeacherRef>;
  /** Find time's next slot for a block that did not happen, with the calendar's link. */
  reschedule(eventId: string): Promise<Rescheduled>;
}

interface Props {
  event: CalendarEvent;
  activity: string;
  answer: Answer | undefined;
  /** Still a question for this person: not answered, or (for the leader) a question their assistant left. */
  open: boolean;
  /** The step this card is on while a person works through it; null when it is not being answered now. */
  step: Step | null;
  onStep: (step: Step | null) => void;
  /** Moves on to the next block (or the rest) once this one is done. */
  onDone: () => void;
  reasons: readonly Reason[];
  responders: readonly FirstResponder[];
  keeper: string | null;
  /** For the person who keeps the leader's calendar: "Ask <leader>". */
  askName: string | null;
  staff: readonly StaffMember[];
  suggested: readonly StaffMember[];
  actions: QuestionActions;
  onMessage: (text: string, ok: boolean) => void;
}

/** A digit picks the nth choice of a step; Enter takes the default; Escape skips the step. */
function choiceKeys(e: KeyboardEvent, choose: (index: number) => void, skip?: () => void): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  if (/^[1-9]$/.test(e.key)) {
    choose(Number(e.key) - 1);
    return true;
  }
  if (e.key === 'Escape' && skip) {
    skip();
    return true;
  }
  return false;
}

/**
 * One protected block of the day: "Happened / Partly / Moved / Didn't happen", then the few questions its answer
 * leads to, each a row of one-tap choices with a key each (shown on the button). Every step is saved as it is
 * answered, so closing the panel half-way loses nothing that was said.
 */
export function QuestionCard(props: Props) {
  const { event, activity, answer, step, onStep, reasons, actions, onMessage } = props;
  const minutes = blockMinutes(event);
  const label = `${event.title || activityLabel(activity)}, ${formatTime(event.start)}–${formatTime(event.end)}`;
  const firstControl = useRef<HTMLDivElement>(null);
  const [minutesHappened, setMinutesHappened] = useState(defaultMinutesHappened(minutes));
  const [minutesLost, setMinutesLost] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [rescheduled, setRescheduled] = useState<Rescheduled | null>(null);
  // What this person said so far in this pass: the stored answer arrives a moment later (a live query).
  const [said, setSaid] = useState<AnswerDraft | null>(null);

  // Focus follows the questions: each new step's first choice takes it, so the keyboard never has to look for it.
  useEffect(() => {
    if (step === null) return;
    const target = firstControl.current?.querySelector<HTMLElement>('[data-first], button, input, select');
    target?.focus();
  }, [step]);

  const save = async (draft: AnswerDraft, from: Step) => {
    try {
      await actions.answer(event.id, draft);
      setSaid(draft);
      const next = nextStep(draft, activity, from);
      if (next === 'done') {
        onStep(null);
        props.onDone();
      } else onStep(next);
    } catch (error) {
      onMessage(error instanceof Error ? error.message : String(error), false);
    }
  };
  const base = (): AnswerDraft => {
    if (said) return { ...said };
    if (!answer) throw new Error('Answer what happened first.');
    const { by: _by, answeredAt: _at, ...draft } = answer;
    return draft;
  };
  const current = said ?? answer;
  const skip = (from: Step) => {
    const next = nextStep(current ?? undefined, activity, from);
    if (next === 'done') {
      onStep(null);
      props.onDone();
    } else onStep(next);
  };

  const chooseOutcome = (outcome: Outcome) => {
    const draft: AnswerDraft = { outcome };
    if (outcome === 'partly') draft.minutesHappened = minutesHappened;
    void save(draft, 'outcome');
  };
  const outcomeChoices = props.askName
    ? [...OUTCOME_CHOICES, { ...ASK_CHOICE, label: `Ask ${props.askName}` }]
    : OUTCOME_CHOICES;
  const onOutcomeKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const choice = outcomeChoices.find((c) => c.key === e.key.toLowerCase());
    if (!choice) return;
    e.preventDefault();
    chooseOutcome(choice.outcome);
  };

  const lostDefault = minutes - (current?.outcome === 'partly' ? (current.minutesHappened ?? 0) : 0);
  const responders = respondersFor(current?.reason, props.responders);
  const nextTimes: { next: NextTime; label: string }[] = [
    ...responders.map((name, i) => ({
      next: { who: 'responder' as const, name },
      label: i === 0 ? `${name} (First Responder)` : name,
    })),
    { next: { who: 'unassigned' }, label: 'No one is assigned yet' },
    { next: { who: 'me' }, label: 'It needed me' },
  ];
  const followUps = followUpsFor(props.keeper);

  const chooseFollowUp = async (i: number) => {
    const choice = followUps[i];
    if (!choice) return;
    const draft: AnswerDraft = { ...base(), followUp: choice.followUp };
    delete draft.rescheduledTo;
    if (choice.followUp === 'reschedule') {
      try {
        const slot = await actions.reschedule(event.id);
        setRescheduled(slot);
        if (slot.start !== null) draft.rescheduledTo = slot.start;
      } catch (error) {
        onMessage(error instanceof Error ? error.message : String(error), false);
      }
    }
    await save(draft, 'follow-up');
  };

  const heading = (
    <p className="question-title">
      <strong>{label}</strong> <span className="muted">· {activityLabel(activity)}</span>
    </p>
  );

  if (step === null) {
    if (answer && !props.open)
      return (
        <div className="question answered" data-testid="question">
          {heading}
          <p className="answer-line" data-testid="answer-line">
            {answerLine(answer, (id) => reasons.find((r) => r.id === id)?.label ?? id, minutes)}
            {answer.by !== 'you' && <span className="muted"> (by {answer.by})</span>}
            {answer.question && <span className="muted"> — “{answer.question}”</span>}
          </p>
          {rescheduled && <RescheduleLine slot={rescheduled} />}
          <button
            type="button"
            onClick={() =>
              void actions.clear(event.id).then(() => {
                setSaid(null);
                onStep('outcome');
              })
            }
          >
            Change<span className="sr-only"> the answer for {label}</span>
          </button>
        </div>
      );
  }

  return (
    <div className="question" data-testid="question" aria-label={label} role="group">
      {heading}
      {answer?.outcome === 'ask-principal' && props.open && (
        <p className="notice asked" data-testid="asked">
          {answer.by} asks{answer.question ? `: “${answer.question}”` : ' what happened'}
        </p>
      )}
      <div ref={firstControl}>
        {(step === null || step === 'outcome') && (
          <div role="group" aria-label={`What happened: ${label}`} className="choices" onKeyDown={onOutcomeKey}>
            {outcomeChoices.map((c, i) => (
              <button
                key={c.outcome}
                type="button"
                data-first={i === 0 || undefined}
                aria-keyshortcuts={c.key}
                onClick={() => chooseOutcome(c.outcome)}
              >
                <span className="key" aria-hidden="true">
                  {c.key.toUpperCase()}
                </span>{' '}
                {c.label}
              </button>
            ))}
          </div>
        )}
        {step === 'minutes' && current?.outcome === 'partly' && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save({ ...base(), minutesHappened }, 'minutes');
            }}
          >
            <label htmlFor={`happened-${event.id}`}>How many of its {minutes} minutes happened?</label>
            <input
              id={`happened-${event.id}`}
              data-first
              type="number"
              min={1}
              max={minutes - 1}
              value={minutesHappened}
              onChange={(e) => setMinutesHappened(Number(e.target.value))}
            />{' '}
            <button type="submit">Next</button>
          </form>
        )}
        {step === 'reason' && (
          <div
            role="group"
            aria-label="What took it?"
            onKeyDown={(e) => {
              if (
                choiceKeys(
                  e,
                  (i) => reasons[i] && chooseReason(reasons[i]!.id),
                  () => skip('reason'),
                )
              )
                e.preventDefault();
            }}
          >
            <p className="step-question">What took it?</p>
            <label htmlFor={`lost-${event.id}`} className="inline">
              Minutes lost
            </label>{' '}
            <input
              id={`lost-${event.id}`}
              type="number"
              className="minutes"
              min={1}
              max={lostDefault}
              value={minutesLost ?? lostDefault}
              onChange={(e) => setMinutesLost(Number(e.target.value))}
            />
            <div className="choices">
              {reasons.map((r, i) => (
                <button
                  key={r.id}
                  type="button"
                  data-first={i === 0 || undefined}
                  aria-keyshortcuts={String(i + 1)}
                  onClick={() => chooseReason(r.id)}
                >
                  <span className="key" aria-hidden="true">
                    {i + 1}
                  </span>{' '}
                  {r.label}
                </button>
              ))}
            </div>
            <label htmlFor={`note-${event.id}`}>Other, in a few words</label>
            <input
              id={`note-${event.id}`}
              maxLength={60}
              value={note}
              aria-describedby={`note-help-${event.id}`}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter' && note.trim()) chooseReason('other');
              }}
            />
            <span id={`note-help-${event.id}`} className="muted">
              Do not write students' names.
            </span>
          </div>
        )}
        {step === 'next-time' && (
          <div
            role="group"
            aria-label="Who could take this next time?"
            className="choices"
            onKeyDown={(e) => {
              if (
                choiceKeys(
                  e,
                  (i) => nextTimes[i] && void save({ ...base(), nextTime: nextTimes[i]!.next }, 'next-time'),
                  () => skip('next-time'),
                )
              )
                e.preventDefault();
            }}
          >
            <p className="step-question">Who could take this next time?</p>
            {nextTimes.map((c, i) => (
              <button
                key={c.label}
                type="button"
                data-first={i === 0 || undefined}
                aria-keyshortcuts={String(i + 1)}
                onClick={() => void save({ ...base(), nextTime: c.next }, 'next-time')}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {c.label}
              </button>
            ))}
          </div>
        )}
        {step === 'teachers' && (
          <TeacherPicker
            label={isVisitLabel(activity)}
            staff={props.staff}
            suggested={props.suggested}
            initial={current?.teachers ?? []}
            addTeacher={actions.addTeacher}
            onDone={(teachers) => void save({ ...base(), ...(teachers.length ? { teachers } : {}) }, 'teachers')}
          />
        )}
        {step === 'follow-up' && (
          <div
            role="group"
            aria-label="What now?"
            className="choices"
            onKeyDown={(e) => {
              if (
                choiceKeys(
                  e,
                  (i) => void chooseFollowUp(i),
                  () => skip('follow-up'),
                )
              )
                e.preventDefault();
            }}
          >
            <p className="step-question">What now?</p>
            {followUps.map((c, i) => (
              <button
                key={c.followUp}
                type="button"
                data-first={i === 0 || undefined}
                aria-keyshortcuts={String(i + 1)}
                onClick={() => void chooseFollowUp(i)}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {c.label}
              </button>
            ))}
          </div>
        )}
        {step === 'question' && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save({ ...base(), ...(note.trim() ? { question: note.trim() } : {}) }, 'question');
            }}
          >
            <label htmlFor={`ask-${event.id}`}>Your question (optional)</label>
            <input
              id={`ask-${event.id}`}
              data-first
              maxLength={200}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />{' '}
            <button type="submit">Leave the question</button>
          </form>
        )}
        {step !== null && step !== 'outcome' && (
          <p className="muted step-help">
            Keys: the number on a choice; Esc skips this question.
            <button type="button" className="link" onClick={() => skip(step)}>
              Skip
            </button>
          </p>
        )}
      </div>
    </div>
  );

  function chooseReason(reason: string) {
    const draft: AnswerDraft = { ...base(), reason };
    if (reason === 'other' && note.trim()) draft.reasonNote = note.trim();
    else delete draft.reasonNote;
    const lost = minutesLost ?? lostDefault;
    if (lost !== lostDefault) draft.minutesLost = lost;
    else delete draft.minutesLost;
    void save(draft, 'reason');
  }
}

const isVisitLabel = (activity: string) =>
  activity === 'walkthrough' || activity === 'observation' ? 'Which teachers did you see?' : 'With which teachers?';

function RescheduleLine({ slot }: { slot: Rescheduled }) {
  return (
    <p className="muted" data-testid="reschedule">
      {slot.text}{' '}
      {slot.link && (
        <a href={slot.link} target="_blank" rel="noreferrer">
          Add it to your calendar
        </a>
      )}
    </p>
  );
}
