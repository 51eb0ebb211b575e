import { describe, expect, test } from 'vitest';
import {
  blockOutcomes,
  busyTime,
  proposeForPlan,
  protectHosts,
  suggestPlan,
  suggestPlanFrom,
} from '../../../lib/domain/planning/protect';
import { BlockMinutesSchema, SchoolDaySchema } from '../../../lib/domain/planning/school-day';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const SCHOOL_DAY = SchoolDaySchema.parse({ start: '08:00', end: '15:30' });
/** Monday 2026-11-30 07:00 local: the whole week ahead. */
const MONDAY_EARLY = at('2026-11-30', '07:00');
const day = (ms: number) => new Date(ms).toDateString().slice(0, 3);

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
      blockMinutes: BlockMinutesSchema.parse({}),
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

describe('each rule of protecting the hours, at its edge', () => {
  const block = { id: 'b', activity: 'walkthrough', start: at('2026-12-01', '09:00'), end: at('2026-12-01', '09:30') };
  const event = makeEvent({ title: 'Walkthrough — protected time', start: block.start, end: block.end });
  const linked = (over = {}) =>
    tagMap([makeTag(event.id, 'walkthrough', { setBy: 'plan', blockId: block.id, ...over })]);

  test('a block is on the calendar only through a counted event tagged with its id', () => {
    expect(blockOutcomes([block], [event], tagMap([makeTag(event.id, 'walkthrough')]), 0)[0]!.state).toBe(
      'not-scheduled',
    );
    expect(blockOutcomes([block], [event], new Map(), 0)[0]!.state).toBe('not-scheduled');
    const cancelled = { ...event, cancelled: true };
    expect(blockOutcomes([block], [cancelled], linked(), 0)[0]!.state).toBe('not-scheduled');
  });

  test('to confirm from the moment it ends; what happened and what displaced it are kept', () => {
    expect(blockOutcomes([block], [event], linked(), block.end - 1)[0]!.state).toBe('on-calendar');
    expect(blockOutcomes([block], [event], linked(), block.end)[0]!.state).toBe('to-confirm');
    expect(blockOutcomes([block], [event], linked({ status: 'happened' }), block.end)[0]).toEqual({
      block,
      state: 'happened',
      event,
    });
    const displaced = blockOutcomes([block], [event], linked({ status: 'displaced' }), block.end)[0]!;
    expect(displaced).toEqual({ block, state: 'displaced', event });
    expect('displacedBy' in displaced).toBe(false);
  });

  test('busy time: counted timed events; an all-day event, a cancelled one and a zero-length one are not', () => {
    const meeting = makeEvent({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '11:00') });
    const allDay = makeEvent({ start: at('2026-12-01'), end: at('2026-12-02'), allDay: true });
    const cancelled = makeEvent({ start: at('2026-12-01', '12:00'), end: at('2026-12-01', '13:00'), cancelled: true });
    const reminder = makeEvent({ start: at('2026-12-01', '14:00'), end: at('2026-12-01', '14:00') });
    expect(busyTime([meeting, allDay, cancelled, reminder])).toEqual([{ start: meeting.start, end: meeting.end }]);
  });

  test('planned minutes already on the calendar are not proposed again; the rest are, to the minute', () => {
    const propose = (minutes: Record<string, number>, recentVisits?: number[]) =>
      proposeForPlan({
        weekKey: '2026-11-30',
        plan: { minutes, blocks: [block] },
        events: [event],
        tags: linked(),
        avoid: [],
        schoolDay: SCHOOL_DAY,
        blockMinutes: BlockMinutesSchema.parse({}),
        now: MONDAY_EARLY,
        ...(recentVisits ? { recentVisits } : {}),
      });
    expect(propose({ walkthrough: 30 }).blocks).toEqual([]);
    // 30 more minutes of walkthrough; the coaching is shared by the kept visit and the new one, 15 minutes each.
    const rest = propose({ walkthrough: 60, coaching: 30 }).blocks;
    expect(rest.map((b) => [b.activity, (b.end - b.start) / 60_000, b.follows === 'b'])).toEqual([
      ['walkthrough', 30, false],
      ['coaching', 15, false],
      ['coaching', 15, true],
    ]);
    // The recent visits reach Find time: a late-afternoon visit after a month of mornings.
    const mornings = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].map((d) => at(d, '09:00'));
    expect(propose({ walkthrough: 60 }, mornings).blocks[0]!.why).toMatch(/^Late-morning classes: no walkthrough/);
  });

  test('the suggestion: 15 minutes or more; one-off entries and running estimates only; its sentence says which', () => {
    expect(suggestPlan({ lastWeekOneOffMinutes: 14, weeklyEstimateMinutes: 0 })).toBeNull();
    expect(suggestPlan({ lastWeekOneOffMinutes: 15, weeklyEstimateMinutes: 0 })).toEqual({
      totalMinutes: 15,
      minutes: { walkthrough: 15, coaching: 15 },
      source: 'About 15 min this week (15 min saved last week), split between walkthroughs and coaching.',
    });
    expect(suggestPlan({ lastWeekOneOffMinutes: 0, weeklyEstimateMinutes: 60 })?.source).toBe(
      'About 1 h this week (1 h your weekly repeating tasks save), split between walkthroughs and coaching.',
    );
    // A share that rounds to nothing is left out.
    expect(
      suggestPlan({
        lastWeekOneOffMinutes: 60,
        weeklyEstimateMinutes: 0,
        previous: { minutes: { walkthrough: 100, plc: 1 } },
      })?.minutes,
    ).toEqual({ walkthrough: 60 });
    expect(
      suggestPlanFrom(
        [{ minutes: 30 }, { minutes: 45, recurringId: 'r' }, { minutes: 15 }],
        [
          { minutes: 20, stoppedAt: null },
          { minutes: 90, stoppedAt: '2026-11-01' },
        ],
        undefined,
      )?.source,
    ).toBe(
      'About 1 h 5 min this week (45 min saved last week plus 20 min your weekly repeating tasks save), split between walkthroughs and coaching.',
    );
  });

  test('links go to the calendars the week’s events came from, else the one read last', () => {
    const outlook = makeEvent({ source: 'outlook', start: 0, end: 1 });
    expect(protectHosts([event, outlook], 'google')).toEqual(['google', 'outlook']);
    expect(protectHosts([outlook], 'google')).toEqual(['outlook']);
    expect(protectHosts([], 'outlook')).toEqual(['outlook']);
    expect(protectHosts([], undefined)).toEqual([]);
  });
});
