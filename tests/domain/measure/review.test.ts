import { describe, expect, test } from 'vitest';
import { biggestAbsorber, displacedBlocks, visitReview } from '../../../lib/domain/measure/review';
import { SchoolDaySchema } from '../../../lib/domain/planning/school-day';
import { measureWeek, type WeekMeasure } from '../../../lib/domain/measure/summary';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const empty = measureWeek({ weekKey: '2026-11-16', events: [], tags: new Map(), reclaimed: [], now: 0 });
const week = (hoursByActivity: Record<string, number>, tracked = true): WeekMeasure => ({
  ...empty,
  tracked,
  hoursByActivity,
});

describe('the biggest absorber: the operational activity that grew most over the leader’s own earlier weeks', () => {
  test('against the mean of the tracked weeks before; the label is the activity’s own', () => {
    const absorber = biggestAbsorber(week({ discipline: 4, budget: 2 }), [
      week({ discipline: 1, budget: 1 }),
      week({ discipline: 3, budget: 1 }),
      week({ discipline: 9 }, false), // not tracked: not part of the comparison
    ]);
    expect(absorber).toEqual({ activity: 'discipline', label: 'Discipline', increaseHours: 2 });
  });
  test('nothing to compare with, nothing named', () => {
    expect(biggestAbsorber(week({ discipline: 4 }), [])).toBeNull();
    expect(biggestAbsorber(week({ discipline: 4 }), [week({ discipline: 0 }, false)])).toBeNull();
  });
  test('instructional and personal time never absorb; a quarter hour more is not growth', () => {
    expect(biggestAbsorber(week({ coaching: 5, personal: 5 }), [week({})])).toBeNull();
    expect(biggestAbsorber(week({ discipline: 1.25 }), [week({ discipline: 1 })])).toBeNull();
    expect(biggestAbsorber(week({ discipline: 1.5 }), [week({ discipline: 1 })])).toEqual({
      activity: 'discipline',
      label: 'Discipline',
      increaseHours: 0.5,
    });
  });
  test('the largest growth wins; of equal growth, the first in the activity list', () => {
    expect(biggestAbsorber(week({ budget: 3, discipline: 2 }), [week({})])?.activity).toBe('budget');
    expect(biggestAbsorber(week({ budget: 2, discipline: 2 }), [week({})])?.activity).toBe('discipline');
  });
});

test('displaced blocks: tagged displaced and still on the calendar, with what displaced them when it was said', () => {
  const a = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '09:30') });
  const b = makeEvent({ start: at('2026-11-17', '09:00'), end: at('2026-11-17', '09:30') });
  const removed = makeEvent({ start: at('2026-11-18', '09:00'), end: at('2026-11-18', '09:30'), removedAt: 5 });
  const happened = makeEvent({ start: at('2026-11-19', '09:00'), end: at('2026-11-19', '09:30') });
  const untagged = makeEvent({ start: at('2026-11-20', '09:00'), end: at('2026-11-20', '09:30') });
  const tags = tagMap([
    makeTag(a.id, 'walkthrough', { status: 'displaced', displacedBy: 'discipline' }),
    makeTag(b.id, 'coaching', { status: 'displaced' }),
    makeTag(removed.id, 'walkthrough', { status: 'displaced' }),
    makeTag(happened.id, 'walkthrough', { status: 'happened' }),
  ]);
  expect(displacedBlocks([a, b, removed, happened, untagged], tags)).toEqual([
    { event: a, displacedBy: 'discipline', reason: null },
    { event: b, displacedBy: null, reason: null },
  ]);
  // The daily reconcile's reason is what took it.
  const c = makeEvent({ start: at('2026-11-20', '10:00'), end: at('2026-11-20', '10:30') });
  const answered = tagMap([
    makeTag(c.id, 'coaching', {
      status: 'displaced',
      answer: { outcome: 'not-happened', reason: 'walk-in', by: 'you', answeredAt: 1 },
    }),
  ]);
  expect(displacedBlocks([c], answered)).toEqual([{ event: c, displacedBy: null, reason: 'walk-in' }]);
});

describe('the visits of a week and their loops, at the edges', () => {
  const SHAPE = SchoolDaySchema.parse({ start: '08:00', end: '15:30' });
  const range = { start: at('2026-11-30'), end: at('2026-12-07') };
  const NOW = at('2026-12-04', '16:00');
  const visit = (date: string, from: string, to: string, title = 'Walkthrough') =>
    makeEvent({ title, start: at(date, from), end: at(date, to) });
  const review = (events: ReturnType<typeof visit>[], activities: Record<string, string>, now = NOW) =>
    visitReview(
      events,
      tagMap(events.map((e) => makeTag(e.id, activities[e.title] ?? 'walkthrough'))),
      range,
      4,
      SHAPE,
      now,
    );

  test('a visit counts once it is over: at the moment it ends, not a minute before', () => {
    const v = visit('2026-12-04', '14:30', '15:00');
    expect(review([v], {}, at('2026-12-04', '15:00')).visits).toHaveLength(1);
    expect(review([v], {}, at('2026-12-04', '14:59')).visits).toHaveLength(0);
  });
  test('parts of the day count the four weeks up to the week’s end, and nothing outside them', () => {
    const inside = visit('2026-11-09', '09:00', '09:30'); // the first day of the four weeks
    const before = visit('2026-11-08', '09:00', '09:30');
    const after = visit('2026-12-07', '09:00', '09:30'); // the day after the week: the next week
    expect(review([inside, before, after], {}, at('2026-12-08', '12:00')).byPart['early-morning']).toBe(1);
    expect(review([before, after], {}, at('2026-12-08', '12:00')).byPart['early-morning']).toBe(0);
    // Visits outside any part of the day (before classes) are in no part.
    const early = visit('2026-12-01', '07:00', '07:20');
    expect(Object.values(review([early], {}).byPart)).toEqual([0, 0, 0, 0]);
  });
  test('the week’s visits, oldest first, from its first moment to before its end', () => {
    const last = visit('2026-12-04', '13:00', '13:30', 'Friday walk');
    const first = visit('2026-11-30', '00:00', '00:30', 'Monday walk');
    const earlier = visit('2026-11-27', '09:00', '09:30', 'Last week');
    expect(review([last, earlier, first], {}).visits.map((v) => v.title)).toEqual(['Monday walk', 'Friday walk']);
  });
  test('a loop closes with the first conversation after the visit, within seven days; not one at the same moment', () => {
    const v = visit('2026-11-30', '09:00', '09:30');
    const same = visit('2026-11-30', '09:00', '09:20', 'Feedback now');
    const week = makeEvent({
      title: 'Feedback a week on',
      start: v.start + 7 * 86_400_000,
      end: v.start + 7 * 86_400_000 + 1,
    });
    const later = visit('2026-12-02', '15:30', '15:50', 'Feedback');
    const sooner = visit('2026-12-01', '15:30', '15:50', 'Coaching');
    const activities = {
      'Feedback now': 'feedback',
      'Feedback a week on': 'feedback',
      Feedback: 'feedback',
      Coaching: 'coaching',
    };
    const withAll = visitReview(
      [v, same, later, sooner],
      tagMap([
        makeTag(v.id, 'walkthrough'),
        ...[same, later, sooner].map((e) => makeTag(e.id, activities[e.title as keyof typeof activities])),
      ]),
      range,
      4,
      SHAPE,
      NOW,
    );
    expect(withAll.visits[0]!.closedAt).toBe(sooner.start);
    const atSeven = visitReview(
      [v, same, week],
      tagMap([makeTag(v.id, 'walkthrough'), makeTag(same.id, 'feedback'), makeTag(week.id, 'feedback')]),
      range,
      4,
      SHAPE,
      at('2026-12-08', '12:00'),
    );
    expect(atSeven.visits[0]!.closedAt).toBe(week.start);
    const eightDays = makeEvent({ title: 'late', start: week.start + 1, end: week.start + 2 });
    const tooLate = visitReview(
      [v, eightDays],
      tagMap([makeTag(v.id, 'walkthrough'), makeTag(eightDays.id, 'feedback')]),
      range,
      4,
      SHAPE,
      at('2026-12-08', '12:00'),
    );
    expect(tooLate.visits[0]!.closedAt).toBeNull();
  });
  test('only counted visits and conversations: not untagged, cancelled, displaced or other activities', () => {
    const v = visit('2026-11-30', '09:00', '09:30');
    const cancelled = makeEvent({
      title: 'x',
      start: at('2026-12-01', '09:00'),
      end: at('2026-12-01', '09:30'),
      cancelled: true,
    });
    const conv = visit('2026-12-01', '15:30', '15:50', 'Talk');
    const r = visitReview(
      [v, cancelled, conv],
      tagMap([
        makeTag(v.id, 'walkthrough'),
        makeTag(cancelled.id, 'walkthrough'),
        makeTag(conv.id, 'feedback', { status: 'displaced' }),
      ]),
      range,
      4,
      SHAPE,
      NOW,
    );
    expect(r.visits.map((x) => [x.eventId, x.closedAt])).toEqual([[v.id, null]]);
    const discipline = visitReview([v], tagMap([makeTag(v.id, 'discipline')]), range, 4, SHAPE, NOW);
    expect(discipline.visits).toEqual([]);
  });
});
