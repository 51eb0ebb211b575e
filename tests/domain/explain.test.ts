import { expect, test } from 'vitest';
import { redirectSentence } from '../../lib/domain/explain';
import { applyBaseline, measureWeek, type Baseline, type WeekMeasure } from '../../lib/domain/summary';

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
