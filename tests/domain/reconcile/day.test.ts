import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../lib/domain/events/answer';
import {
  answerProblem,
  dayItems,
  dayState,
  dayToOpen,
  defaultMinutesHappened,
  isProtected,
  recentSchoolDays,
  schoolDayEvents,
  settled,
} from '../../../lib/domain/reconcile/day';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const HOURS = { start: '08:00', end: '15:30' };
const answer = (over: Partial<Answer>): Answer => ({ outcome: 'happened', by: 'you', answeredAt: 1, ...over });

describe('which blocks the reconcile asks about one by one', () => {
  test('visits, conversations and every block Find time planned; not a PLC, operational work or an untagged event', () => {
    expect(isProtected(makeTag('a', 'walkthrough'))).toBe(true);
    expect(isProtected(makeTag('a', 'observation'))).toBe(true);
    expect(isProtected(makeTag('a', 'coaching'))).toBe(true);
    expect(isProtected(makeTag('a', 'feedback'))).toBe(true);
    expect(isProtected(makeTag('a', 'plc'))).toBe(false);
    expect(isProtected(makeTag('a', 'plc', { blockId: 'plc-20261201T140000Z' }))).toBe(true);
    expect(isProtected(makeTag('a', 'discipline'))).toBe(false);
    expect(isProtected(undefined)).toBe(false);
  });

  test("a day's events: protected blocks in time order, the rest, untagged ones, and blocks not over yet", () => {
    const walk = makeEvent({ title: 'Walkthrough', start: at('2026-12-01', '09:00'), end: at('2026-12-01', '09:30') });
    const coach = makeEvent({ title: 'Coaching', start: at('2026-12-01', '10:00'), end: at('2026-12-01', '10:45') });
    const bus = makeEvent({ title: 'Bus duty', start: at('2026-12-01', '07:15'), end: at('2026-12-01', '07:45') });
    const mystery = makeEvent({ title: 'Mystery', start: at('2026-12-01', '11:00'), end: at('2026-12-01', '11:30') });
    const later = makeEvent({ title: 'Feedback', start: at('2026-12-01', '15:00'), end: at('2026-12-01', '15:30') });
    const declined = makeEvent({
      start: at('2026-12-01', '12:00'),
      end: at('2026-12-01', '13:00'),
      response: 'declined',
    });
    const otherDay = makeEvent({ start: at('2026-12-02', '09:00'), end: at('2026-12-02', '10:00') });
    const tags = tagMap([
      makeTag(coach.id, 'coaching'),
      makeTag(walk.id, 'walkthrough', { status: 'happened', answer: answer({}) }),
      makeTag(bus.id, 'supervision'),
      makeTag(later.id, 'feedback'),
      makeTag(declined.id, 'walkthrough'),
      makeTag(otherDay.id, 'walkthrough'),
    ]);
    const items = dayItems(
      [coach, walk, bus, mystery, later, declined, otherDay],
      tags,
      '2026-12-01',
      at('2026-12-01', '14:00'),
    );
    expect(items.questions.map((q) => q.event.id)).toEqual([walk.id, coach.id]);
    expect(items.questions[0]!.answer?.outcome).toBe('happened');
    expect(items.rest.map((r) => r.event.id)).toEqual([bus.id]);
    expect(items.untagged).toEqual([mystery]);
    expect(items.later).toBe(1);
  });
});

describe('a day is reconciled only when someone said so', () => {
  const walk = makeEvent({ start: at('2026-12-01', '09:00'), end: at('2026-12-01', '09:30') });
  const bus = makeEvent({ start: at('2026-12-01', '07:15'), end: at('2026-12-01', '07:45') });
  const now = at('2026-12-01', '16:00');
  const record = (confirmed: string[]) => ({ id: 'mine:2026-12-01', date: '2026-12-01', confirmed, at: 1, by: 'you' });

  test('silence is never "happened": an unanswered block or unconfirmed rest leaves the day open', () => {
    const unanswered = dayItems(
      [walk, bus],
      tagMap([makeTag(walk.id, 'walkthrough'), makeTag(bus.id, 'supervision')]),
      '2026-12-01',
      now,
    );
    expect(dayState(unanswered, record([bus.id]), 'leader')).toBe('open');
    const answered = dayItems(
      [walk, bus],
      tagMap([
        makeTag(walk.id, 'walkthrough', { status: 'happened', answer: answer({}) }),
        makeTag(bus.id, 'supervision'),
      ]),
      '2026-12-01',
      now,
    );
    expect(dayState(answered, undefined, 'leader')).toBe('open');
    expect(dayState(answered, record([bus.id]), 'leader')).toBe('reconciled');
    // An event added to the day since (a new read) opens it again.
    const extra = makeEvent({ start: at('2026-12-01', '13:00'), end: at('2026-12-01', '13:30') });
    const withExtra = dayItems(
      [walk, bus, extra],
      tagMap([
        makeTag(walk.id, 'walkthrough', { status: 'happened', answer: answer({}) }),
        makeTag(bus.id, 'supervision'),
        makeTag(extra.id, 'budget'),
      ]),
      '2026-12-01',
      now,
    );
    expect(dayState(withExtra, record([bus.id]), 'leader')).toBe('open');
    expect(dayState(dayItems([], new Map(), '2026-12-01', now), undefined, 'leader')).toBe('no-events');
  });

  test('an untagged event keeps the day open: it goes to the tagging list, never counted as happened', () => {
    const items = dayItems([bus], new Map(), '2026-12-01', now);
    expect(dayState(items, record([]), 'leader')).toBe('open');
  });

  test('a question left for the principal is settled for the assistant who asked it, open for the principal', () => {
    const asked = answer({ outcome: 'ask-principal', by: 'Ms. Rivera' });
    expect(settled(asked, 'keeper')).toBe(true);
    expect(settled(asked, 'leader')).toBe(false);
    expect(settled(answer({}), 'leader')).toBe(true);
    expect(settled(undefined, 'keeper')).toBe(false);
  });
});

describe('the recent school days', () => {
  // Monday 30 November to Wednesday 2 December 2026, with Thanksgiving week before it.
  const withEvents = new Set(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-30', '2026-12-01', '2026-12-02']);
  const has = (d: string) => withEvents.has(d);

  test('weekends and weekdays with no school-day events (Thanksgiving) are skipped; the oldest comes first', () => {
    expect(recentSchoolDays(at('2026-12-02', '16:00'), HOURS, has)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  test('today counts once its school day is over', () => {
    expect(recentSchoolDays(at('2026-12-02', '15:29'), HOURS, has).at(-1)).toBe('2026-12-01');
    expect(recentSchoolDays(at('2026-12-02', '15:30'), HOURS, has).at(-1)).toBe('2026-12-02');
  });

  test('the view opens on the oldest open day, else the newest', () => {
    expect(
      dayToOpen([
        { date: 'a', state: 'reconciled' },
        { date: 'b', state: 'open' },
        { date: 'c', state: 'open' },
      ]),
    ).toBe('b');
    expect(
      dayToOpen([
        { date: 'a', state: 'reconciled' },
        { date: 'c', state: 'no-events' },
      ]),
    ).toBe('c');
    expect(dayToOpen([])).toBeNull();
  });

  test('a school day is one with a counted, timed event in its hours (not only an evening game or an all-day note)', () => {
    const evening = makeEvent({ start: at('2026-12-01', '19:00'), end: at('2026-12-01', '21:00') });
    const allDay = makeEvent({ start: at('2026-12-01'), end: at('2026-12-02'), allDay: true });
    const cancelled = makeEvent({ start: at('2026-12-01', '09:00'), end: at('2026-12-01', '10:00'), cancelled: true });
    expect(schoolDayEvents([evening, allDay, cancelled], '2026-12-01', HOURS)).toEqual([]);
    const edge = makeEvent({ start: at('2026-12-01', '07:30'), end: at('2026-12-01', '08:01') });
    expect(schoolDayEvents([edge], '2026-12-01', HOURS)).toEqual([edge]);
    const before = makeEvent({ start: at('2026-12-01', '07:30'), end: at('2026-12-01', '08:00') });
    expect(schoolDayEvents([before], '2026-12-01', HOURS)).toEqual([]);
  });
});

describe('what an answer may say about a block', () => {
  test('partly is a part: 1 to one minute short of the block, never more', () => {
    expect(answerProblem({ outcome: 'partly', minutesHappened: 0 }, 45)).toMatch(/1 to 44/);
    expect(answerProblem({ outcome: 'partly', minutesHappened: 45 }, 45)).toMatch(/1 to 44/);
    expect(answerProblem({ outcome: 'partly' }, 45)).toMatch(/1 to 44/);
    expect(answerProblem({ outcome: 'partly', minutesHappened: 1 }, 45)).toBeNull();
    expect(answerProblem({ outcome: 'partly', minutesHappened: 44 }, 45)).toBeNull();
  });

  test('minutes lost are within the part that did not happen', () => {
    expect(answerProblem({ outcome: 'partly', minutesHappened: 20, minutesLost: 26 }, 45)).toMatch(/1 to 25/);
    expect(answerProblem({ outcome: 'partly', minutesHappened: 20, minutesLost: 25 }, 45)).toBeNull();
    expect(answerProblem({ outcome: 'not-happened', minutesLost: 45 }, 45)).toBeNull();
    expect(answerProblem({ outcome: 'not-happened', minutesLost: 0 }, 45)).toMatch(/1 to 45/);
  });

  test('teachers only for a block that happened', () => {
    expect(answerProblem({ outcome: 'not-happened', teachers: [{}] }, 30)).toMatch(/happened/);
    expect(answerProblem({ outcome: 'happened', teachers: [{}] }, 30)).toBeNull();
  });

  test('partly defaults to half, to five minutes', () => {
    expect(defaultMinutesHappened(45)).toBe(25);
    expect(defaultMinutesHappened(30)).toBe(15);
    expect(defaultMinutesHappened(20)).toBe(10);
  });
});
