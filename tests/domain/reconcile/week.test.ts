import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../lib/domain/events/answer';
import { statusOfOutcome } from '../../../lib/domain/events/answer';
import { applyBaseline, measureWeek } from '../../../lib/domain/measure/summary';
import { reconcileWeek, UNSTATED } from '../../../lib/domain/reconcile/week';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const WEEK = { start: at('2026-11-30'), end: at('2026-12-07') };
const NOW = at('2026-12-04', '17:00');
const a = (over: Partial<Answer>): Answer => ({ outcome: 'happened', by: 'you', answeredAt: 1, ...over });

function block(day: string, minutes: number, activity: string, answer?: Answer) {
  const e = makeEvent({ start: at(day, '09:00'), end: at(day, '09:00') + minutes * 60_000 });
  return {
    e,
    tag: makeTag(e.id, activity, answer ? { status: statusOfOutcome(answer.outcome), answer } : {}),
  };
}

describe("the week's answers", () => {
  const blocks = [
    block('2026-11-30', 30, 'walkthrough', a({})),
    block(
      '2026-12-01',
      45,
      'coaching',
      a({ outcome: 'not-happened', reason: 'discipline', nextTime: { who: 'unassigned' } }),
    ),
    block(
      '2026-12-02',
      60,
      'observation',
      a({ outcome: 'partly', minutesHappened: 20, reason: 'walk-in', minutesLost: 30 }),
    ),
    block('2026-12-03', 20, 'feedback', a({ outcome: 'moved', followUp: 'reschedule' })),
    block('2026-12-03', 30, 'walkthrough'),
    block(
      '2026-12-04',
      30,
      'coaching',
      a({ outcome: 'ask-principal', by: 'Ms. Rivera', question: 'Did this happen?' }),
    ),
    block('2026-12-04', 60, 'discipline'),
  ];
  const week = reconcileWeek(
    blocks.map((b) => b.e),
    tagMap(blocks.map((b) => b.tag)),
    WEEK,
    NOW,
  );

  test('protected time planned and what happened; silence and open questions are not reconciled', () => {
    expect(week).toMatchObject({
      blocks: 6,
      plannedMinutes: 215,
      happenedMinutes: 50,
      notReconciled: { blocks: 2, minutes: 60 },
      moved: { blocks: 1, minutes: 20 },
      asked: 1,
      followUps: { reschedule: 1, 'hand-off': 0, drop: 0 },
    });
  });

  test('the time that did not happen, by what took it; a smaller "minutes lost" leaves the rest unstated', () => {
    expect(week.displacedMinutes).toBe(85);
    expect(week.byReason).toEqual([
      { reason: 'discipline', minutes: 45 },
      { reason: 'walk-in', minutes: 30 },
      { reason: UNSTATED, minutes: 10 },
    ]);
    expect(week.gaps).toEqual([{ reason: 'discipline', minutes: 45 }]);
  });

  test('a block that partly happened counts its part as its activity and the rest as what took it', () => {
    const partly = block(
      '2026-12-02',
      60,
      'observation',
      a({ outcome: 'partly', minutesHappened: 20, reason: 'discipline' }),
    );
    const m = measureWeek({
      weekKey: '2026-11-30',
      events: [partly.e],
      tags: tagMap([partly.tag]),
      reclaimed: [],
      now: NOW,
    });
    expect(m.walkthroughHours).toBeCloseTo(20 / 60, 3);
    expect(m.hoursByActivity.discipline).toBeCloseTo(40 / 60, 3);
    expect(m.blocks).toMatchObject({ happenedHours: 0.333, displacedHours: 0.667 });
    expect(m.workedHours).toBe(1);
    // A reason with no activity (a meeting ran over) leaves the lost part as displaced, activity unknown.
    const ran = block(
      '2026-12-02',
      60,
      'observation',
      a({ outcome: 'partly', minutesHappened: 45, reason: 'meeting-ran-over' }),
    );
    const n = measureWeek({ weekKey: '2026-11-30', events: [ran.e], tags: tagMap([ran.tag]), reclaimed: [], now: NOW });
    expect(n.displacedHours).toBe(0.25);
    expect(applyBaseline(n, { hours: 0, source: 'override', weeks: [] }).walkthroughHours).toBe(0.75);
  });
});

const outcomeArb = fc.constantFrom<Answer['outcome']>('happened', 'partly', 'moved', 'not-happened', 'ask-principal');
const blockArb = fc
  .record({
    minutes: fc.integer({ min: 5, max: 120 }),
    day: fc.integer({ min: 0, max: 4 }),
    answered: fc.boolean(),
    outcome: outcomeArb,
    happenedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reason: fc.option(fc.constantFrom('discipline', 'walk-in', 'custom-bus', 'other'), { nil: undefined }),
    lostShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((b) => {
    const happened = Math.min(b.minutes - 1, Math.max(1, Math.round(b.minutes * b.happenedShare)));
    const partial = b.outcome === 'partly';
    const lost = b.minutes - (partial ? happened : 0);
    const reasoned = b.outcome === 'partly' || b.outcome === 'not-happened' ? b.reason : undefined;
    const answer: Answer | undefined = b.answered
      ? a({
          outcome: b.outcome,
          ...(partial ? { minutesHappened: happened } : {}),
          ...(reasoned ? { reason: reasoned } : {}),
          ...(reasoned && b.lostShare !== undefined
            ? { minutesLost: Math.max(1, Math.round(lost * b.lostShare)) }
            : {}),
        })
      : undefined;
    return { ...b, answer, happened };
  });

describe('properties of a week of answers', () => {
  test('reasons and minutes add up to the time that did not happen; nothing happened without an answer; a part never exceeds its block', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 12 }), (list) => {
        const blocks = list.map((b, i) => {
          const e = makeEvent({
            start: at(`2026-11-${String(30).padStart(2, '0')}`, '08:00') + b.day * 86_400_000 + i * 3 * 3_600_000,
            end: 0,
          });
          e.end = e.start + b.minutes * 60_000;
          return {
            b,
            e,
            tag: makeTag(
              e.id,
              'walkthrough',
              b.answer ? { status: statusOfOutcome(b.answer.outcome), answer: b.answer } : {},
            ),
          };
        });
        const week = reconcileWeek(
          blocks.map((x) => x.e),
          tagMap(blocks.map((x) => x.tag)),
          WEEK,
          at('2026-12-31'),
        );
        // Reasons (with the unstated rest) add up to the displaced time.
        expect(week.byReason.reduce((s, r) => s + r.minutes, 0)).toBe(week.displacedMinutes);
        // Only answers say "happened": the unanswered and the open questions add nothing.
        const expectedHappened = blocks.reduce((s, { b }) => {
          if (!b.answer) return s;
          if (b.answer.outcome === 'happened') return s + b.minutes;
          if (b.answer.outcome === 'partly') return s + b.happened;
          return s;
        }, 0);
        expect(week.happenedMinutes).toBe(expectedHappened);
        expect(week.notReconciled.blocks).toBe(
          blocks.filter(({ b }) => !b.answer || b.answer.outcome === 'ask-principal').length,
        );
        // Every part is within its block: happened + displaced + moved + not reconciled = planned.
        expect(week.happenedMinutes + week.displacedMinutes + week.moved.minutes + week.notReconciled.minutes).toBe(
          week.plannedMinutes,
        );
      }),
      { numRuns: 300 },
    );
  });
});
