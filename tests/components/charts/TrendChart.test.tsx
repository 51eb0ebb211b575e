import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { hourTicks, TrendChart, type TrendPoint } from '../../../components/charts/TrendChart';

const week = (weekKey: string, reclaimed: number, walk: number, coach: number): TrendPoint => ({
  weekKey,
  reclaimedHours: reclaimed,
  walkthroughHours: walk,
  coachingHours: coach,
  redirectedHours: null,
  redirectRate: null,
});
const weeks = [week('2026-11-02', 2, 1, 0.5), week('2026-11-09', 3, 2, 1), week('2026-11-16', 4.5, 2.5, 2)];

test('hour ticks are round steps from zero past the largest value', () => {
  expect(hourTicks(4.5)).toEqual([0, 2, 4, 6]);
  expect(hourTicks(0)).toEqual([0, 0.5, 1]);
  expect(hourTicks(11)).toEqual([0, 5, 10, 15]);
});

test('axis ticks with units, baseline and goal lines, and the week under keyboard focus read out', async () => {
  render(<TrendChart weeks={weeks} baselineHours={2} goalHours={3.5} />);
  const chart = screen.getByRole('img');
  for (const tick of ['0 h', '2 h', '4 h', '6 h']) expect(chart.textContent).toContain(tick);
  expect(screen.getByTestId('baseline-line').textContent).toBe('baseline 2 h');
  expect(screen.getByTestId('goal-line').textContent).toBe('goal 3.5 h');
  expect(screen.queryByTestId('selected-week')).toBeNull();
  const user = userEvent.setup();
  chart.focus();
  await user.keyboard('{ArrowLeft}');
  expect(screen.getByTestId('trend-readout').textContent).toMatch(
    /: reclaimed 4\.5 h; walkthroughs \+ coaching 4\.5 h \(baseline 2 h\)\.$/,
  );
  await user.keyboard('{Home}');
  expect(screen.getByTestId('trend-readout').textContent).toMatch(/: reclaimed 2 h; walkthroughs \+ coaching 1\.5 h/);
  expect(screen.getByTestId('selected-week')).toBeTruthy();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByTestId('trend-readout').textContent).toMatch(/: reclaimed 3 h;/);
});

test('the first date label is centred on its week and the last ends at the plot edge, inside the chart', () => {
  render(<TrendChart weeks={weeks} />);
  const labels = Array.from(screen.getByRole('img').querySelectorAll('text')).filter(
    (t) => /^(\d+ [A-Z][a-z]+|[A-Z][a-z]+ \d+)$/.test(t.textContent ?? ''), // dates, not "2 h" ticks
  );
  expect(labels).toHaveLength(3);
  expect(labels.at(0)!.getAttribute('text-anchor')).toBe('middle');
  expect(labels.at(-1)!.getAttribute('text-anchor')).toBe('end');
});

test('twelve weeks get four date labels that keep apart: every third week, and the last', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => week(`2026-09-${String(7 + i).padStart(2, '0')}`, 1, 1, 1));
  render(<TrendChart weeks={twelve} />);
  const dates = Array.from(screen.getByRole('img').querySelectorAll('text'))
    .filter((t) => /^(\d+ [A-Z][a-z]+|[A-Z][a-z]+ \d+)$/.test(t.textContent ?? ''))
    .map((t) => Number(t.getAttribute('x')));
  expect(dates).toHaveLength(4);
  for (let i = 1; i < dates.length; i++) expect(dates[i]! - dates[i - 1]!).toBeGreaterThan(60);
});

test('the numbers as a table, built when asked for', async () => {
  render(<TrendChart weeks={weeks} baselineHours={2} />);
  expect(screen.queryByRole('table')).toBeNull();
  const details = screen.getByText('Show the numbers').closest('details')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  const table = await screen.findByRole('table');
  expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
  expect(table.querySelector('tbody tr')!.textContent).toMatch(/2 h1 h0\.5 h—$/);
});
