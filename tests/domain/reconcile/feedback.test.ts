import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../lib/domain/events/answer';
import { isWeekday } from '../../../lib/domain/reconcile/day';
import {
  closedInTime,
  feedbackWithinTwoDays,
  owedFeedback,
  schoolDayAfter,
} from '../../../lib/domain/reconcile/feedback';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const PATEL = { key: 'maria.patel@school.org', name: 'Maria Patel' };
const CHEN = { key: 'james chen', name: 'James Chen' };
const happened = (teachers = [PATEL], over: Partial<Answer> = {}): Answer => ({
  outcome: 'happened',
  teachers,
  by: 'you',
  answeredAt: 1,
  ...over,
});
// Wednesday 25 November 2026 is a school day; Thursday 26 and Friday 27 (Thanksgiving) had nothing in school hours.
const holidays = new Set(['2026-11-26', '2026-11-27']);
const isSchoolDay = (d: string) => isWeekday(d) && !holidays.has(d);

describe('school days are counted on the calendar', () => {
  test('weekends never count; a weekday the calendar showed with nothing in school hours does not either', () => {
    expect(schoolDayAfter('2026-11-20', 1, isSchoolDay)).toBe('2026-11-23'); // Friday → Monday
    expect(schoolDayAfter('2026-11-25', 1, isSchoolDay)).toBe('2026-11-30'); // Wednesday → over Thanksgiving
    expect(schoolDayAfter('2026-11-25', 2, isSchoolDay)).toBe('2026-12-01');
    expect(schoolDayAfter('2026-11-24', 2, isSchoolDay)).toBe('2026-11-30');
  });
});

describe('feedback owed after a visit', () => {
  const visit = makeEvent({
    title: 'Walkthrough: Ms. Patel',
    start: at('2026-11-25', '09:00'),
    end: at('2026-11-25', '09:30'),
  });
  const tags = (extra: ReturnType<typeof makeTag>[] = [], answer = happened()) =>
    tagMap([makeTag(visit.id, 'walkthrough', { status: 'happened', answer }), ...extra]);

  test('due the next school day, overdue after the second: the holiday week counts only its school days', () => {
    const state = (today: string) => owedFeedback([visit], tags(), today, isSchoolDay)[0]!;
    expect(state('2026-11-25')).toMatchObject({ dueDate: '2026-11-30', overdueAfter: '2026-12-01', state: 'owed' });
    expect(state('2026-11-27').state).toBe('owed');
    expect(state('2026-11-30').state).toBe('due');
    expect(state('2026-12-01').state).toBe('due');
    expect(state('2026-12-02').state).toBe('overdue');
  });

  test('one owed per teacher seen; a visit with no teacher named, or that did not happen, owes nothing', () => {
    expect(
      owedFeedback([visit], tags([], happened([PATEL, CHEN])), '2026-11-25', isSchoolDay).map((o) => o.teacher.name),
    ).toEqual(['James Chen', 'Maria Patel']);
    expect(owedFeedback([visit], tags([], happened([])), '2026-11-25', isSchoolDay)).toEqual([]);
    const missed: Answer = { outcome: 'not-happened', by: 'you', answeredAt: 1 };
    expect(owedFeedback([visit], tags([], missed), '2026-11-25', isSchoolDay)).toEqual([]);
    // "Did it happen?" answered without the reconcile's detail (no teachers): nothing owed to anyone named.
    expect(
      owedFeedback(
        [visit],
        tagMap([makeTag(visit.id, 'walkthrough', { status: 'happened' })]),
        '2026-11-25',
        isSchoolDay,
      ),
    ).toEqual([]);
  });

  test('closed by a feedback or coaching conversation with that teacher that happened after the visit', () => {
    const talk = (date: string, time: string, teachers = [PATEL], outcome: Answer['outcome'] = 'happened') => {
      const e = makeEvent({ start: at(date, time), end: at(date, time) + 20 * 60_000 });
      return {
        e,
        tag: makeTag(e.id, 'feedback', {
          status: outcome === 'happened' || outcome === 'partly' ? 'happened' : 'displaced',
          answer: {
            outcome,
            teachers: outcome === 'happened' ? teachers : undefined,
            by: 'you',
            answeredAt: 1,
          } as Answer,
        }),
      };
    };
    const before = talk('2026-11-25', '08:00');
    const other = talk('2026-11-30', '10:00', [CHEN]);
    const missed = talk('2026-11-30', '11:00', [PATEL], 'not-happened');
    const after = talk('2026-12-01', '15:00');
    const owed = owedFeedback(
      [visit, before.e, other.e, missed.e, after.e],
      tags([before.tag, other.tag, missed.tag, after.tag]),
      '2026-12-03',
      isSchoolDay,
    )[0]!;
    expect(owed.closed).toEqual({ at: after.e.start, how: 'conversation', eventId: after.e.id });
    expect(owed.state).toBe('closed');
    expect(closedInTime(owed)).toBe(true);
    const late = talk('2026-12-02', '09:00');
    const lateOwed = owedFeedback([visit, late.e], tags([late.tag]), '2026-12-03', isSchoolDay)[0]!;
    expect(lateOwed.state).toBe('closed');
    expect(closedInTime(lateOwed)).toBe(false);
  });

  test('closed by hand ("I gave it in the hallway"), which is not feedback within two days by a conversation', () => {
    const byHand = happened([PATEL], { feedbackClosed: [{ key: PATEL.key, at: at('2026-11-25', '12:00') }] });
    const owed = owedFeedback([visit], tags([], byHand), '2026-12-03', isSchoolDay)[0]!;
    expect(owed).toMatchObject({ state: 'closed', closed: { how: 'by-hand' } });
    expect(closedInTime(owed)).toBe(false);
  });

  test('"Feedback followed 2 of 9 visits": visits whose two days are over, or that were followed sooner', () => {
    const o = (state: string, inTime: boolean, overdueAfter = '2026-12-01') =>
      ({
        state,
        overdueAfter,
        closed: inTime
          ? { at: at('2026-11-30'), how: 'conversation' }
          : state === 'closed'
            ? { at: at('2026-12-05'), how: 'conversation' }
            : null,
      }) as never;
    const list = [o('closed', true), o('closed', false), o('overdue', false), o('owed', false, '2026-12-09')];
    expect(feedbackWithinTwoDays(list, '2026-12-03')).toEqual({ followed: 1, of: 3 });
  });
});
