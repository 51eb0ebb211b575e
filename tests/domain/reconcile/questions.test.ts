import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../lib/domain/events/answer';
import { answerLine, followUpsFor, nextStep, stepsFor } from '../../../lib/domain/reconcile/questions';
import {
  DEFAULT_REASONS,
  displacingActivity,
  FirstRespondersSchema,
  ReasonListSchema,
  reasonIdFor,
  reasonLabel,
  reportedReason,
  respondersFor,
} from '../../../lib/domain/reconcile/reasons';

describe('the questions about one block, in order', () => {
  test('a visit that happened asks for its teachers; a planned PLC that happened asks nothing more', () => {
    expect(stepsFor('happened', 'walkthrough')).toEqual(['outcome', 'teachers', 'done']);
    expect(stepsFor('happened', 'feedback')).toEqual(['outcome', 'teachers', 'done']);
    expect(stepsFor('happened', 'plc')).toEqual(['outcome', 'done']);
  });
  test('partly: how much, what took the rest, who next time, then teachers', () => {
    expect(stepsFor('partly', 'observation')).toEqual([
      'outcome',
      'minutes',
      'reason',
      'next-time',
      'teachers',
      'done',
    ]);
  });
  test("didn't happen: what took it, who next time, then what now; moved: only what now", () => {
    expect(stepsFor('not-happened', 'coaching')).toEqual(['outcome', 'reason', 'next-time', 'follow-up', 'done']);
    expect(stepsFor('moved', 'coaching')).toEqual(['outcome', 'follow-up', 'done']);
    expect(stepsFor('ask-principal', 'coaching')).toEqual(['outcome', 'question', 'done']);
  });
  test('the next step follows the answer; with no answer it is always the outcome', () => {
    expect(nextStep(undefined, 'walkthrough', 'reason')).toBe('outcome');
    expect(nextStep({ outcome: 'not-happened' }, 'coaching', 'reason')).toBe('next-time');
    expect(nextStep({ outcome: 'not-happened' }, 'coaching', 'follow-up')).toBe('done');
    expect(nextStep({ outcome: 'happened' }, 'plc', 'outcome')).toBe('done');
  });
  test('"Hand to …" only when someone keeps the calendar', () => {
    expect(followUpsFor(null).map((f) => f.label)).toEqual(['Reschedule', 'Drop']);
    expect(followUpsFor('Ms. Rivera').map((f) => f.label)).toEqual(['Reschedule', 'Hand to Ms. Rivera', 'Drop']);
  });
  test('one line about an answer', () => {
    const label = (id: string) => reasonLabel(id, DEFAULT_REASONS);
    const a = (over: Partial<Answer>): Answer => ({ outcome: 'happened', by: 'you', answeredAt: 1, ...over });
    expect(
      answerLine(
        a({
          outcome: 'not-happened',
          reason: 'discipline',
          nextTime: { who: 'responder', name: 'Ms. Rivera' },
          followUp: 'drop',
        }),
        label,
        45,
      ),
    ).toBe("Didn't happen — Student behaviour or discipline — next time Ms. Rivera — dropped");
    expect(
      answerLine(a({ outcome: 'partly', minutesHappened: 20, reason: 'other', reasonNote: 'fire alarm' }), label, 45),
    ).toBe('Partly: 20 of 45 min — fire alarm');
    expect(answerLine(a({ teachers: [{ key: 'm', name: 'Maria Patel' }] }), label, 30)).toBe('Happened — Maria Patel');
    expect(answerLine(a({ outcome: 'ask-principal' }), label, 30)).toBe('Asked');
  });
});

describe('reasons and First Responders', () => {
  test('the defaults come from the research; their ids are what the trend file reports, the rest is "other"', () => {
    expect(DEFAULT_REASONS.map((r) => r.id)).toEqual([
      'discipline',
      'walk-in',
      'district',
      'coverage',
      'safety',
      'meeting-ran-over',
      'paperwork',
      'other',
    ]);
    expect(reportedReason('discipline')).toBe('discipline');
    expect(reportedReason('custom-bus-problems')).toBe('other');
    expect(reportedReason(undefined)).toBe('other');
    expect(displacingActivity('discipline')).toBe('discipline');
    expect(displacingActivity('meeting-ran-over')).toBeUndefined();
  });
  test('a leader edits the list: each reason once, "Other" kept, a new reason gets an id of its own', () => {
    expect(ReasonListSchema.safeParse(DEFAULT_REASONS).success).toBe(true);
    expect(ReasonListSchema.safeParse(DEFAULT_REASONS.filter((r) => r.id !== 'other')).success).toBe(false);
    expect(ReasonListSchema.safeParse([...DEFAULT_REASONS, DEFAULT_REASONS[0]]).success).toBe(false);
    expect(reasonIdFor('Bus problems!', DEFAULT_REASONS)).toBe('custom-bus-problems');
    expect(reasonIdFor('Bus problems', [...DEFAULT_REASONS, { id: 'custom-bus-problems', label: 'x' }])).toBe(
      'custom-bus-problems-2',
    );
    expect(reasonLabel('custom-gone', DEFAULT_REASONS)).toBe('custom-gone');
  });
  test('First Responders: one list a reason, first responder first, at most three', () => {
    const list = [{ area: 'discipline', people: ['Ms. Rivera', 'Mr. Diaz'] }];
    expect(respondersFor('discipline', list)).toEqual(['Ms. Rivera', 'Mr. Diaz']);
    expect(respondersFor('walk-in', list)).toEqual([]);
    expect(respondersFor(undefined, list)).toEqual([]);
    expect(FirstRespondersSchema.safeParse([...list, ...list]).success).toBe(false);
    expect(FirstRespondersSchema.safeParse([{ area: 'discipline', people: ['a', 'b', 'c', 'd'] }]).success).toBe(false);
  });
});
