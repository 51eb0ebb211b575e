import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { CoachPage } from '../../../components/coach/CoachPage';
import { TriageTable } from '../../../components/coach/TriageTable';
import { toTrendCsv } from '../../../lib/exchange/trend-csv';
import { NO_PRACTICE, type TrendRow } from '../../../lib/domain/files/trend-format';
import { freshDb } from '../../builders';

const row = (leader: string, week: string, wt: number): TrendRow => ({
  leader,
  week_start: week,
  worked_hours: 40,
  instructional_hours: 8,
  walkthrough_hours: wt,
  coaching_hours: 1,
  operational_hours: 30,
  reclaimed_hours: 3,
  redirected_hours: 1,
  redirect_rate: 0.33,
  untagged_hours: 0,
  planned_hours: null,
  displaced_hours: 0,
  open_loops: 0,
  baseline_hours: 2,
  role: 'principal',
  ...NO_PRACTICE,
});
const csv = (name: string, rows: TrendRow[]) => new File([toTrendCsv(rows)], name, { type: 'text/csv' });

test('add several files at once; the triage table, small multiples and cohort; a leader opened; conflicts flagged; remove a leader', async () => {
  render(<CoachPage db={freshDb()} />);
  const user = userEvent.setup();
  await screen.findByText(/No trend files yet/);
  await user.upload(screen.getByLabelText('Add export files'), [
    csv('a.csv', [row('Leader A', '2026-11-09', 2), row('Leader A', '2026-11-16', 3)]),
    csv('b.csv', [row('Leader B', '2026-11-16', 5)]),
    new File(['{"hello":1}'], 'c.json', { type: 'application/json' }),
    csv('a-again.csv', [row('Leader A', '2026-11-16', 9)]),
  ]);
  const results = await screen.findByTestId('file-results');
  expect(
    within(results)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'a.csv: 2 rows: 2 new, 0 already here.',
    'b.csv: 1 row: 1 new, 0 already here.',
    'c.json: not a Leadership Calendar trend export (expected "format": "leadership-calendar-trend")',
    'a-again.csv: 1 row: 0 new, 0 already here. 1 leader-week disagrees with a file added earlier and is flagged.',
  ]);
  expect(await screen.findByRole('heading', { name: '2 leaders, 3 leader-weeks of data' })).toBeTruthy();
  expect((await screen.findByTestId('cohort-chart')).getAttribute('aria-label')).toMatch(
    /Latest week: median walkthrough and coaching 5 h \(middle half 4\.5 h to 5\.5 h\)/,
  );
  expect(screen.getByTestId('conflicts').textContent).toBe('Leader A, week of 2026-11-16: a.csv vs a-again.csv');
  // The triage table comes first; each leader has one row and one small chart.
  expect(screen.getAllByTestId('triage-row').map((r) => r.querySelector('th')?.textContent)).toEqual([
    'Leader A',
    'Leader B',
  ]);
  // The small charts follow once the table is painted.
  expect(within(await screen.findByTestId('small-multiples')).getAllByRole('img')).toHaveLength(2);
  await user.click(screen.getByRole('button', { name: 'Open Leader A' }));
  // The one-page report a coach prints for the conversation: the leader's numbers at a glance.
  expect(screen.getByRole('heading', { name: 'Leader A: the last 2 weeks' })).toBeTruthy();
  const report = screen.getByRole('heading', { name: 'Leader A: the last 2 weeks' }).closest('section')!;
  expect(within(report).getByText('Walkthroughs + coaching a week').nextElementSibling!.textContent).toBe('3.5 h');
  const print = vi.fn();
  window.print = print;
  await user.click(within(report).getByRole('button', { name: "Print this leader's report" }));
  expect(print).toHaveBeenCalledOnce();
  await user.selectOptions(screen.getByLabelText('Leader'), 'Leader B');
  const rows = await screen.findByRole('heading', { name: 'Weekly rows for Leader B' });
  expect(within(rows.closest('section')!).getAllByRole('row')).toHaveLength(2);
  await user.click(screen.getByText('Leaders and removing their data'));
  await user.click(await screen.findByRole('button', { name: "Remove Leader B's data" }));
  expect(await screen.findByRole('heading', { name: '1 leader, 2 leader-weeks of data' })).toBeTruthy();
});

test('a long triage table paints its first rows at once and the rest in the next frames, then says it is complete', async () => {
  const rows = Array.from({ length: 65 }, (_, i) => ({
    leader: `Leader ${String(i).padStart(2, '0')}`,
    lastWeek: '2026-11-30',
    visitsAndCoaching: 3,
    baseline: 3,
    rate: null,
    previousRate: null,
    absorbed: null,
    openLoops: null,
    planned: null,
    displaced: null,
    feedback: null,
    gaps: [],
    coverage: null,
    flags: i < 3 ? [{ kind: 'open-loops' as const, text: 'Three walkthroughs without feedback.' }] : [],
  }));
  const complete = vi.fn();
  render(<TriageTable rows={rows} onOpen={() => {}} onComplete={complete} />);
  // The first frame: the top of the opening order (leaders with reasons first).
  const first = screen.getAllByTestId('triage-row');
  expect(first).toHaveLength(40);
  expect(first.slice(0, 3).map((r) => within(r).getByRole('button').textContent)).toEqual([
    'Leader 00',
    'Leader 01',
    'Leader 02',
  ]);
  await vi.waitFor(() => expect(screen.getAllByTestId('triage-row')).toHaveLength(65));
  await vi.waitFor(() => expect(complete).toHaveBeenCalled());
});
