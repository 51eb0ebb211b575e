import { expect, test } from 'vitest';
import { applyBaseline, measureWeek, type Baseline, type WeekMeasure } from '../../lib/domain/measure/summary';
import { composeNudge } from '../../lib/nudges/compose';

const empty = measureWeek({ weekKey: '2026-11-16', events: [], tags: new Map(), reclaimed: [], now: 0 });
const measured: Baseline = { hours: 2, source: 'measured', weeks: ['2026-09-07'] };
const week = (m: Partial<WeekMeasure>) => applyBaseline({ ...empty, tracked: true, ...m }, measured);

test.each([
  [
    'no data yet: a friendly setup nudge instead of zeros',
    'review',
    'principal',
    week({}),
    true,
    null,
    {
      title: 'Set up your week in Leadership Calendar',
      message:
        'Open your Google or Outlook calendar in this browser so your week can be read, and log the first time an AI tool saves you.',
    },
  ],
  [
    'nothing reclaimed',
    'review',
    'principal',
    week({ walkthroughHours: 2, coachingHours: 0.5 }),
    false,
    null,
    {
      message:
        'No AI time savings logged this week yet. Walkthroughs and coaching: 2.5 h (your baseline is 2 h). ' +
        'Log the time AI saves you next week, so you can see where it goes.',
    },
  ],
  [
    'all redirected',
    'review',
    'principal',
    week({ reclaimedHours: 1.5, walkthroughHours: 2, coachingHours: 2 }),
    false,
    null,
    {
      message:
        'AI gave you back 1.5 h. Walkthroughs and coaching went up 2 h over your baseline — all 1.5 reclaimed hours ' +
        'were redirected. Keep the coaching time you made this week on the calendar for next week.',
    },
  ],
  [
    'none redirected, with the biggest absorber',
    'review',
    'principal',
    week({ reclaimedHours: 3, walkthroughHours: 1 }),
    false,
    { activity: 'email-office', label: 'Email and office work', increaseHours: 2 },
    {
      message:
        'AI gave you back 3 h. Walkthroughs and coaching came to 1 h, 1 h under your baseline of 2 h, so none of it ' +
        'was redirected yet. Most of the rest went to email and office work (2 h more than in your recent weeks). ' +
        'Block one coaching conversation next week for the reclaimed time.',
    },
  ],
  [
    'walkthroughs without feedback',
    'review',
    'principal',
    week({ reclaimedHours: 2, walkthroughHours: 3, walkthroughCount: 3, conversationCount: 0, openLoops: 3 }),
    false,
    null,
    {
      message:
        'AI gave you back 2 h. Walkthroughs and coaching went up 1 h over your baseline — 1 of the 2 hours was ' +
        'redirected. 1 h was absorbed by other work. 3 walkthroughs this week, no feedback conversation scheduled: ' +
        'block one feedback conversation next week.',
    },
  ],
  [
    'assistant principal with untagged blocks',
    'review',
    'assistant-principal',
    week({ reclaimedHours: 1, untaggedHours: 6, untaggedEvents: 9 }),
    false,
    null,
    {
      title: 'Untagged calendar blocks',
      message: '9 calendar blocks this week are untagged (6 h). Tagging takes a minute with the keyboard.',
    },
  ],
  [
    'Monday: last week in one line and the planning question',
    'plan',
    'principal',
    week({ reclaimedHours: 4.5, walkthroughHours: 2.5, coachingHours: 1 }),
    false,
    null,
    {
      title: 'Plan your reclaimed hours',
      message:
        'Last week AI gave you back 4.5 h; 1.5 h of it went to walkthroughs and coaching. What will you do with the hours you get back this week?',
    },
  ],
] as const)('%s', (_name, kind, role, summary, noDataYet, absorber, expected) => {
  expect(composeNudge({ kind, role, summary, noDataYet, absorber })).toMatchObject(expected);
});

test('no nudge text calls operational work waste', () => {
  const text = composeNudge({
    kind: 'review',
    role: 'principal',
    summary: week({ reclaimedHours: 3 }),
    noDataYet: false,
    absorber: { activity: 'budget', label: 'Budget and resources', increaseHours: 3 },
  }).message;
  expect(text).not.toMatch(/wast|lost|too much|only/i);
});

test('Monday says how much of the plan is on the calendar, and pushes Find time when none is', () => {
  const base = {
    kind: 'plan' as const,
    role: 'principal' as const,
    summary: week({}),
    noDataYet: false,
    absorber: null,
  };
  expect(composeNudge({ ...base, protectedTime: { plannedMinutes: 180, onCalendarMinutes: 90 } }).message).toMatch(
    /1\.5 of the 3 h you planned are on your calendar\.$/,
  );
  expect(composeNudge({ ...base, protectedTime: { plannedMinutes: 120, onCalendarMinutes: 0 } }).message).toMatch(
    /None of the 2 h you planned is on your calendar yet: open Plan and press Find time\.$/,
  );
  expect(composeNudge(base).message).toMatch(/What will you do with the hours you get back this week\?$/);
});

test('each nudge takes the leader where its words point: setup, tagging, the plan, the review', () => {
  const input = { role: 'principal' as const, summary: week({ reclaimedHours: 1 }), absorber: null };
  expect(composeNudge({ ...input, kind: 'review', noDataYet: true }).target).toBe('setup');
  expect(composeNudge({ ...input, kind: 'plan', noDataYet: false }).target).toBe('plan');
  const review = composeNudge({ ...input, kind: 'review', noDataYet: false });
  expect([review.title, review.target]).toEqual(['Here is where your reclaimed hours went', 'review']);
  const ap = composeNudge({
    ...input,
    role: 'assistant-principal',
    kind: 'plan',
    noDataYet: false,
    summary: week({ untaggedEvents: 1, untaggedHours: 1 }),
  });
  expect(ap).toEqual({
    title: 'Untagged calendar blocks',
    message: '1 calendar block this week is untagged (1 h). Tagging takes a minute with the keyboard.',
    target: 'tag',
  });
});

test.each([
  ['a principal is never sent to tagging', 'principal', { untaggedEvents: 9, untaggedHours: 6 }, false],
  ['no untagged blocks', 'assistant-principal', { untaggedEvents: 0, untaggedHours: 0 }, false],
  ['untagged hours equal to the hour floor', 'assistant-principal', { untaggedEvents: 2, untaggedHours: 1 }, true],
  [
    'under an hour untagged, nothing instructional',
    'assistant-principal',
    { untaggedEvents: 2, untaggedHours: 0.5 },
    false,
  ],
  [
    'untagged hours level with walkthroughs and coaching',
    'assistant-principal',
    { untaggedEvents: 3, untaggedHours: 3, walkthroughHours: 2, coachingHours: 1 },
    true,
  ],
  [
    'fewer untagged hours than walkthroughs and coaching',
    'assistant-principal',
    { untaggedEvents: 3, untaggedHours: 2.5, walkthroughHours: 2, coachingHours: 1 },
    false,
  ],
] as const)('the tagging nudge for assistant principals: %s', (_name, role, measure, tagging) => {
  const text = composeNudge({ kind: 'review', role, summary: week(measure), noDataYet: false, absorber: null });
  expect(text.target === 'tag').toBe(tagging);
});

test('the biggest absorber is named only when some reclaimed time was absorbed', () => {
  const absorber = { activity: 'discipline', label: 'Discipline', increaseHours: 2 };
  const allRedirected = composeNudge({
    kind: 'review',
    role: 'principal',
    summary: week({ reclaimedHours: 1, walkthroughHours: 4 }),
    noDataYet: false,
    absorber,
  });
  expect(allRedirected.message).not.toContain('Most of the rest');
  const someAbsorbed = composeNudge({
    kind: 'review',
    role: 'principal',
    summary: week({ reclaimedHours: 3, walkthroughHours: 3 }),
    noDataYet: false,
    absorber,
  });
  expect(someAbsorbed.message).toContain('Most of the rest went to discipline (2 h more than in your recent weeks).');
});
