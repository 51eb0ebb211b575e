import { describe, expect, test } from 'vitest';
import {
  applyBaseline,
  baselineStillMeasuring,
  computeBaseline,
  measureWeek,
  summarizeWeek,
  type Baseline,
  type WeekMeasure,
} from '../../../lib/domain/measure/summary';
import { baselineFromHistory, measureWeeks } from '../../../lib/domain/measure/trend';
import { shiftWeek, weekKeysBetween, weekRange } from '../../../lib/domain/time/week';
import { generateHistory } from '../../../scripts/data/history';
import { at, makeEvent, makeReclaimed, makeTag, tagMap } from '../../builders';

const WEEK = '2026-11-16'; // Monday
const NOW = at('2026-11-30');
const none: Baseline = { hours: null, source: 'none', weeks: [] };
const base = (hours: number): Baseline => ({ hours, source: 'measured', weeks: [] });

describe('measureWeek: counting time', () => {
  test('overlapping events of one kind are merged, not double counted', () => {
    const a = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00') });
    const b = makeEvent({ start: at('2026-11-16', '09:30'), end: at('2026-11-16', '11:00') });
    const m = measureWeek({
      weekKey: WEEK,
      events: [a, b],
      tags: tagMap([makeTag(a.id, 'walkthrough'), makeTag(b.id, 'observation')]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.walkthroughHours).toBe(2);
    expect(m.hoursByKind.instructional).toBe(2);
    expect(m.workedHours).toBe(2);
  });

  test('overlaps across kinds count once in worked hours but in each kind', () => {
    const a = makeEvent({ start: at('2026-11-17', '13:00'), end: at('2026-11-17', '14:00') });
    const b = makeEvent({ start: at('2026-11-17', '13:30'), end: at('2026-11-17', '14:30') });
    const m = measureWeek({
      weekKey: WEEK,
      events: [a, b],
      tags: tagMap([makeTag(a.id, 'coaching'), makeTag(b.id, 'discipline')]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.workedHours).toBe(1.5);
    expect(m.hoursByKind).toEqual({ instructional: 1, operational: 1, personal: 0 });
    expect(m.coachingHours).toBe(1);
  });

  test.each([
    ['crossing into the week at the start', at('2026-11-15', '22:00'), at('2026-11-16', '02:00'), 2],
    ['crossing out of the week at the end', at('2026-11-22', '23:00'), at('2026-11-23', '01:30'), 1],
    ['crossing midnight inside the week', at('2026-11-18', '23:00'), at('2026-11-19', '01:00'), 2],
    ['entirely outside', at('2026-11-10', '09:00'), at('2026-11-10', '10:00'), 0],
  ])('an event %s is clipped to the week', (_name, start, end, hours) => {
    const e = makeEvent({ start, end });
    const m = measureWeek({
      weekKey: WEEK,
      events: [e],
      tags: tagMap([makeTag(e.id, 'email-office')]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.hoursByKind.operational).toBe(hours);
  });

  test.each([
    ['all-day', { allDay: true }, 'allDay'],
    ['declined', { response: 'declined' as const }, 'declined'],
    ['cancelled', { cancelled: true }, 'cancelled'],
    ['removed', { removedAt: 5 }, 'removed'],
  ])('%s events are kept but not counted, and the exclusion is counted', (_name, overrides, key) => {
    const e = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00'), ...overrides });
    const m = measureWeek({
      weekKey: WEEK,
      events: [e],
      tags: tagMap([makeTag(e.id, 'walkthrough')]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.walkthroughHours).toBe(0);
    expect(m.workedHours).toBe(0);
    expect(m.excluded[key as keyof typeof m.excluded]).toBe(1);
  });

  test('untagged time counts as worked and as untagged', () => {
    const e = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:30') });
    const m = measureWeek({ weekKey: WEEK, events: [e], tags: new Map(), reclaimed: [], now: NOW });
    expect(m.untaggedHours).toBe(1.5);
    expect(m.workedHours).toBe(1.5);
    expect(m.untaggedEvents).toBe(1);
  });

  test('personal time is not worked time', () => {
    const e = makeEvent({ start: at('2026-11-16', '12:00'), end: at('2026-11-16', '13:00') });
    const m = measureWeek({
      weekKey: WEEK,
      events: [e],
      tags: tagMap([makeTag(e.id, 'personal')]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.hoursByKind.personal).toBe(1);
    expect(m.workedHours).toBe(0);
  });

  test('a displaced walkthrough is not instructional; it counts for what displaced it', () => {
    const a = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00') });
    const b = makeEvent({ start: at('2026-11-17', '09:00'), end: at('2026-11-17', '10:00') });
    const c = makeEvent({ start: at('2026-11-18', '09:00'), end: at('2026-11-18', '10:00') });
    const tags = tagMap([
      makeTag(a.id, 'walkthrough', { status: 'displaced', displacedBy: 'discipline' }),
      makeTag(b.id, 'walkthrough', { status: 'displaced' }),
      makeTag(c.id, 'walkthrough', { status: 'happened' }),
    ]);
    const m = measureWeek({ weekKey: WEEK, events: [a, b, c], tags, reclaimed: [], now: NOW });
    expect(m.walkthroughHours).toBe(1);
    expect(m.hoursByActivity.discipline).toBe(1);
    expect(m.displacedHours).toBe(1);
    expect(m.workedHours).toBe(3);
    expect(m.blocks).toEqual({ plannedHours: 0, happenedHours: 1, displacedHours: 2, awaitingConfirmation: 0 });
    expect(m.excluded.displaced).toBe(2);
  });

  test('past instructional blocks without a status await confirmation', () => {
    const past = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00') });
    const future = makeEvent({ start: at('2026-11-20', '09:00'), end: at('2026-11-20', '10:00') });
    const m = measureWeek({
      weekKey: WEEK,
      events: [past, future],
      tags: tagMap([makeTag(past.id, 'coaching'), makeTag(future.id, 'coaching')]),
      reclaimed: [],
      now: at('2026-11-18'),
    });
    expect(m.blocks.awaitingConfirmation).toBe(1);
    expect(m.blocks.plannedHours).toBe(2);
  });

  test('reclaimed entries count only inside the week, by local date', () => {
    const m = measureWeek({
      weekKey: WEEK,
      events: [],
      tags: new Map(),
      reclaimed: [
        makeReclaimed('2026-11-15', 60),
        makeReclaimed('2026-11-16', 45),
        makeReclaimed('2026-11-22', 45, { fromActivity: 'email-office' }),
        makeReclaimed('2026-11-23', 30),
      ],
      now: NOW,
    });
    expect(m.reclaimedHours).toBe(1.5);
    expect(m.reclaimedEntries).toBe(2);
    expect(m.reclaimedByActivity).toEqual({ 'family-communication': 0.75, 'email-office': 0.75 });
  });

  test('open loops: walkthroughs with no feedback conversation within a week after', () => {
    const w1 = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '09:30') });
    const w2 = makeEvent({ start: at('2026-11-17', '09:00'), end: at('2026-11-17', '09:30') });
    const w3 = makeEvent({ start: at('2026-11-20', '09:00'), end: at('2026-11-20', '09:30') });
    const fb = makeEvent({ start: at('2026-11-18', '15:00'), end: at('2026-11-18', '15:30') }); // closes w1 and w2
    const nextWeekFb = makeEvent({ start: at('2026-11-24', '15:00'), end: at('2026-11-24', '15:30') }); // closes w3
    const tags = tagMap([
      makeTag(w1.id, 'walkthrough'),
      makeTag(w2.id, 'walkthrough'),
      makeTag(w3.id, 'walkthrough'),
      makeTag(fb.id, 'feedback'),
      makeTag(nextWeekFb.id, 'feedback'),
    ]);
    expect(
      measureWeek({ weekKey: WEEK, events: [w1, w2, w3, fb, nextWeekFb], tags, reclaimed: [], now: NOW }).openLoops,
    ).toBe(0);
    const without = measureWeek({ weekKey: WEEK, events: [w1, w2, w3, fb], tags, reclaimed: [], now: NOW });
    expect(without.openLoops).toBe(1);
    expect(without.walkthroughCount).toBe(3);
    expect(without.conversationCount).toBe(1);
  });
});

describe('weeks across daylight-saving changes (America/New_York)', () => {
  test('the March week is 167 hours and the November week 169', () => {
    const march = weekRange('2026-03-02');
    const november = weekRange('2026-10-26');
    expect((march.end - march.start) / 3_600_000).toBe(167);
    expect((november.end - november.start) / 3_600_000).toBe(169);
  });

  test.each([
    [
      'spring forward: 01:00–04:00 on 8 March is 2 hours',
      '2026-03-02',
      at('2026-03-08', '01:00'),
      at('2026-03-08', '04:00'),
      2,
    ],
    [
      'fall back: 00:30–02:30 on 1 November is 3 hours',
      '2026-10-26',
      at('2026-11-01', '00:30'),
      at('2026-11-01', '02:30'),
      3,
    ],
    [
      'the Monday after spring forward starts at local midnight',
      '2026-03-09',
      at('2026-03-09', '00:00'),
      at('2026-03-09', '01:00'),
      1,
    ],
    [
      'the Monday after fall back starts at local midnight',
      '2026-11-02',
      at('2026-11-02', '00:00'),
      at('2026-11-02', '01:00'),
      1,
    ],
  ])('%s', (_name, weekKey, start, end, hours) => {
    const e = makeEvent({ start, end });
    const m = measureWeek({ weekKey, events: [e], tags: tagMap([makeTag(e.id, 'coaching')]), reclaimed: [], now: NOW });
    expect(m.coachingHours).toBe(hours);
  });

  test('an event on the Sunday before a DST Monday belongs to the earlier week only', () => {
    const e = makeEvent({ start: at('2026-03-08', '23:00'), end: at('2026-03-08', '23:59') });
    const tags = tagMap([makeTag(e.id, 'coaching')]);
    expect(
      measureWeek({ weekKey: '2026-03-02', events: [e], tags, reclaimed: [], now: NOW }).coachingHours,
    ).toBeCloseTo(0.983, 3);
    expect(measureWeek({ weekKey: '2026-03-09', events: [e], tags, reclaimed: [], now: NOW }).coachingHours).toBe(0);
  });
});

function measure(overrides: Partial<WeekMeasure>): WeekMeasure {
  const empty = measureWeek({ weekKey: WEEK, events: [], tags: new Map(), reclaimed: [], now: NOW });
  return { ...empty, ...overrides };
}

describe('redirect against the baseline', () => {
  test.each([
    [
      'nothing reclaimed: rate is none',
      { reclaimedHours: 0, walkthroughHours: 3, coachingHours: 1 },
      base(2),
      { gainHours: 2, redirectedHours: 0, absorbedHours: 0, redirectRate: null },
    ],
    [
      'part redirected',
      { reclaimedHours: 4.5, walkthroughHours: 2.5, coachingHours: 1 },
      base(2),
      { gainHours: 1.5, redirectedHours: 1.5, absorbedHours: 3, redirectRate: 0.333 },
    ],
    [
      'gain larger than reclaimed is capped at reclaimed',
      { reclaimedHours: 1, walkthroughHours: 4, coachingHours: 2 },
      base(2),
      { gainHours: 4, redirectedHours: 1, absorbedHours: 0, redirectRate: 1 },
    ],
    [
      'negative change redirects nothing',
      { reclaimedHours: 3, walkthroughHours: 1, coachingHours: 0 },
      base(2),
      { gainHours: -1, redirectedHours: 0, absorbedHours: 3, redirectRate: 0 },
    ],
    [
      'no baseline yet',
      { reclaimedHours: 3, walkthroughHours: 1, coachingHours: 0 },
      none,
      { gainHours: null, redirectedHours: null, absorbedHours: null, redirectRate: null },
    ],
  ])('%s', (_name, overrides, baseline, expected) => {
    const s = applyBaseline(measure(overrides), baseline);
    expect({
      gainHours: s.gainHours,
      redirectedHours: s.redirectedHours,
      absorbedHours: s.absorbedHours,
      redirectRate: s.redirectRate,
    }).toEqual(expected);
  });
});

describe('computeBaseline', () => {
  const week = (weekKey: string, tracked: boolean, wt: number, coach: number) =>
    measure({ weekKey, tracked, walkthroughHours: wt, coachingHours: coach });

  test('mean of the first three tracked weeks, skipping untracked ones', () => {
    const b = computeBaseline(
      [
        week('2026-09-21', true, 5, 5),
        week('2026-09-07', true, 1, 1),
        week('2026-09-14', false, 0, 0),
        week('2026-08-31', true, 2, 1),
        week('2026-09-28', true, 3, 0),
      ],
      null,
    );
    expect(b).toEqual({ hours: 5, source: 'measured', weeks: ['2026-08-31', '2026-09-07', '2026-09-21'] });
  });
  test('provisional with fewer than three tracked weeks', () => {
    expect(computeBaseline([week('2026-09-07', true, 2, 1)], null)).toEqual({
      hours: 3,
      source: 'provisional',
      weeks: ['2026-09-07'],
    });
  });
  test('none without tracked weeks', () => {
    expect(computeBaseline([week('2026-09-07', false, 0, 0)], null).source).toBe('none');
  });
  test("the leader's override wins", () => {
    expect(computeBaseline([week('2026-09-07', true, 9, 9)], 2.5)).toEqual({
      hours: 2.5,
      source: 'override',
      weeks: [],
    });
  });
});

test('summarizeWeek puts it together', () => {
  const e = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '11:00') });
  const s = summarizeWeek(
    {
      weekKey: WEEK,
      events: [e],
      tags: tagMap([makeTag(e.id, 'walkthrough')]),
      reclaimed: [makeReclaimed('2026-11-17', 120)],
      now: NOW,
    },
    base(1),
  );
  expect(s.redirectedHours).toBe(1);
  expect(s.redirectRate).toBe(0.5);
  expect(s.instructionalShare).toBe(1);
});

describe('measureWeeks (the bucketed multi-week path)', () => {
  test('gives exactly what measuring each week over all events gives', () => {
    const history = generateHistory(new Date(2026, 10, 16), 20, 30);
    const tags = new Map(history.tags.map((t) => [t.eventId, t]));
    const keys = weekKeysBetween(shiftWeek('2026-11-16', -21), shiftWeek('2026-11-16', 1));
    const now = at('2026-11-18');
    const bucketed = measureWeeks(keys, {
      events: history.events,
      tags,
      reclaimed: history.reclaimed,
      weekStartsOn: 1,
      now,
    });
    const direct = keys.map((weekKey) =>
      measureWeek({ weekKey, events: history.events, tags, reclaimed: history.reclaimed, now }),
    );
    expect(bucketed).toEqual(direct);
    expect(bucketed.filter((m) => m.tracked)).toHaveLength(20);
    // Weeks asked for in any order come back in that order, each measured whole.
    const shuffled = [...keys].reverse();
    const input = { events: history.events, tags, reclaimed: history.reclaimed, weekStartsOn: 1 as const, now };
    expect(measureWeeks(shuffled, input)).toEqual([...direct].reverse());
  });
});

describe('measureWeeks at the weeks’ edges', () => {
  test('an event across Sunday midnight counts in both weeks; a reminder at a week’s first moment in that week', () => {
    const next = shiftWeek(WEEK, 1);
    const across = makeEvent({ start: weekRange(next).start - 3_600_000, end: weekRange(next).start + 3_600_000 });
    const reminder = makeEvent({ start: weekRange(next).start, end: weekRange(next).start });
    const tags = tagMap([makeTag(across.id, 'discipline'), makeTag(reminder.id, 'discipline')]);
    const input = { events: [across, reminder], tags, reclaimed: [], weekStartsOn: 1 as const, now: NOW };
    const [first, second] = measureWeeks([WEEK, next], input);
    expect([first!.workedHours, second!.workedHours]).toEqual([1, 1]);
    expect(measureWeeks([WEEK, next], input)).toEqual(
      [WEEK, next].map((weekKey) => measureWeek({ weekKey, ...input })),
    );
  });
  test('the baseline from history: the leader’s own number without looking at history', () => {
    const e = makeEvent({ start: at(WEEK, '09:00'), end: at(WEEK, '10:00') });
    const input = {
      events: [e],
      tags: tagMap([makeTag(e.id, 'walkthrough')]),
      reclaimed: [],
      weekStartsOn: 1 as const,
      now: NOW,
    };
    expect(baselineFromHistory([WEEK], input, 3)).toEqual({ hours: 3, source: 'override', weeks: [] });
    expect(baselineFromHistory([WEEK], input, null)).toEqual({ hours: 1, source: 'provisional', weeks: [WEEK] });
  });
});

describe('measureWeek at its edges', () => {
  const ev = (date: string, from: string, to: string, over = {}) =>
    makeEvent({ start: at(date, from), end: at(date, to), ...over });
  const measure = (events: ReturnType<typeof ev>[], tags: Parameters<typeof tagMap>[0], now = NOW, plan?: unknown) =>
    measureWeek({ weekKey: WEEK, events, tags: tagMap(tags), reclaimed: [], now, ...(plan ? { plan } : {}) } as never);

  test('operational work is never “displaced”, whatever a stray mark says', () => {
    const e = ev('2026-11-17', '10:00', '11:00');
    const m = measure([e], [makeTag(e.id, 'discipline', { displacedBy: 'budget' })]);
    expect([m.hoursByKind.operational, m.displacedHours, m.hoursByActivity.discipline]).toEqual([1, 0, 1]);
  });

  test('a loop closes only with a counted conversation after the visit, within seven days, even in the next week', () => {
    const visit = ev('2026-11-20', '10:00', '10:30'); // Friday
    const loops = (conversation: ReturnType<typeof ev>, over = {}) =>
      measure([visit, conversation], [makeTag(visit.id, 'walkthrough'), makeTag(conversation.id, 'feedback', over)])
        .openLoops;
    expect(loops(ev('2026-11-23', '09:00', '09:20'))).toBe(0); // the next Monday
    expect(loops(ev('2026-11-23', '09:00', '09:20'), { status: 'displaced' })).toBe(1);
    expect(loops(ev('2026-11-23', '09:00', '09:20', { cancelled: true }))).toBe(1);
    expect(loops(ev('2026-11-20', '10:00', '10:20'))).toBe(1); // at the visit's own start
    const sevenDays = makeEvent({ start: visit.start + 7 * 86_400_000, end: visit.start + 7 * 86_400_000 + 60_000 });
    expect(loops(sevenDays)).toBe(0);
    const later = makeEvent({ start: sevenDays.start + 60_000, end: sevenDays.end + 60_000 });
    expect(loops(later)).toBe(1);
  });

  test('conversations counted for the week are the week’s own; those after it only close loops', () => {
    const inWeek = ev('2026-11-22', '23:00', '23:30'); // Sunday night
    const nextWeek = makeEvent({ start: weekRange(WEEK).end, end: weekRange(WEEK).end + 1800_000 });
    const m = measure([inWeek, nextWeek], [makeTag(inWeek.id, 'coaching'), makeTag(nextWeek.id, 'coaching')]);
    expect(m.conversationCount).toBe(1);
  });

  test('a visit counts as the week’s from its start; it awaits its feedback from the moment it ends', () => {
    const acrossMidnight = makeEvent({
      start: weekRange(WEEK).start - 1800_000,
      end: weekRange(WEEK).start + 1800_000,
    });
    const atStart = makeEvent({ start: weekRange(WEEK).start, end: weekRange(WEEK).start + 1800_000 });
    const m = measure(
      [acrossMidnight, atStart],
      [makeTag(acrossMidnight.id, 'walkthrough'), makeTag(atStart.id, 'walkthrough')],
    );
    // Both lie in the week's first half hour: 0.5 h of walkthroughs, one of them the week's own.
    expect([m.walkthroughCount, m.walkthroughHours]).toEqual([1, 0.5]);
    const visit = ev('2026-11-18', '10:00', '10:30');
    expect(measure([visit], [makeTag(visit.id, 'walkthrough')], visit.end).openLoops).toBe(1);
    expect(measure([visit], [makeTag(visit.id, 'walkthrough')], visit.end - 1).openLoops).toBe(0);
  });

  test('a planned block awaits confirmation from the moment it ends; happened and displaced ones do not', () => {
    const block = ev('2026-11-18', '10:00', '10:30');
    expect(measure([block], [makeTag(block.id, 'coaching')], block.end).blocks.awaitingConfirmation).toBe(1);
    expect(measure([block], [makeTag(block.id, 'coaching')], block.end - 1).blocks.awaitingConfirmation).toBe(0);
    expect(
      measure([block], [makeTag(block.id, 'coaching', { status: 'happened' })], block.end).blocks.awaitingConfirmation,
    ).toBe(0);
  });

  test('the plan’s note travels only when it was written', () => {
    const plan = { weekStart: WEEK, minutes: { walkthrough: 60 }, updatedAt: 0 };
    expect(measure([], [], NOW, plan).plan).toStrictEqual({
      minutesByActivity: { walkthrough: 60 },
      actualMinutesByActivity: { walkthrough: 0 },
    });
    expect(measure([], [], NOW, { ...plan, note: 'Grade 3 first' }).plan?.note).toBe('Grade 3 first');
  });

  test('the baseline is still being measured: with none, or during its own provisional weeks', () => {
    const m = measure([], []);
    const still = (baseline: Baseline) => baselineStillMeasuring(applyBaseline(m, baseline));
    expect(still(none)).toBe(true);
    expect(still({ hours: 1, source: 'provisional', weeks: [WEEK] })).toBe(true);
    expect(still({ hours: 1, source: 'provisional', weeks: ['2026-11-09'] })).toBe(false);
    expect(still({ hours: 1, source: 'measured', weeks: [WEEK] })).toBe(false);
    expect(computeBaseline([], null)).toStrictEqual({ hours: null, source: 'none', weeks: [] });
  });
});
