import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  blockCount,
  blockId,
  findTime,
  type FindTimeInput,
  schoolDates,
  VISITS,
} from '../../../lib/domain/planning/find-time';
import {
  BlockMinutesSchema,
  dayPartAt,
  dayShape,
  SchoolDaySchema,
  type SchoolDayInput,
} from '../../../lib/domain/planning/school-day';
import { at, makeEvent, makeTag, tagMap } from '../../builders';
import { render, screen } from '@testing-library/react';
import { WeekReview } from '../../../components/panel/WeekReview';
import { visitReview } from '../../../lib/domain/measure/review';
import { applyBaseline, measureWeek } from '../../../lib/domain/measure/summary';

const SHAPE = SchoolDaySchema.parse({ start: '08:00', end: '15:30' });
const SIZES = BlockMinutesSchema.parse({});
/** Monday 2026-11-30 07:00 local: the whole week ahead. */
const MONDAY_EARLY = at('2026-11-30', '07:00');
const hhmm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const day = (ms: number) => new Date(ms).toDateString().slice(0, 3);
const range = (date: string, from: string, to: string) => ({ start: at(date, from), end: at(date, to) });
const run = (over: Partial<FindTimeInput> = {}) =>
  findTime({
    weekKey: '2026-11-30',
    plan: { walkthrough: 90, coaching: 60 },
    busy: [],
    schoolDay: SHAPE,
    blockMinutes: SIZES,
    now: MONDAY_EARLY,
    ...over,
  });
const list = (r: ReturnType<typeof findTime>) =>
  r.blocks.map((b) => `${day(b.start)} ${hhmm(b.start)}-${hhmm(b.end)} ${b.activity}${b.follows ? ' (pair)' : ''}`);

describe('the school day’s shape', () => {
  test('defaults: office 30 min, lunch 11:30–12:30, dismissal 15 min; four parts on quarter hours', () => {
    const s = dayShape(new Date(2026, 10, 30), SHAPE);
    expect([s.office, s.lunch!, s.dismissal, s.afterSchool].map((r) => `${hhmm(r.start)}-${hhmm(r.end)}`)).toEqual([
      '08:00-08:30',
      '11:30-12:30',
      '15:15-15:30',
      '15:30-16:00',
    ]);
    expect(s.parts.map((p) => `${p.part} ${hhmm(p.range.start)}-${hhmm(p.range.end)}`)).toEqual([
      'early-morning 08:30-10:00',
      'late-morning 10:00-11:30',
      'early-afternoon 12:30-14:00',
      'late-afternoon 14:00-15:15',
    ]);
    expect(dayPartAt(at('2026-11-30', '13:59'), SHAPE)).toBe('early-afternoon');
    expect(dayPartAt(at('2026-11-30', '12:00'), SHAPE)).toBeNull();
    expect(dayPartAt(at('2026-11-30', '08:10'), SHAPE)).toBeNull();
  });
  test.each<[string, SchoolDayInput, RegExp]>([
    [
      'lunch backwards',
      { start: '08:00', end: '15:30', lunch: { start: '12:30', end: '11:30' } },
      /Lunch must end after it starts/,
    ],
    [
      'no class time left',
      { start: '08:00', end: '09:00', officeMinutes: 45, dismissalMinutes: 15 },
      /no time for classes/,
    ],
    ['a cap of zero', { start: '08:00', end: '15:30', maxBlocksPerDay: 0 }, /maxBlocksPerDay/],
  ])('a shape that cannot be: %s', (_n, input, message) => {
    const r = SchoolDaySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
  test('a stored school day from before the shape existed reads with the defaults', () => {
    expect(SchoolDaySchema.parse({ start: '07:45', end: '15:00' })).toMatchObject({
      officeMinutes: 30,
      maxBlocksPerDay: 2,
    });
  });
});

describe('Find time', () => {
  test('the demo plan on an empty week: varied walkthroughs, each with its conversation after it', () => {
    const r = run();
    expect(list(r)).toEqual([
      'Mon 08:30-09:00 walkthrough',
      'Tue 15:30-15:50 coaching (pair)',
      'Wed 10:00-10:30 walkthrough',
      'Thu 15:30-15:50 coaching (pair)',
      'Fri 12:30-13:00 walkthrough',
      'Fri 15:30-15:50 coaching (pair)',
    ]);
    expect(
      new Set(r.blocks.filter((b) => VISITS.includes(b.activity)).map((b) => dayPartAt(b.start, SHAPE))).size,
    ).toBe(3);
    expect(r.blocks[1]!.why).toBe(
      "A coaching conversation after Monday's walkthrough, the next school day, while it is fresh.",
    );
    expect(r.message).toBeNull();
  });

  test('walkthroughs go only where classes are in session: not in the office time, lunch or dismissal', () => {
    // Everything is busy but the office time, lunch, dismissal and after school.
    const busy = schoolDates('2026-11-30').flatMap((d) => {
      const date = d.toISOString().slice(0, 10);
      return [range(date, '08:30', '11:30'), range(date, '12:30', '15:15')].map((x) => ({
        start: x.start,
        end: x.end,
      }));
    });
    const r = run({
      plan: { walkthrough: 30 },
      busy: busy.map((b) => ({ start: b.start + 0, end: b.end })),
      schoolDay: { ...SHAPE, bufferMinutes: 0 },
    });
    expect(r.blocks).toEqual([]);
    expect(r.unplaced).toEqual([{ activity: 'walkthrough', minutes: 30 }]);
  });

  test('coaching conversations may use the office time and the edge after school', () => {
    const r = run({ plan: { coaching: 30 }, busy: [], schoolDay: { ...SHAPE, afterSchoolMinutes: 0 } });
    expect(list(r)).toEqual(['Mon 08:30-09:00 coaching']);
    const officeOnly = schoolDates('2026-11-30').map((d) => {
      const date = `2026-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return range(date, '08:30', '16:00');
    });
    expect(list(run({ plan: { coaching: 20 }, busy: officeOnly, schoolDay: { ...SHAPE, bufferMinutes: 0 } }))).toEqual([
      'Mon 08:00-08:20 coaching',
    ]);
  });

  test('a buffer is kept around every event, and between proposals', () => {
    const busy = [range('2026-11-30', '09:00', '10:00')];
    // 08:30–09:00 would end as the meeting starts: with no buffer that is allowed, with one it is not.
    expect(list(run({ plan: { walkthrough: 30 }, busy, schoolDay: { ...SHAPE, bufferMinutes: 0 } }))).toEqual([
      'Mon 08:30-09:00 walkthrough',
    ]);
    expect(list(run({ plan: { walkthrough: 30 }, busy, schoolDay: { ...SHAPE, bufferMinutes: 15 } }))).toEqual([
      'Mon 10:15-10:45 walkthrough',
    ]);
    // Between two proposals too: the conversation after school keeps the buffer from the day's last event.
    const late = [range('2026-12-01', '15:20', '15:35')];
    const paired = run({ plan: { walkthrough: 30, feedback: 20 }, busy: late });
    expect(list(paired)).toEqual(['Mon 08:30-09:00 walkthrough', 'Tue 08:30-08:50 feedback (pair)']);
  });

  test('at most the daily number of blocks; what does not fit is said', () => {
    const r = run({ plan: { walkthrough: 300, feedback: 200 } });
    const perDay = new Map<string, number>();
    for (const b of r.blocks) perDay.set(day(b.start), (perDay.get(day(b.start)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBe(2);
    expect(r.blocks).toHaveLength(10);
    expect(r.message).toMatch(/^Not everything fitted: /);
  });

  test('block sizes come from the settings, not from the free gap', () => {
    const r = run({
      plan: { walkthrough: 90, feedback: 75 },
      blockMinutes: { ...SIZES, walkthrough: 45, feedback: 25 },
    });
    expect(r.blocks.filter((b) => b.activity === 'walkthrough').map((b) => (b.end - b.start) / 60_000)).toEqual([
      45, 45,
    ]);
    expect(r.blocks.filter((b) => b.follows).map((b) => (b.end - b.start) / 60_000)).toEqual([25, 25]);
    expect(blockCount(45, 30)).toBe(2);
    expect(blockCount(10, 30)).toBe(1);
    expect(blockCount(0, 30)).toBe(0);
  });

  test('a visit whose conversation cannot fit within two school days is not proposed', () => {
    // Thursday and Friday are full: a walkthrough can only go on Friday... which has no room after it either.
    const busy = ['2026-11-30', '2026-12-01', '2026-12-02'].map((d) => range(d, '07:00', '18:00'));
    busy.push(range('2026-12-03', '07:00', '18:00'));
    busy.push(range('2026-12-04', '09:00', '18:00'));
    const r = run({ plan: { walkthrough: 30, feedback: 20 }, busy });
    expect(r.blocks.filter((b) => b.activity === 'walkthrough')).toEqual([]);
    expect(r.unplaced).toContainEqual({ activity: 'walkthrough', minutes: 30 });
    // The feedback time is still offered (for last week's visits), on its own.
    expect(r.blocks.map((b) => [b.activity, b.follows])).toEqual([['feedback', undefined]]);
  });

  test('the next school day is preferred for the conversation; then the same day; Friday’s visit is paired the same day', () => {
    const busy = [range('2026-12-01', '07:00', '18:00')]; // Tuesday full
    const r = run({ plan: { walkthrough: 30, feedback: 20 }, busy });
    expect(list(r)).toEqual(['Mon 08:30-09:00 walkthrough', 'Mon 15:30-15:50 feedback (pair)']);
    expect(r.blocks[1]!.why).toBe("Feedback after Monday's walkthrough, the same day, while it is fresh.");
  });

  test('no coaching or feedback in the plan: walkthroughs are proposed, and it is said once that they rarely help alone', () => {
    const r = run({ plan: { walkthrough: 60 } });
    expect(r.blocks).toHaveLength(2);
    expect(r.unpairedVisits).toBe(2);
    expect(r.missingFeedbackMinutes).toBe(40);
    expect(r.message).toBe(
      'Walkthroughs on their own rarely help teachers grow: a short feedback conversation within a day or two is what makes a visit count.',
    );
  });

  test('too little conversation time for every visit: the conversations shrink to 15 min, then the rest is said', () => {
    const shrink = run({ plan: { walkthrough: 90, feedback: 45 } });
    expect(shrink.blocks.filter((b) => b.follows).map((b) => (b.end - b.start) / 60_000)).toEqual([15, 15, 15]);
    const short = run({ plan: { walkthrough: 90, feedback: 30 } });
    expect(short.blocks.filter((b) => b.follows)).toHaveLength(2);
    expect(short.unpairedVisits).toBe(1);
    expect(short.message).toBe(
      "1 visit has no feedback conversation after it: the plan's coaching and feedback time ran out.",
    );
  });

  test('across weeks: the parts of the day the last four weeks covered least come first, and the reason says so', () => {
    // The least-visited part is named so only when it is the least of all four.
    const even = [
      at('2026-11-16', '09:00'),
      at('2026-11-17', '10:30'),
      at('2026-11-18', '13:00'),
      at('2026-11-19', '14:30'),
    ];
    expect(run({ plan: { walkthrough: 30 }, recentVisits: even }).blocks[0]!.why).toBe(
      'Early-morning classes: the part of the day you have visited least lately (1 in 4 weeks).',
    );
    const recentVisits = [
      at('2026-11-04', '13:00'), // early afternoon, four weeks ago
      at('2026-11-10', '09:00'),
      at('2026-11-17', '09:00'),
      at('2026-11-18', '10:45'),
    ];
    const r = run({ plan: { walkthrough: 90 }, recentVisits });
    expect(r.blocks.map((b) => `${day(b.start)} ${hhmm(b.start)} ${b.why}`)).toEqual([
      'Mon 14:00 Late-afternoon classes: no walkthrough late in the afternoon in the last 4 weeks.',
      "Tue 10:00 Late-morning classes: a different part of the day from this week's other visits.",
      'Wed 12:30 Afternoon classes: no walkthrough after lunch in 3 weeks.',
    ]);
  });

  test('a visit already on the calendar gets its conversation; the blocks on its day count toward the limit', () => {
    const kept = [
      {
        id: 'walkthrough-kept',
        activity: 'walkthrough',
        start: at('2026-11-30', '09:00'),
        end: at('2026-11-30', '09:30'),
      },
    ];
    const r = run({ plan: { feedback: 20 }, kept, busy: [{ start: kept[0]!.start, end: kept[0]!.end }] });
    expect(list(r)).toEqual(['Tue 15:30-15:50 feedback (pair)']);
    expect(r.blocks[0]!.follows).toBe('walkthrough-kept');
  });

  test('nothing in the past; a week that is over proposes nothing', () => {
    const r = run({ now: at('2026-12-02', '12:40') });
    for (const b of r.blocks) expect(b.start).toBeGreaterThanOrEqual(at('2026-12-02', '12:40'));
    expect(run({ weekKey: '2026-11-23' }).blocks).toEqual([]);
  });

  test('a DST change inside the week keeps the school day in local time', () => {
    for (const weekKey of ['2026-03-02', '2026-10-26']) {
      const r = run({ weekKey, plan: { walkthrough: 90, feedback: 60 }, now: at(weekKey, '00:00') - 86_400_000 });
      expect(r.blocks).toHaveLength(6);
      for (const b of r.blocks) expect(hhmm(b.start) >= '08:00' && hhmm(b.end) <= '16:00').toBe(true);
    }
  });

  test('weeks starting on Sunday or Saturday still propose Monday to Friday', () => {
    expect(schoolDates('2026-11-29').map((d) => d.getDay())).toEqual([1, 2, 3, 4, 5]);
    expect(schoolDates('2026-11-28').map((d) => d.getDay())).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('each rule at its edge', () => {
  /** Every school day of the week taken, except what `except` leaves free. */
  const allBusyBut = (...except: string[]) =>
    schoolDates('2026-11-30')
      .map((d) => d.toDateString())
      .filter((d) => !except.includes(d.slice(0, 3)))
      .map((d) => {
        const date = new Date(d);
        const iso = `2026-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        return range(iso, '07:00', '18:00');
      });
  const why = (r: ReturnType<typeof findTime>) => r.blocks.map((b) => `${day(b.start)} ${hhmm(b.start)} ${b.why}`);

  test('a block’s id is its activity and its start in UTC, to the second', () => {
    expect(blockId('walkthrough', Date.UTC(2026, 10, 30, 13, 30, 0, 250))).toBe('walkthrough-20261130T133000Z');
  });

  test('a PLC is one block of the length asked (to 5 minutes, at most 4 hours); other activities come in 45-minute blocks', () => {
    expect(list(run({ plan: { plc: 62 } }))).toEqual(['Mon 08:30-09:35 plc']);
    const long = run({ plan: { plc: 300 } });
    expect(long.blocks).toEqual([]);
    expect(long.unplaced).toEqual([{ activity: 'plc', minutes: 240 }]);
    expect(list(run({ plan: { 'professional-learning': 90 } }))).toEqual([
      'Mon 08:30-09:15 professional-learning',
      'Tue 08:30-09:15 professional-learning',
    ]);
    expect(run({ plan: { plc: 0, 'professional-learning': 0 } }).blocks).toEqual([]);
  });

  test('a conversation paid half by feedback and half by coaching is called feedback', () => {
    const r = run({ plan: { walkthrough: 30, feedback: 10, coaching: 10 } });
    expect(list(r)).toEqual(['Mon 08:30-09:00 walkthrough', 'Tue 15:30-15:50 feedback (pair)']);
  });

  test('conversation time left after the pairs is a block of its own from 15 minutes, not under', () => {
    expect(list(run({ plan: { feedback: 15 } }))).toEqual(['Mon 15:30-15:45 feedback']);
    const ten = run({ plan: { feedback: 10 } });
    expect([ten.blocks, ten.unplaced, ten.message]).toEqual([[], [], null]);
  });

  test('a visit may end exactly as class time ends, and must start inside its part of the day', () => {
    // Only Monday 14:45–15:15 is free: the walkthrough ends as dismissal begins.
    const busy = [...allBusyBut('Mon'), range('2026-11-30', '07:00', '14:45')];
    expect(list(run({ plan: { walkthrough: 30 }, busy, schoolDay: { ...SHAPE, bufferMinutes: 0 } }))).toEqual([
      'Mon 14:45-15:15 walkthrough',
    ]);
    // Early-morning classes are taken on Monday: the 10:10 visit is a late-morning one, and says so.
    const r = run({ plan: { walkthrough: 30 }, busy: [range('2026-11-30', '08:30', '10:00')] });
    expect(why(r)).toEqual(['Mon 10:10 Late-morning classes, while they are in session.']);
  });

  test('with no walkthroughs in the last four weeks, the reason is the classes in session, then the variety', () => {
    const r = run({ plan: { walkthrough: 60 } });
    expect(why(r)).toEqual([
      'Mon 08:30 Early-morning classes, while they are in session.',
      "Tue 10:00 Late-morning classes: a different part of the day from this week's other visits.",
    ]);
    expect(r.blocks.every((b) => !('follows' in b))).toBe(true);
  });

  test('a part visited two weeks ago is named with its weeks; the part visited least is named as such', () => {
    const twoWeeks = [
      at('2026-11-16', '07:00'),
      at('2026-11-17', '10:30'),
      at('2026-11-18', '13:00'),
      at('2026-11-19', '14:30'),
    ];
    // Every part once; the early-morning visit was exactly two weeks before now.
    const early = run({
      plan: { walkthrough: 30 },
      recentVisits: twoWeeks.map((t, i) => (i === 0 ? at('2026-11-16', '08:45') : t)),
      now: at('2026-11-30', '08:45'),
    });
    expect(why(early)).toEqual(['Mon 08:45 Early-morning classes: no walkthrough early in the morning in 2 weeks.']);
    const uneven = [
      at('2026-11-24', '09:00'),
      ...['10:30', '10:45'].map((t) => at('2026-11-24', t)),
      ...['13:00', '13:15'].map((t) => at('2026-11-25', t)),
      ...['14:30', '14:45'].map((t) => at('2026-11-25', t)),
    ];
    expect(why(run({ plan: { walkthrough: 30 }, recentVisits: uneven }))).toEqual([
      'Mon 08:30 Early-morning classes: the part of the day you have visited least lately (1 in 4 weeks).',
    ]);
  });

  test('blocks already on the calendar count toward their day from the office time to the end of the after-school edge', () => {
    const one = { ...SHAPE, maxBlocksPerDay: 1 };
    const kept = (from: string, to: string) => [
      { id: `coaching-${from}`, activity: 'coaching', start: at('2026-11-30', from), end: at('2026-11-30', to) },
    ];
    expect(list(run({ plan: { walkthrough: 30 }, schoolDay: one, kept: kept('08:00', '08:20') }))).toEqual([
      'Tue 08:30-09:00 walkthrough',
    ]);
    expect(list(run({ plan: { walkthrough: 30 }, schoolDay: one, kept: kept('16:00', '16:20') }))).toEqual([
      'Mon 08:30-09:00 walkthrough',
    ]);
    // A full day is never used, even when it is the only one with room.
    const full = run({ plan: { plc: 60 }, schoolDay: one, kept: kept('08:00', '08:20'), busy: allBusyBut('Mon') });
    expect([full.blocks, full.unplaced]).toEqual([[], [{ activity: 'plc', minutes: 60 }]]);
  });

  test('a kept visit: paired once; its kept conversation counts; a visit outside the school week or with no room stays unpaired', () => {
    const visit = {
      id: 'walkthrough-kept',
      activity: 'walkthrough',
      start: at('2026-11-30', '09:00'),
      end: at('2026-11-30', '09:30'),
    };
    const paired = run({ plan: { feedback: 20 }, kept: [visit] });
    expect([paired.unpairedVisits, paired.message]).toEqual([0, null]);
    const conversation = {
      id: 'feedback-kept',
      activity: 'feedback',
      start: at('2026-12-01', '15:30'),
      end: at('2026-12-01', '15:50'),
      follows: visit.id,
    };
    const closed = run({ plan: { feedback: 20 }, kept: [visit, conversation] });
    expect(closed.blocks.map((b) => [b.activity, b.follows ?? null])).toEqual([['feedback', null]]);
    expect(closed.unpairedVisits).toBe(0);
    // On a Saturday: nothing to pair it with in this school week; the conversation time is offered on its own.
    const saturday = {
      ...visit,
      id: 'walkthrough-sat',
      start: at('2026-12-05', '10:00'),
      end: at('2026-12-05', '10:30'),
    };
    const r = run({ plan: { feedback: 40 }, kept: [saturday] });
    expect(r.blocks.map((b) => [b.activity, b.follows ?? null])).toEqual([
      ['feedback', null],
      ['feedback', null],
    ]);
    expect(r.unpairedVisits).toBe(1);
    expect(r.message).toBe(
      "1 visit has no feedback conversation after it: the plan's coaching and feedback time ran out.",
    );
    // Monday's visit with no room for a conversation within two school days.
    const noRoom = run({ plan: { feedback: 20 }, kept: [visit], busy: allBusyBut() });
    expect([noRoom.blocks, noRoom.unpairedVisits]).toEqual([[], 1]);
  });

  test('blocks of their own go, longest first, to the day with the least protected time, and say where in it', () => {
    const r = run({ plan: { 'professional-learning': 45, plc: 90, feedback: 20 } });
    expect(why(r)).toEqual([
      'Mon 08:30 Monday: the first free 90 minutes, on the day with the least protected time.',
      'Tue 08:30 Tuesday: the first free 45 minutes, on the day with the least protected time.',
      'Wed 15:30 Wednesday, after school, when teachers are free: the day with the least protected time.',
    ]);
    const classTime = run({ plan: { coaching: 20 }, schoolDay: { ...SHAPE, afterSchoolMinutes: 0 } });
    expect(why(classTime)).toEqual(['Mon 08:30 Monday, during the school day: the day with the least protected time.']);
    const instruction = schoolDates('2026-11-30').map((d) => {
      const iso = `2026-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return range(iso, '08:30', '18:00');
    });
    const office = run({ plan: { coaching: 20 }, busy: instruction, schoolDay: { ...SHAPE, bufferMinutes: 0 } });
    expect(why(office)).toEqual(['Mon 08:00 Monday, before classes: the day with the least protected time.']);
  });

  test('blocks come out in time order, whatever order they were placed in', () => {
    // Wednesday to Friday are taken: the pair is Monday–Tuesday, and the leftover feedback lands on Monday afternoon.
    const r = run({ plan: { walkthrough: 30, feedback: 40 }, busy: allBusyBut('Mon', 'Tue') });
    expect(list(r)).toEqual([
      'Mon 08:30-09:00 walkthrough',
      'Mon 15:30-15:50 feedback',
      'Tue 15:30-15:50 feedback (pair)',
    ]);
  });

  test('what does not fit is said in the school day’s own numbers; with nothing placed, it says so plainly', () => {
    const r = run({ plan: { plc: 300, walkthrough: 90 } });
    expect(r.message).toBe(
      'Not everything fitted: 240 min of plc / data team could not be placed — a block needs 10 free minutes around it, walkthroughs need ' +
        'class time and a conversation within two school days, and a day takes at most 2 protected blocks. ' +
        'Walkthroughs on their own rarely help teachers grow: a short feedback conversation within a day or two is what makes a visit count.',
    );
    const none = run({ plan: { walkthrough: 30, coaching: 20 }, busy: allBusyBut() });
    expect(none.message).toBe(
      'No free time is left in your school day this week for these blocks. Shorten the plan, move something on your calendar, or plan next week.',
    );
    const two = run({ plan: { walkthrough: 90, feedback: 20 } });
    expect(two.message).toBe(
      "2 visits have no feedback conversation after them: the plan's coaching and feedback time ran out.",
    );
  });
});

test('property: no proposal ever breaks a rule', () => {
  const weekStart = at('2026-11-30', '00:00');
  const interval = fc
    .tuple(fc.integer({ min: 0, max: 5 * 24 * 12 }), fc.integer({ min: 1, max: 36 }))
    .map(([at5, len5]) => ({ start: weekStart + at5 * 300_000, end: weekStart + (at5 + len5) * 300_000 }));
  const shape = fc.record({
    start: fc.constantFrom('07:30', '08:00', '08:15'),
    end: fc.constantFrom('14:45', '15:30', '16:00'),
    officeMinutes: fc.constantFrom(0, 30, 45),
    lunch: fc.constantFrom({ start: '11:30', end: '12:30' }, { start: '11:00', end: '11:45' }),
    dismissalMinutes: fc.constantFrom(0, 15),
    afterSchoolMinutes: fc.constantFrom(0, 30, 60),
    bufferMinutes: fc.constantFrom(0, 10, 15),
    maxBlocksPerDay: fc.integer({ min: 1, max: 4 }),
  });
  fc.assert(
    fc.property(
      fc.array(interval, { maxLength: 30 }),
      fc.record({
        walkthrough: fc.integer({ min: 0, max: 240 }),
        observation: fc.integer({ min: 0, max: 90 }),
        feedback: fc.integer({ min: 0, max: 120 }),
        coaching: fc.integer({ min: 0, max: 120 }),
        plc: fc.integer({ min: 0, max: 90 }),
      }),
      fc.integer({ min: 0, max: 5 * 24 * 60 }),
      shape,
      (busy, plan, nowMinutes, shapeInput) => {
        const schoolDay = SchoolDaySchema.parse(shapeInput);
        const now = weekStart + nowMinutes * 60_000;
        const { blocks } = findTime({ weekKey: '2026-11-30', plan, busy, schoolDay, blockMinutes: SIZES, now });
        const buffer = schoolDay.bufferMinutes * 60_000;
        const perDay = new Map<string, number>();
        for (const [i, b] of blocks.entries()) {
          // Nothing in the past; Monday to Friday.
          expect(b.start).toBeGreaterThanOrEqual(now);
          expect([1, 2, 3, 4, 5]).toContain(new Date(b.start).getDay());
          const s = dayShape(new Date(b.start), schoolDay);
          if (VISITS.includes(b.activity)) {
            // Walkthroughs and observations: inside instruction time (never office, lunch, dismissal or after school).
            expect(s.instruction.some((r) => b.start >= r.start && b.end <= r.end)).toBe(true);
          } else {
            expect(b.start >= s.office.start && b.end <= s.afterSchool.end).toBe(true);
            if (s.lunch) expect(b.end <= s.lunch.start || b.start >= s.lunch.end).toBe(true);
          }
          // The buffer around every busy event and every other proposal; no overlap at all.
          for (const x of busy) expect(b.end + buffer <= x.start || b.start - buffer >= x.end).toBe(true);
          for (const other of blocks.slice(i + 1))
            expect(b.end + buffer <= other.start || b.start - buffer >= other.end).toBe(true);
          perDay.set(day(b.start), (perDay.get(day(b.start)) ?? 0) + 1);
          // A pair: the conversation after its visit, within two school days.
          if (b.follows) {
            const visit = blocks.find((v) => v.id === b.follows)!;
            expect(VISITS).toContain(visit.activity);
            expect(b.start).toBeGreaterThanOrEqual(visit.end);
            const schoolDaysApart =
              schoolDates('2026-11-30').findIndex((d) => d.getDate() === new Date(b.start).getDate()) -
              schoolDates('2026-11-30').findIndex((d) => d.getDate() === new Date(visit.start).getDate());
            expect(schoolDaysApart).toBeGreaterThanOrEqual(0);
            expect(schoolDaysApart).toBeLessThanOrEqual(2);
          }
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(schoolDay.maxBlocksPerDay);
        // Every visit has its conversation whenever the plan has conversation time for it.
        const visits = blocks.filter((b) => VISITS.includes(b.activity));
        const paired = blocks.filter((b) => b.follows).length;
        if ((plan.feedback ?? 0) + (plan.coaching ?? 0) >= 15 * visits.length) expect(paired).toBe(visits.length);
      },
    ),
    { numRuns: 400 },
  );
});

describe('the review learns from it', () => {
  const visit = (date: string, from: string, to: string, title = 'Walkthrough') =>
    makeEvent({ title, start: at(date, from), end: at(date, to) });
  const w1 = visit('2026-11-30', '09:00', '09:30', 'Walkthrough: grade 2');
  const w2 = visit('2026-12-02', '13:00', '13:30', 'Observation: Ms. Patel');
  const w3 = visit('2026-11-18', '09:00', '09:30');
  const displaced = visit('2026-11-19', '14:30', '15:00');
  const feedback = visit('2026-12-01', '15:30', '15:50', 'Feedback: grade 2');
  const tags = tagMap([
    makeTag(w1.id, 'walkthrough'),
    makeTag(w2.id, 'observation'),
    makeTag(w3.id, 'walkthrough'),
    makeTag(displaced.id, 'walkthrough', { status: 'displaced' }),
    makeTag(feedback.id, 'feedback'),
  ]);
  const week = { start: at('2026-11-30'), end: at('2026-12-07') };
  test('visits by part of the day over four weeks, and each visit of the week with its feedback', () => {
    const review = visitReview([w1, w2, w3, displaced, feedback], tags, week, 4, SHAPE, at('2026-12-04', '16:00'));
    expect(review.byPart).toEqual({ 'early-morning': 2, 'late-morning': 0, 'early-afternoon': 1, 'late-afternoon': 0 });
    expect(review.visits.map((v) => [v.title, v.part, v.closedAt])).toEqual([
      ['Walkthrough: grade 2', 'early-morning', feedback.start],
      ['Observation: Ms. Patel', 'early-afternoon', null],
    ]);
  });
  test('the review shows them: the open loop named, the parts not visited said', () => {
    const review = visitReview([w1, w2, w3, feedback], tags, week, 4, SHAPE, at('2026-12-04', '16:00'));
    const m = measureWeek({
      weekKey: '2026-11-30',
      events: [w1, w2, feedback],
      tags,
      reclaimed: [],
      now: at('2026-12-04', '16:00'),
    });
    render(
      <WeekReview
        summary={applyBaseline(m, { hours: 1, source: 'measured', weeks: [] })}
        absorber={null}
        displaced={[]}
        visits={review}
      />,
    );
    expect(screen.getByTestId('visit-loops').textContent).toMatch(
      /Observation: Ms\. Patel — no feedback conversation yet/,
    );
    expect(screen.getByTestId('visit-loops').textContent).toMatch(/Walkthrough: grade 2 — feedback Tue/);
    expect(
      screen.getByRole('img', { name: /^Visits in the last 4 weeks: early morning 2, late morning 0/ }),
    ).toBeTruthy();
    expect(screen.getByTestId('visit-parts').textContent).toBe(
      'No visits in the late morning or the late afternoon: Find time will look there first next week.',
    );
  });
});
