import type { Answer, FollowUp, Outcome } from '../events/answer';
import { isConversation, isVisit } from './day';

/**
 * The questions about one block, in the order the reconcile asks them (research/daily-reconcile.md, "Design
 * implications" 3–5): what happened; for a part, how much; what took the rest and who could take it next time; for
 * a visit or conversation that happened, with which teachers; for a block that did not happen, what to do about it.
 * Pure: the answer so far in, the next question out — the panel only shows it.
 */
export type Step = 'outcome' | 'minutes' | 'reason' | 'next-time' | 'teachers' | 'follow-up' | 'question' | 'done';

export const OUTCOME_CHOICES: readonly { outcome: Outcome; label: string; key: string }[] = [
  { outcome: 'happened', label: 'Happened', key: 'h' },
  { outcome: 'partly', label: 'Partly', key: 'p' },
  { outcome: 'moved', label: 'Moved', key: 'm' },
  { outcome: 'not-happened', label: "Didn't happen", key: 'd' },
];
/** Offered only to the person who keeps the leader's calendar. */
export const ASK_CHOICE = { outcome: 'ask-principal' as const, label: 'Ask', key: 'a' };

export const FOLLOW_UP_CHOICES: readonly { followUp: FollowUp; label: string }[] = [
  { followUp: 'reschedule', label: 'Reschedule' },
  { followUp: 'hand-off', label: 'Hand to' },
  { followUp: 'drop', label: 'Drop' },
];

/** The steps a block's answer goes through, given its outcome and activity. */
export function stepsFor(outcome: Outcome, activity: string): Step[] {
  const teachers = isVisit(activity) || isConversation(activity) ? (['teachers'] as const) : [];
  switch (outcome) {
    case 'happened':
      return ['outcome', ...teachers, 'done'];
    case 'partly':
      return ['outcome', 'minutes', 'reason', 'next-time', ...teachers, 'done'];
    case 'moved':
      return ['outcome', 'follow-up', 'done'];
    case 'not-happened':
      return ['outcome', 'reason', 'next-time', 'follow-up', 'done'];
    case 'ask-principal':
      return ['outcome', 'question', 'done'];
  }
}

/** The step after `step` for this answer (steps a person skipped are passed, not asked again in this pass). */
export function nextStep(answer: Pick<Answer, 'outcome'> | undefined, activity: string, step: Step): Step {
  if (!answer) return 'outcome';
  const steps = stepsFor(answer.outcome, activity);
  const at = steps.indexOf(step);
  return steps[at + 1] ?? 'done';
}

/** "Hand to Ms. Rivera" needs someone to hand to: the keeper the leader named, for the leader; else not offered. */
export function followUpsFor(keeper: string | null): { followUp: FollowUp; label: string }[] {
  return FOLLOW_UP_CHOICES.filter((c) => c.followUp !== 'hand-off' || keeper).map((c) =>
    c.followUp === 'hand-off' ? { ...c, label: `Hand to ${keeper}` } : c,
  );
}

/** One line about an answer, for a block already reconciled ("Didn't happen — Student behaviour or discipline"). */
export function answerLine(answer: Answer, reasonLabel: (id: string) => string, minutes: number): string {
  const outcome = [...OUTCOME_CHOICES, ASK_CHOICE].find((c) => c.outcome === answer.outcome)!.label;
  const parts: string[] = [answer.outcome === 'ask-principal' ? 'Asked' : outcome];
  if (answer.outcome === 'partly') parts[0] = `Partly: ${answer.minutesHappened} of ${minutes} min`;
  if (answer.reason)
    parts.push(answer.reason === 'other' && answer.reasonNote ? answer.reasonNote : reasonLabel(answer.reason));
  if (answer.nextTime?.who === 'responder') parts.push(`next time ${answer.nextTime.name}`);
  if (answer.nextTime?.who === 'unassigned') parts.push('no one is assigned yet');
  if (answer.nextTime?.who === 'me') parts.push('it needed you');
  if (answer.teachers?.length) parts.push(answer.teachers.map((t) => t.name).join(', '));
  if (answer.followUp === 'reschedule') parts.push('rescheduled');
  if (answer.followUp === 'hand-off') parts.push('handed off');
  if (answer.followUp === 'drop') parts.push('dropped');
  return parts.join(' — ');
}
