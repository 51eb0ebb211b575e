import { describe, expect, test } from 'vitest';
import type { Coverage } from '../../../lib/domain/reconcile/coverage';
import type { OwedFeedback } from '../../../lib/domain/reconcile/feedback';
import { nameTeachers, planOffers } from '../../../lib/domain/reconcile/plan-offers';
import { DEFAULT_REASONS } from '../../../lib/domain/reconcile/reasons';
import type { ReconcileWeek } from '../../../lib/domain/reconcile/week';
import {
  gapLines,
  notSeenSentence,
  owedSentence,
  protectedSentence,
  reasonRows,
} from '../../../lib/domain/reconcile/words';
import { at } from '../../builders';

const week = (over: Partial<ReconcileWeek>): ReconcileWeek => ({
  plannedMinutes: 180,
  blocks: 4,
  happenedMinutes: 135,
  notReconciled: { blocks: 0, minutes: 0 },
  displacedMinutes: 45,
  byReason: [
    { reason: 'discipline', minutes: 30 },
    { reason: 'unstated', minutes: 15 },
  ],
  moved: { blocks: 0, minutes: 0 },
  gaps: [{ reason: 'discipline', minutes: 30 }],
  followUps: { reschedule: 0, 'hand-off': 0, drop: 0 },
  asked: 0,
  ...over,
});
const owed = (name: string, state: OwedFeedback['state']): OwedFeedback => ({
  id: name,
  teacher: { key: name, name },
  visit: { eventId: `v-${name}`, title: 'Walkthrough', start: at('2026-11-30', '09:00'), activity: 'walkthrough' },
  dueDate: '2026-12-01',
  overdueAfter: '2026-12-02',
  closed: state === 'closed' ? { at: 1, how: 'conversation' } : null,
  state,
});
const cover = (names: string[], of: number, weeks: 1 | 2 | 3 | 4 = 3): Coverage => ({
  weeks,
  teachers: Array.from({ length: of }, (_, i) => ({
    teacher: { key: `t${i}`, name: `T${i}`, addedAt: 0 },
    lastSeen: null,
    seen: true,
    sequence: [],
  })),
  share: of ? (of - names.length) / of : null,
  notSeen: names.map((name) => ({
    teacher: { key: name, name, addedAt: 0 },
    lastSeen: null,
    seen: false,
    sequence: [],
  })),
});

describe('what the review says about the daily reconcile', () => {
  test('protected time, with the blocks still to reconcile named as not counted', () => {
    expect(protectedSentence(week({}))).toBe('Protected time: 3 h planned, 2 h 15 min happened.');
    expect(
      protectedSentence(week({ notReconciled: { blocks: 1, minutes: 45 }, moved: { blocks: 2, minutes: 60 } })),
    ).toBe(
      'Protected time: 3 h planned, 2 h 15 min happened. 2 blocks were moved. 1 block is not reconciled yet (45 min), so it is not counted as happened.',
    );
    expect(protectedSentence(week({ blocks: 0 }))).toBe('No protected or instructional blocks are over yet this week.');
  });
  test('by reason, the unstated rest named; the gaps', () => {
    expect(reasonRows(week({}), DEFAULT_REASONS)).toEqual([
      { label: 'Student behaviour or discipline', minutes: 30 },
      { label: 'No reason given', minutes: 15 },
    ]);
    expect(gapLines(week({}), DEFAULT_REASONS)).toEqual([
      'Student behaviour or discipline (30 min): no one is assigned yet.',
    ]);
  });
  test('feedback owed and teachers not seen', () => {
    expect(owedSentence([owed('A', 'due'), owed('B', 'overdue'), owed('C', 'closed')])).toBe(
      'Feedback owed: 2 conversations, 1 overdue.',
    );
    expect(owedSentence([owed('C', 'closed')])).toBe('Every visit has had its feedback.');
    expect(owedSentence([])).toBe('No feedback is owed: no visit with a teacher named yet.');
    expect(notSeenSentence(cover(['A', 'B'], 12))).toBe('Not seen within 3 weeks: 2 of 12 teachers (A, B).');
    expect(notSeenSentence(cover(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 12, 1))).toBe(
      'Not seen within this week: 7 of 12 teachers (A, B, C, D, E and 2 more).',
    );
    expect(notSeenSentence(cover([], 12))).toBe('Every teacher on your list was seen within 3 weeks.');
    expect(notSeenSentence(cover([], 0))).toBe('Add your staff list in the options to see who has not been visited.');
  });
});

describe("the Monday plan's offers", () => {
  const sizes = { walkthrough: 30, observation: 45, coaching: 30, feedback: 20 };
  test('book the feedback owed (one conversation each) and visits to the unseen (three to a walkthrough)', () => {
    const offers = planOffers(
      [owed('A', 'due'), owed('B', 'overdue'), owed('C', 'closed')],
      cover(['D', 'E', 'F', 'G'], 10),
      sizes,
    );
    expect(offers).toEqual({
      owed: { names: ['A', 'B'], minutes: 40 },
      unseen: { names: ['D', 'E', 'F', 'G'], minutes: 60, blocks: 2 },
    });
  });
  test("Find time's blocks say whom they are for: conversations of their own take the feedback owed", () => {
    const block = (id: string, activity: string, follows?: string) => ({
      id,
      activity,
      start: at('2026-12-07', '10:00'),
      end: at('2026-12-07', '10:30'),
      why: 'Early-morning classes.',
      ...(follows ? { follows } : {}),
    });
    const named = nameTeachers(
      [block('w1', 'walkthrough'), block('f1', 'feedback', 'w1'), block('f2', 'feedback'), block('w2', 'walkthrough')],
      [owed('A', 'overdue')],
      cover(['D', 'E', 'F', 'G'], 10),
    );
    expect(named.map((b) => b.why)).toEqual([
      'Early-morning classes. Visit D, E, F: not seen within 3 weeks.',
      'Early-morning classes.',
      'Feedback owed to A since the walkthrough on Mon, Nov 30.',
      'Early-morning classes. Visit G: not seen within 3 weeks.',
    ]);
  });
});
