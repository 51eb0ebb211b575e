import { useState } from 'react';
import { formatHours, formatPercent } from '../../lib/domain/time/format';
import { median } from '../../lib/domain/time/numbers';
import type { TrendRow } from '../../lib/domain/files/trend-format';
import type { CoachSummary } from '../../lib/domain/coach/coach';
import type { FileResult } from '../../lib/exchange/coach-files';
import { CohortChart } from '../charts/CohortChart';
import { asTrendPoints, SmallMultiples } from '../charts/SmallMultiples';
import { TrendChart } from '../charts/TrendChart';
import { TriageTable } from './TriageTable';
import { WeeklyRowsTable } from '../common/WeeklyRowsTable';

export interface CoachActions {
  addFiles(files: File[]): Promise<FileResult[]>;
  removeLeader(leader: string): Promise<void>;
  selectLeader(leader: string): void;
  exportMerged(): Promise<void>;
  /** Prints the page as it is (the leader report: one page, everything else hidden by print CSS). */
  print(): void;
}

interface Props {
  /** undefined while loading, null when no file was added yet. */
  summary: CoachSummary | null | undefined;
  leader: string | null;
  leaderRows: readonly TrendRow[] | undefined;
  actions: CoachActions;
}

/** The numbers a coaching conversation starts from, for one leader's latest weeks (up to 12). */
function LeaderReport({ leader, rows, onPrint }: { leader: string; rows: readonly TrendRow[]; onPrint(): void }) {
  const recent = rows.slice(-12);
  const sum = (f: (r: TrendRow) => number) => recent.reduce((s, r) => s + f(r), 0);
  const medianRate = median(recent.map((r) => r.redirect_rate).filter((r): r is number => r !== null));
  return (
    <section className="card leader-report" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        {leader}: the last {recent.length} {recent.length === 1 ? 'week' : 'weeks'}
      </h2>
      <dl className="numbers">
        <div>
          <dt>Walkthroughs + coaching a week</dt>
          <dd>{formatHours(sum((r) => r.walkthrough_hours + r.coaching_hours) / Math.max(1, recent.length))}</dd>
        </div>
        <div>
          <dt>Reclaimed in all</dt>
          <dd>{formatHours(sum((r) => r.reclaimed_hours))}</dd>
        </div>
        <div>
          <dt>Redirected in all</dt>
          <dd>{formatHours(sum((r) => r.redirected_hours ?? 0))}</dd>
        </div>
        <div>
          <dt>Typical redirect rate</dt>
          <dd>{formatPercent(medianRate)}</dd>
        </div>
      </dl>
      <TrendChart weeks={asTrendPoints(recent)} idPrefix="leader-trend" />
      <p data-print="hide">
        <button type="button" onClick={onPrint}>
          Print this leader's report
        </button>
      </p>
    </section>
  );
}

/** The coach's morning: who needs a conversation and why, every leader's weeks on one screen, the cohort, the files. */
export function CoachApp({ summary, leader, leaderRows, actions }: Props) {
  const [results, setResults] = useState<FileResult[]>([]);
  const [busy, setBusy] = useState(false);
  /** A leader opened from the table or a small chart: their own view, until closed. */
  const [opened, setOpened] = useState(false);
  const [leadersOpen, setLeadersOpen] = useState(false);
  const open = (name: string) => {
    actions.selectLeader(name);
    setOpened(true);
    // The leader's view appears below the charts: take the reader there.
    requestAnimationFrame(() => document.getElementById('report-heading')?.focus());
  };
  const hasData = summary !== undefined && summary !== null && summary.rows > 0;
  // The triage table is painted first; hundreds of small charts and the cohort follow once it is, never delaying it.
  const [triagePainted, setTriagePainted] = useState(false);

  const files = (
    <section className="card" aria-labelledby="add-heading" data-print="hide">
      <h2 id="add-heading">{hasData ? 'Files' : 'Add files'}</h2>
      <label htmlFor="coach-files">Add export files</label>
      <input
        id="coach-files"
        type="file"
        multiple
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          e.target.value = '';
          if (!chosen.length) return;
          setBusy(true);
          void actions.addFiles(chosen).then((r) => {
            setResults(r);
            setBusy(false);
          });
        }}
      />
      {busy && <p role="status">Reading and checking the files…</p>}
      {results.length > 0 && (
        <ul aria-live="polite" data-testid="file-results">
          {results.map((r) => (
            <li key={r.file} className={r.ok ? undefined : 'error'}>
              {r.ok ? `${r.file}: ${r.message}` : r.message}
            </li>
          ))}
        </ul>
      )}
      {hasData && (
        <>
          <h3 id="leaders-heading">
            {summary.leaders.length} {summary.leaders.length === 1 ? 'leader' : 'leaders'}, {summary.rows} leader-weeks
            of data
          </h3>
          <details onToggle={(e) => setLeadersOpen(e.currentTarget.open)}>
            <summary>Leaders and removing their data</summary>
            {/* Hundreds of leaders: the list is built when it is opened, not with the page. */}
            {leadersOpen && (
              <ul className="event-list">
                {summary.leaders.map((l) => (
                  <li key={l}>
                    {l}{' '}
                    <button
                      type="button"
                      onClick={() => void actions.removeLeader(l)}
                      aria-label={`Remove ${l}'s data`}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </details>
          <p>
            <button type="button" onClick={() => void actions.exportMerged()}>
              Export merged CSV
            </button>
          </p>
        </>
      )}
    </section>
  );

  return (
    <main className="coach">
      <h1>Coach view</h1>
      <p data-print="hide">
        The anonymised trend files the leaders you support export for you: weekly totals only, kept in this browser.
        Each leader is compared with their own baseline and their own earlier weeks.
      </p>
      {summary === undefined ? (
        <p role="status">Loading…</p>
      ) : !hasData ? (
        <>
          <p className="card">
            No trend files yet. Ask each leader to use "Export trend CSV" in their Leadership Calendar settings and send
            you the file.
          </p>
          {files}
        </>
      ) : (
        <>
          <div data-print="hide">
            <TriageTable rows={summary.triage} onOpen={open} onComplete={() => setTriagePainted(true)} />
            {triagePainted && <SmallMultiples leaders={summary.recent} onOpen={open} />}
          </div>
          {opened && leader && leaderRows && (
            <section aria-label={`${leader}, on their own`} className="leader-view">
              <p data-print="hide">
                <label htmlFor="coach-leader">Leader</label>
                <select id="coach-leader" value={leader} onChange={(e) => actions.selectLeader(e.target.value)}>
                  {summary.leaders.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>{' '}
                <button type="button" onClick={() => setOpened(false)}>
                  Close {leader}
                </button>
              </p>
              <LeaderReport leader={leader} rows={leaderRows} onPrint={actions.print} />
              <section className="card" aria-labelledby="table-heading" data-print="hide">
                <h2 id="table-heading">Weekly rows for {leader}</h2>
                <WeeklyRowsTable rows={leaderRows} label="Weekly rows" />
              </section>
            </section>
          )}
          {triagePainted && (
            <section aria-labelledby="cohort-heading" data-print="hide">
              <h2 id="cohort-heading">Cohort: walkthrough and coaching hours per week</h2>
              <CohortChart weeks={summary.weeks} />
            </section>
          )}
          {summary.conflicts.length > 0 && (
            <section className="card notice" aria-labelledby="conflicts-heading" data-print="hide">
              <h2 id="conflicts-heading">
                {summary.conflicts.length} leader-{summary.conflicts.length === 1 ? 'week disagrees' : 'weeks disagree'}{' '}
                between files
              </h2>
              <p>
                The first file's numbers are used; the other files are listed so you can ask the leader which is right.
              </p>
              <ul data-testid="conflicts">
                {summary.conflicts.slice(0, 50).map((c) => (
                  <li key={`${c.leader}-${c.weekStart}`}>
                    {c.leader}, week of {c.weekStart}: {c.files.join(', ')} vs {c.others.join(', ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {files}
        </>
      )}
    </main>
  );
}
