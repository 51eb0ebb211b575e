import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { CoachApp, type CoachActions } from '../../components/CoachApp';
import type { CoachRow } from '../../lib/exchange/coach';
import type { TrendRow } from '../../lib/exchange/trend-format';

const row = (leader: string, week: string, wt: number): TrendRow => ({ leader, week_start: week, worked_hours: 40, instructional_hours: 8, walkthrough_hours: wt, coaching_hours: 1, operational_hours: 30, reclaimed_hours: 3, redirected_hours: 1, redirect_rate: 0.33, untagged_hours: 0, planned_hours: null, displaced_hours: 0, open_loops: 0, baseline_hours: 2, role: 'principal' });
const coachRow = (r: TrendRow, conflicts: CoachRow['conflicts'] = []): CoachRow => ({ leader: r.leader, weekStart: r.week_start, row: r, files: [`${r.leader}.csv`], conflicts });

function setup(rows: CoachRow[]) {
  const actions: CoachActions = {
    addFiles: vi.fn(async (files: File[]) => files.map((f) => ({ file: f.name, ok: f.name.endsWith('.csv'), message: f.name.endsWith('.csv') ? '2 rows: 2 new, 0 already here.' : `${f.name}: not a Leadership Calendar trend export`, added: 2, unchanged: 0, conflicts: 0 }))),
    removeLeader: vi.fn(async () => {}),
    exportMerged: vi.fn(),
  };
  render(<CoachApp rows={rows} actions={actions} />);
  return { actions, user: userEvent.setup() };
}

test('adds several files at once and reports each one', async () => {
  const { actions, user } = setup([]);
  await user.upload(screen.getByLabelText('Add export files'), [new File(['x'], 'a.csv', { type: 'text/csv' }), new File(['{}'], 'b.json', { type: 'application/json' })]);
  expect(actions.addFiles).toHaveBeenCalledTimes(1);
  expect((await screen.findByTestId('file-results')).textContent).toBe('a.csv: 2 rows: 2 new, 0 already here.b.json: not a Leadership Calendar trend export');
});

test('cohort, per leader, table; conflicts flagged; remove a leader; export the merged set', async () => {
  const rows = [coachRow(row('Leader A', '2026-11-09', 2)), coachRow(row('Leader A', '2026-11-16', 3), [{ file: 'A-old.csv', row: row('Leader A', '2026-11-16', 9) }]), coachRow(row('Leader B', '2026-11-16', 5))];
  const { actions, user } = setup(rows);
  expect(screen.getByRole('heading', { name: '2 leaders, 3 weeks of data' })).toBeTruthy();
  expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/Latest week: median walkthrough and coaching 5 h \(middle half 4\.5 h to 5\.5 h\)/);
  expect(screen.getByTestId('conflicts').textContent).toBe('Leader A, week of 2026-11-16: Leader A.csv vs A-old.csv');
  await user.click(screen.getByRole('button', { name: 'Per leader' }));
  await user.selectOptions(screen.getByLabelText('Leader'), 'Leader A');
  expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^2 weeks/);
  await user.click(screen.getByRole('button', { name: 'Table' }));
  expect(screen.getAllByRole('row')).toHaveLength(3); // the leader chosen above, plus the header
  await user.selectOptions(screen.getByLabelText('Leader'), '');
  expect(screen.getAllByRole('row')).toHaveLength(4);
  await user.click(screen.getByRole('button', { name: "Remove Leader B's data" }));
  expect(actions.removeLeader).toHaveBeenCalledWith('Leader B');
  await user.click(screen.getByRole('button', { name: 'Export merged CSV' }));
  expect(actions.exportMerged).toHaveBeenCalledWith(rows.map((r) => r.row));
});
