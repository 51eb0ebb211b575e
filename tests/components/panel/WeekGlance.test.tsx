import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { WeekGlance } from '../../../components/panel/WeekGlance';
import { applyBaseline, measureWeek } from '../../../lib/domain/measure/summary';
import { at, makeEvent, makeReclaimed, makeTag, tagMap } from '../../builders';

test('the glance says where the reclaimed hours went, with a described chart', () => {
  const walk = makeEvent({ start: at('2026-11-16', '09:00'), end: at('2026-11-16', '11:30') });
  const coach = makeEvent({ start: at('2026-11-17', '09:00'), end: at('2026-11-17', '10:00') });
  const allDay = makeEvent({ start: at('2026-11-18'), end: at('2026-11-19'), allDay: true });
  const m = measureWeek({
    weekKey: '2026-11-16',
    events: [walk, coach, allDay],
    tags: tagMap([makeTag(walk.id, 'walkthrough'), makeTag(coach.id, 'coaching')]),
    reclaimed: [makeReclaimed('2026-11-17', 270)],
    now: at('2026-11-30'),
  });
  render(<WeekGlance summary={applyBaseline(m, { hours: 2, source: 'measured', weeks: [] })} />);
  expect(screen.getByTestId('redirect-sentence').textContent).toBe(
    'AI gave you back 4.5 h. Walkthroughs and coaching went up 1.5 h over your baseline — 1.5 of the 4.5 hours ' +
      'were redirected. 3 h were absorbed by other work.',
  );
  expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
    'Reclaimed 4.5 h; walkthroughs 2.5 h and coaching 1 h, together 3.5 h against a baseline of 2 h.',
  );
  expect(screen.getByTestId('exclusions').textContent).toBe('Not counted: 1 all-day.');
});
