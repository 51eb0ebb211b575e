import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  blockLengths,
  blockOutcomes,
  findTime,
  proposeForPlan,
  schoolDates,
  suggestPlan,
} from '../../lib/domain/protect';
import { at, makeEvent, makeTag, tagMap } from '../builders';

const SCHOOL_DAY = { start: '08:00', end: '15:30' };
/** Monday 2026-11-30 07:00 local: the whole week ahead. */
const MONDAY_EARLY = at('2026-11-30', '07:00');
const hhmm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const day = (ms: number) => new Date(ms).toDateString().slice(0, 3);
const range = (date: string, from: string, to: string) => ({ start: at(date, from), end: at(date, to) });

describe('block lengths', () => {
  test.each([
    ['walkthrough', 90, [30, 30, 30]],
    ['walkthrough', 45, [25, 20]],
    ['walkthrough', 10, [15]],
    ['coaching', 60, [30, 30]],
    ['coaching', 40, [40]],
    ['coaching', 20, [30]],
    ['feedback', 100, [35, 35, 30]],
    ['plc', 75, [75]],
    ['curriculum', 120, [40, 40, 40]],
  ])('%s %i min → %j', (activity, minutes, expected) => {
    expect(blockLengths(activity, minutes)).toEqual(expected);
  });
});

describe('find time', () => {
  test('an empty week: walkthroughs in the mornings, spread over days, inside the school day', () => {
    const result = findTime({
      weekKey: '2026-11-30',
      plan: { walkthrough: 90, coaching: 60 },
      busy: [],
      schoolDay: SCHOOL_DAY,
      now: MONDAY_EARLY,
    });
    expect(result.message).toBeNull();
    expect(result.blocks.map((b) => `${day(b.start)} ${hhmm(b.start)}-${hhmm(b.end)} ${b.activity}`)).toEqual([
      'Mon 08:00-08:30 walkthrough',
      'Tue 08:00-08:30 walkthrough',
      'Wed 08:00-08:30 walkthrough',
      'Thu 08:00-08:30 coaching',
      'Fri 08:00-08:30 coaching',
    ]);
    expect(result.blocks[0]!.why).toBe('Monday morning, while classes are in session.');
  });

  test('busy time is never used; tiny gaps are ignored; blocks start after now', () => {
    const busy = [
      range('2026-11-30', '08:00', '09:00'),
      range('2026-11-30', '09:10', '12:00'), // a 10-minute gap: too small for a walkthrough
      range('2026-12-01', '08:00', '15:30'),
      range('2026-12-02', '08:00', '15:30'),
      range('2026-12-03', '08:00', '15:30'),
      range('2026-12-04', '08:00', '15:30'),
    ];
    const now = at('2026-11-30', '12:40');
    const result = findTime({ weekKey: '2026-11-30', plan: { walkthrough: 30 }, busy, schoolDay: SCHOOL_DAY, now });
    expect(result.blocks.map((b) => `${hhmm(b.start)}-${hhmm(b.end)}`)).toEqual(['12:40-13:10']);
    expect(result.blocks[0]!.why).toMatch(/no free morning was left/);
  });

  test('now in the middle of a block: the next free time starts on a 5-minute step', () => {
    const now = at('2026-11-30', '10:07');
    const result = findTime({ weekKey: '2026-11-30', plan: { coaching: 30 }, busy: [], schoolDay: SCHOOL_DAY, now });
    expect(hhmm(result.blocks[0]!.start)).toBe('10:10');
  });

  test('nothing free: a clear message and no blocks', () => {
    const busy = schoolDates('2026-11-30').map((d) => ({ start: d.getTime(), end: d.getTime() + 86_400_000 }));
    const result = findTime({
      weekKey: '2026-11-30',
      plan: { coaching: 60 },
      busy,
      schoolDay: SCHOOL_DAY,
      now: MONDAY_EARLY,
    });
    expect(result.blocks).toEqual([]);
    expect(result.message).toMatch(/^No free time is left in your school day this week/);
    expect(result.unplaced).toEqual([{ activity: 'coaching', minutes: 60 }]);
  });

  test('a week in the past proposes nothing', () => {
    const result = findTime({
      weekKey: '2026-11-23',
      plan: { walkthrough: 30 },
      busy: [],
      schoolDay: SCHOOL_DAY,
      now: MONDAY_EARLY,
    });
    expect(result.blocks).toEqual([]);
  });

  test('a DST change inside the week keeps the school day in local time', () => {
    // Tests run in America/New_York (vitest.config.ts): DST starts 2026-03-08 and ends 2026-11-01.
    for (const weekKey of ['2026-03-02', '2026-10-26']) {
      const result = findTime({
        weekKey,
        plan: { walkthrough: 150 },
        busy: [],
        schoolDay: SCHOOL_DAY,
        now: at(weekKey, '00:00') - 86_400_000,
      });
      expect(result.blocks).toHaveLength(5);
      for (const b of result.blocks) expect(hhmm(b.start)).toBe('08:00');
    }
  });

  test('weeks starting on Sunday or Saturday still propose Monday to Friday', () => {
    expect(schoolDates('2026-11-29').map((d) => d.getDay())).toEqual([1, 2, 3, 4, 5]);
    expect(schoolDates('2026-11-28').map((d) => d.getDay())).toEqual([1, 2, 3, 4, 5]);
    expect(schoolDates('2026-11-30')[0]!.getDate()).toBe(30);
  });

  test('property: proposals never overlap busy time or each other, and stay inside the school day', () => {
    const weekStart = at('2026-11-30', '00:00');
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 5 * 24 * 12 }), fc.integer({ min: 1, max: 48 }))
      .map(([at5, len5]) => ({ start: weekStart + at5 * 300_000, end: weekStart + (at5 + len5) * 300_000 }));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 40 }),
        fc.record({
          walkthrough: fc.integer({ min: 0, max: 300 }),
          coaching: fc.integer({ min: 0, max: 240 }),
          plc: fc.integer({ min: 0, max: 120 }),
        }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        (busy, plan, nowMinutes) => {
          const now = weekStart + nowMinutes * 60_000;
          const { blocks } = findTime({ weekKey: '2026-11-30', plan, busy, schoolDay: SCHOOL_DAY, now });
          for (const [i, b] of blocks.entries()) {
            expect(b.start).toBeGreaterThanOrEqual(now);
            expect(hhmm(b.start) >= '08:00' && hhmm(b.end) <= '15:30' && hhmm(b.end) > hhmm(b.start)).toBe(true);
            expect(new Date(b.start).getDay()).toBeGreaterThanOrEqual(1);
            expect(new Date(b.start).getDay()).toBeLessThanOrEqual(5);
            for (const x of busy) expect(b.end <= x.start || b.start >= x.end).toBe(true);
            for (const other of blocks.slice(i + 1)) expect(b.end <= other.start || b.start >= other.end).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the plan and the calendar', () => {
  const block = {
    id: 'walkthrough-1',
    activity: 'walkthrough',
    start: at('2026-12-01', '08:00'),
    end: at('2026-12-01', '08:30'),
  };
  const other = {
    id: 'coaching-1',
    activity: 'coaching',
    start: at('2026-12-02', '08:00'),
    end: at('2026-12-02', '08:30'),
  };

  test('outcomes: not scheduled, on the calendar, to confirm, displaced by what', () => {
    const event = makeEvent({ title: 'Walkthrough — protected time', start: block.start, end: block.end });
    const tags = tagMap([makeTag(event.id, 'walkthrough', { setBy: 'plan', blockId: block.id })]);
    expect(blockOutcomes([block, other], [event], tags, at('2026-11-30')).map((o) => o.state)).toEqual([
      'on-calendar',
      'not-scheduled',
    ]);
    expect(blockOutcomes([block], [event], tags, at('2026-12-02'))[0]!.state).toBe('to-confirm');
    const displaced = tagMap([
      makeTag(event.id, 'walkthrough', {
        setBy: 'plan',
        blockId: block.id,
        status: 'displaced',
        displacedBy: 'discipline',
      }),
    ]);
    expect(blockOutcomes([block], [event], displaced, at('2026-12-02'))[0]).toMatchObject({
      state: 'displaced',
      displacedBy: 'discipline',
    });
  });

  test('asking again keeps blocks on the calendar and proposes only the rest', () => {
    const event = makeEvent({ title: 'Walkthrough — protected time', start: block.start, end: block.end });
    const tags = tagMap([makeTag(event.id, 'walkthrough', { setBy: 'plan', blockId: block.id })]);
    const result = proposeForPlan({
      weekKey: '2026-11-30',
      plan: { minutes: { walkthrough: 60 }, blocks: [block, other] },
      events: [event],
      tags,
      avoid: [{ start: at('2026-11-30', '08:00'), end: at('2026-11-30', '15:30') }],
      schoolDay: SCHOOL_DAY,
      now: MONDAY_EARLY,
    });
    expect(result.kept).toEqual([block]);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]!.end - result.blocks[0]!.start).toBe(30 * 60_000);
    // Not Monday (dropped), not Tuesday 08:00 (the kept block is busy).
    expect(result.blocks[0]!.start).not.toBe(block.start);
    expect(day(result.blocks[0]!.start)).not.toBe('Mon');
  });

  test('suggestion: last week plus weekly estimates, split as last time', () => {
    expect(
      suggestPlan({
        lastWeekOneOffMinutes: 210,
        weeklyEstimateMinutes: 90,
        previous: { minutes: { walkthrough: 60, coaching: 30 } },
      }),
    ).toEqual({
      totalMinutes: 300,
      minutes: { walkthrough: 195, coaching: 105 },
      source:
        'About 5 h this week (3 h 30 min saved last week plus 1 h 30 min your weekly repeating tasks save), split as you planned last time.',
    });
    expect(suggestPlan({ lastWeekOneOffMinutes: 0, weeklyEstimateMinutes: 0 })).toBeNull();
    expect(suggestPlan({ lastWeekOneOffMinutes: 120, weeklyEstimateMinutes: 0 })?.minutes).toEqual({
      walkthrough: 60,
      coaching: 60,
    });
  });
});
