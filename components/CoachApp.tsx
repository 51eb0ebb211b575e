import { useMemo, useState } from 'react';
import { formatHours, formatPercent } from '../lib/domain/format';
import { cohortByWeek, type CoachRow } from '../lib/exchange/coach';
import type { TrendRow } from '../lib/exchange/trend-format';
import type { FileResult } from '../lib/store/coach-repo';
import { CohortChart } from './CohortChart';
import { TrendChart, type TrendPoint } from './TrendChart';

export interface CoachActions {
  addFiles(files: File[]): Promise<FileResult[]>;
  removeLeader(leader: string): Promise<void>;
  exportMerged(rows: TrendRow[]): void;
}

interface Props {
  rows: readonly CoachRow[] | undefined;
  actions: CoachActions;
}

type CoachView = 'cohort' | 'leader' | 'table';
const PAGE = 100;

function asWeeks(rows: readonly TrendRow[]): TrendPoint[] {
  return rows.map((r) => ({ weekKey: r.week_start, reclaimedHours: r.reclaimed_hours, walkthroughHours: r.walkthrough_hours, coachingHours: r.coaching_hours, redirectedHours: r.redirected_hours, redirectRate: r.redirect_rate }));
}

/** The coach's view: add the files leaders share, see each leader's trend and the cohort, export the merged set. */
export function CoachApp({ rows, actions }: Props) {
  const [results, setResults] = useState<FileResult[]>([]);
  const [view, setView] = useState<CoachView>('cohort');
  const [leader, setLeader] = useState<string>('');
  const [page, setPage] = useState(0);
  const all = useMemo(() => (rows ?? []).map((r) => r.row), [rows]);
  const leaders = useMemo(() => [...new Set(all.map((r) => r.leader))].sort(), [all]);
  const cohort = useMemo(() => cohortByWeek(all), [all]);
  const conflicts = useMemo(() => (rows ?? []).filter((r) => r.conflicts.length > 0), [rows]);
  const chosen = leader || leaders[0] || '';
  const leaderRows = useMemo(() => all.filter((r) => r.leader === chosen).sort((a, b) => a.week_start.localeCompare(b.week_start)), [all, chosen]);
  const tableRows = view === 'table' ? (leader ? leaderRows : all) : [];

  return (
    <main>
      <h1>Coach view</h1>
      <p>Combine the anonymised trend files the leaders you support export for you. They hold weekly totals only, and stay in this browser.</p>
      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add files</h2>
        <label htmlFor="coach-files">Add export files</label>
        <input id="coach-files" type="file" multiple accept=".csv,.json,text/csv,application/json" onChange={(e) => { const files = [...(e.target.files ?? [])]; if (files.length) void actions.addFiles(files).then(setResults); e.target.value = ''; }} />
        {results.length > 0 && (
          <ul aria-live="polite" data-testid="file-results">
            {results.map((r) => <li key={r.file} className={r.ok ? undefined : 'error'}>{r.ok ? `${r.file}: ${r.message}` : r.message}</li>)}
          </ul>
        )}
      </section>
      {rows === undefined ? (
        <p role="status">Loading…</p>
      ) : all.length === 0 ? (
        <p className="card">No trend files yet. Ask each leader to use "Export trend CSV" in their Leadership Calendar settings and send you the file.</p>
      ) : (
        <>
          <section className="card" aria-labelledby="leaders-heading">
            <h2 id="leaders-heading">{leaders.length} {leaders.length === 1 ? 'leader' : 'leaders'}, {all.length} weeks of data</h2>
            <ul className="event-list">
              {leaders.map((l) => (
                <li key={l}>{l} <button type="button" onClick={() => void actions.removeLeader(l)} aria-label={`Remove ${l}'s data`}>Remove</button></li>
              ))}
            </ul>
            <p><button type="button" onClick={() => actions.exportMerged(all)}>Export merged CSV</button></p>
          </section>
          {conflicts.length > 0 && (
            <section className="card notice" aria-labelledby="conflicts-heading">
              <h2 id="conflicts-heading">{conflicts.length} leader-{conflicts.length === 1 ? 'week disagrees' : 'weeks disagree'} between files</h2>
              <p>The first file's numbers are used; the other files' are listed so you can ask the leader which is right.</p>
              <ul data-testid="conflicts">
                {conflicts.slice(0, 50).map((c) => <li key={`${c.leader}-${c.weekStart}`}>{c.leader}, week of {c.weekStart}: {c.files.join(', ')} vs {c.conflicts.map((x) => x.file).join(', ')}</li>)}
              </ul>
            </section>
          )}
          <nav aria-label="Coach views" className="views">
            {(['cohort', 'leader', 'table'] as CoachView[]).map((v) => (
              <button key={v} type="button" aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>
                {v === 'cohort' ? 'Cohort' : v === 'leader' ? 'Per leader' : 'Table'}
              </button>
            ))}
          </nav>
          {view === 'cohort' && (
            <section aria-labelledby="cohort-heading">
              <h2 id="cohort-heading">Cohort: walkthrough and coaching hours per week</h2>
              <CohortChart weeks={cohort} />
            </section>
          )}
          {(view === 'leader' || view === 'table') && (
            <p>
              <label htmlFor="coach-leader">Leader</label>
              <select id="coach-leader" value={leader} onChange={(e) => { setLeader(e.target.value); setPage(0); }}>
                {view === 'table' && <option value="">All leaders</option>}
                {leaders.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </p>
          )}
          {view === 'leader' && <TrendChart weeks={asWeeks(leaderRows)} />}
          {view === 'table' && (
            <section className="card" aria-labelledby="table-heading">
              <h2 id="table-heading">Weekly rows</h2>
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Weekly rows">
                <table>
                  <thead><tr><th scope="col">Leader</th><th scope="col">Week</th><th scope="col">Walkthroughs</th><th scope="col">Coaching</th><th scope="col">Reclaimed</th><th scope="col">Redirected</th><th scope="col">Rate</th></tr></thead>
                  <tbody>
                    {tableRows.slice(page * PAGE, (page + 1) * PAGE).map((r) => (
                      <tr key={`${r.leader}-${r.week_start}`}>
                        <td>{r.leader}</td><th scope="row">{r.week_start}</th><td>{formatHours(r.walkthrough_hours)}</td><td>{formatHours(r.coaching_hours)}</td><td>{formatHours(r.reclaimed_hours)}</td><td>{formatHours(r.redirected_hours)}</td><td>{formatPercent(r.redirect_rate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {tableRows.length > PAGE && (
                <p>
                  <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous rows</button>{' '}
                  <span>Rows {page * PAGE + 1}–{Math.min(tableRows.length, (page + 1) * PAGE)} of {tableRows.length}</span>{' '}
                  <button type="button" disabled={(page + 1) * PAGE >= tableRows.length} onClick={() => setPage(page + 1)}>Next rows</button>
                </p>
              )}
            </section>
          )}
        </>
      )}
    </main>
  );
}
