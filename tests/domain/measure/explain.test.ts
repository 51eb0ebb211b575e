import { describe, expect, test } from 'vitest';
import {
  countingSentence,
  lastWeekSentence,
  nextStep,
  protectedSentence,
  redirectSentence,
  withoutRepeat,
} from '../../../lib/domain/measure/explain';
import { applyBaseline, measureWeek, type Baseline, type WeekMeasure } from '../../../lib/domain/measure/summary';

const base = measureWeek({ weekKey: '2026-11-16', events: [], tags: new Map(), reclaimed: [], now: 0 });
const say = (m: Partial<WeekMeasure>, baseline: Baseline) =>
  redirectSentence(applyBaseline({ ...base, ...m }, baseline));
const measured: Baseline = { hours: 2, source: 'measured', weeks: ['2026-09-07'] };

test.each([
  [
    'nothing logged',
    { reclaimedHours: 0, walkthroughHours: 2 },
    measured,
    'No AI time savings logged this week yet. Walkthroughs and coaching: 2 h (your baseline is 2 h).',
  ],
  [
    'part redirected',
    { reclaimedHours: 4.5, walkthroughHours: 2.5, coachingHours: 1 },
    measured,
    'AI gave you back 4.5 h. Walkthroughs and coaching went up 1.5 h over your baseline — 1.5 of the 4.5 hours ' +
      'were redirected. 3 h were absorbed by other work.',
  ],
  [
    'all redirected',
    { reclaimedHours: 1, walkthroughHours: 4 },
    measured,
    'AI gave you back 1 h. Walkthroughs and coaching went up 2 h over your baseline — all 1 reclaimed hour was redirected.',
  ],
  [
    'below baseline',
    { reclaimedHours: 2, walkthroughHours: 1 },
    measured,
    'AI gave you back 2 h. Walkthroughs and coaching came to 1 h, 1 h under your baseline of 2 h, so none of it was redirected yet.',
  ],
  [
    'baseline still being measured',
    { reclaimedHours: 2, walkthroughHours: 1 },
    { hours: 1, source: 'provisional', weeks: ['2026-11-16'] } as Baseline,
    'AI gave you back 2 h. Your baseline is still being measured from your first three tracked weeks, and this ' +
      'week is one of them, so redirected time shows from the week after. Walkthroughs and coaching this week: 1 h.',
  ],
])('%s', (_name, m, baseline, sentence) => {
  expect(say(m, baseline)).toBe(sentence);
});

describe('every sentence, at its edges', () => {
  const summary = (m: Partial<WeekMeasure>, baseline: Baseline = measured) =>
    applyBaseline({ ...base, ...m }, baseline);
  const none: Baseline = { hours: null, source: 'none', weeks: [] };

  test.each([
    [
      'nothing logged, no baseline yet',
      summary({ walkthroughHours: 2 }, none),
      'No AI time savings logged this week yet. Walkthroughs and coaching: 2 h.',
    ],
    [
      'time saved, no baseline yet',
      summary({ reclaimedHours: 1 }, none),
      'AI gave you back 1 h. Your baseline is measured from your first tracked weeks; open your calendar so there is one to compare with.',
    ],
    [
      'level with the baseline',
      summary({ reclaimedHours: 2, walkthroughHours: 2 }),
      'AI gave you back 2 h. Walkthroughs and coaching came to 2 h, level with your baseline of 2 h, so none of it was redirected yet.',
    ],
  ])('%s', (_name, s, sentence) => {
    expect(redirectSentence(s)).toBe(sentence);
  });
  test('any missing half of the comparison says the baseline is being measured', () => {
    const s = summary({ reclaimedHours: 2, walkthroughHours: 4 });
    const measuring = /^AI gave you back 2 h\. Your baseline is measured from your first tracked weeks/;
    expect(redirectSentence({ ...s, redirectedHours: null })).toMatch(measuring);
    expect(redirectSentence({ ...s, gainHours: null })).toMatch(measuring);
    expect(redirectSentence(s)).not.toMatch(measuring);
    // Nothing known to be absorbed: all of it was redirected.
    expect(redirectSentence({ ...s, absorbedHours: null })).toBe(
      'AI gave you back 2 h. Walkthroughs and coaching went up 2 h over your baseline — all 2 reclaimed hours were redirected.',
    );
  });

  test('protected time: nothing planned asks; something planned says how much is on the calendar', () => {
    expect(protectedSentence({ plannedMinutes: 0, onCalendarMinutes: 0 })).toBe(
      'What will you do with the hours you get back this week?',
    );
    expect(protectedSentence({ plannedMinutes: 90, onCalendarMinutes: 30 })).toBe(
      '0.5 of the 1.5 h you planned are on your calendar.',
    );
  });

  test.each([
    [
      'one visit, no conversation',
      { walkthroughCount: 1, openLoops: 1 },
      '1 walkthrough this week, no feedback conversation scheduled: block one feedback conversation next week.',
    ],
    [
      'one open loop among visits with conversations',
      { walkthroughCount: 3, openLoops: 1, conversationCount: 2 },
      '3 walkthroughs this week, 1 without a feedback conversation after it: block one feedback conversation next week.',
    ],
    [
      'two open loops',
      { walkthroughCount: 3, openLoops: 2, conversationCount: 1 },
      '3 walkthroughs this week, 2 without a feedback conversation after them: block one feedback conversation next week.',
    ],
    [
      'loops closed, nothing saved',
      { walkthroughCount: 2, openLoops: 0, conversationCount: 2 },
      'Log the time AI saves you next week, so you can see where it goes.',
    ],
    [
      'open loops but no visits this week',
      { walkthroughCount: 0, openLoops: 1 },
      'Log the time AI saves you next week, so you can see where it goes.',
    ],
    [
      'saved, none redirected',
      { reclaimedHours: 2, walkthroughHours: 1 },
      'Block one coaching conversation next week for the reclaimed time.',
    ],
    [
      'saved, 99 % redirected',
      { reclaimedHours: 1, walkthroughHours: 2.99 },
      'Keep the coaching time you made this week on the calendar for next week.',
    ],
    [
      'saved, part redirected',
      { reclaimedHours: 2, walkthroughHours: 3 },
      'Block one more coaching or feedback conversation next week.',
    ],
  ] as const)('next step: %s', (_name, m, sentence) => {
    expect(nextStep(summary(m))).toBe(sentence);
  });
  test('a redirect rate just under 99 % is not called all of it', () => {
    const s = summary({ reclaimedHours: 2, walkthroughHours: 3.9 });
    expect(nextStep({ ...s, redirectRate: 0.98 })).toBe('Block one more coaching or feedback conversation next week.');
    expect(nextStep({ ...s, redirectRate: 0.99 })).toBe(
      'Keep the coaching time you made this week on the calendar for next week.',
    );
    expect(nextStep({ ...s, redirectRate: null })).toBe('Block one more coaching or feedback conversation next week.');
  });

  test('last week in one line', () => {
    expect(lastWeekSentence(summary({ walkthroughHours: 2, coachingHours: 1 }))).toBe(
      'Last week: no AI time savings logged; walkthroughs and coaching came to 3 h.',
    );
    expect(lastWeekSentence(summary({ reclaimedHours: 2, walkthroughHours: 4 }, none))).toBe(
      'Last week AI gave you back 2 h; your baseline is still being measured.',
    );
    const provisional: Baseline = { hours: 1, source: 'provisional', weeks: ['2026-11-16'] };
    expect(lastWeekSentence(summary({ reclaimedHours: 2, walkthroughHours: 4 }, provisional))).toBe(
      'Last week AI gave you back 2 h; your baseline is still being measured.',
    );
    expect(lastWeekSentence(summary({ reclaimedHours: 2, walkthroughHours: 4 }))).toBe(
      'Last week AI gave you back 2 h; 2 h of it went to walkthroughs and coaching.',
    );
  });

  test('whose time the glance counts, in every case it speaks', () => {
    const cal = (name: string, counted: boolean, account = false) => ({ name, counted, account });
    expect(countingSentence([cal('Dr. Lee', true, true)], 'account', 0)).toBeNull();
    expect(countingSentence([cal('Dr. Lee', true, true)], 'account', 1)).toBe(
      "Outlook's calendar list was not visible, so 1 event could not be matched to a calendar and counts as yours: " +
        'show the list (the left pane) to have it matched.',
    );
    expect(countingSentence([cal('A', true), cal('B', true)], 'chosen', 3)).toBe(
      "Outlook's calendar list was not visible, so 3 events could not be matched to a calendar and count as yours: " +
        'show the list (the left pane) to have them matched.',
    );
    expect(countingSentence([cal('Dr. Lee', true, true), cal('AP', false)], 'account', 0)).toBe(
      'Counting only your own calendar (Dr. Lee); the other calendar on screen is not counted — choose yours.',
    );
    expect(countingSentence([cal('x', true), cal('AP', false), cal('School', false)], 'account', 0)).toBe(
      'Counting only your own calendar (your account); the 2 other calendars on screen are not counted — choose yours.',
    );
    expect(countingSentence([cal('A', true), cal('B', true), cal('C', true)], 'all', 2)).toBe(
      "Counting all 3 calendars on screen — choose yours. Outlook's calendar list was not visible, so 2 events could " +
        'not be matched to a calendar and count as yours: show the list (the left pane) to have them matched.',
    );
  });

  test('a nudge card leaves out the sentence the glance shows, and only that', () => {
    expect(withoutRepeat('A. B.', 'A.')).toBe('B.');
    expect(withoutRepeat('A.', 'A.')).toBe('Your weekly review is ready.');
    expect(withoutRepeat('A. B.', null)).toBe('A. B.');
    expect(withoutRepeat('A. B.', '')).toBe('A. B.');
    expect(withoutRepeat('A. B.', 'B.')).toBe('A. B.');
  });
});
