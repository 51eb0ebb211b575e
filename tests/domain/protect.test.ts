import { describe, expect, test } from 'vitest';
import { blockOutcomes, proposeForPlan, suggestPlan } from '../../lib/domain/protect';
import { BlockMinutesSchema, SchoolDaySchema } from '../../lib/domain/school-day';
import { at, makeEvent, makeTag, tagMap } from '../builders';

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
