import { useEffect, useMemo, useState } from 'react';
import { useAfterPaint } from '../../lib/live/use-after-paint';
import { formatHours, formatPercent } from '../../lib/domain/time/format';
import type { TriageRow } from '../../lib/domain/coach/triage';
import { shortDate } from '../charts/WeeklyChart';

interface Props {
  rows: readonly TriageRow[];
  /** Opens the per-leader view. */
  onOpen(leader: string): void;
  /** Called once every row has been painted (what comes below the table waits for it). */
  onComplete?: () => void;
}

/** Rows in the first frame: more than a screenful at any width. */
const FIRST_ROWS = 40;

type SortKey = 'reasons' | 'leader' | 'vsBaseline' | 'rate' | 'absorbed' | 'openLoops' | 'displaced' | 'lastWeek';

/** Missing numbers sort last whichever way. */
const VALUE: Record<SortKey, (r: TriageRow) => number | string | null> = {
  reasons: (r) => r.flags.length,
  leader: (r) => r.leader,
  vsBaseline: (r) => (r.visitsAndCoaching === null || r.baseline === null ? null : r.visitsAndCoaching - r.baseline),
  rate: (r) => (r.rate === null || r.previousRate === null ? null : r.rate - r.previousRate),
  absorbed: (r) => r.absorbed,
  openLoops: (r) => r.openLoops,
  displaced: (r) => (r.planned ? (r.displaced ?? 0) / r.planned : null),
  lastWeek: (r) => r.lastWeek,
};

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'leader', label: 'Leader' },
  { key: 'reasons', label: 'Why talk' },
  { key: 'vsBaseline', label: 'Walkthroughs + coaching, last 4 weeks' },
  { key: 'rate', label: 'Redirect rate, last 4 weeks' },
  { key: 'absorbed', label: 'Absorbed' },
  { key: 'openLoops', label: 'Without feedback' },
  { key: 'displaced', label: 'Planned, displaced' },
  { key: 'lastWeek', label: 'Last file' },
];

/** One collator for every comparison: String.localeCompare looks the locale up on each call. */
const byName = new Intl.Collator().compare;

function compare(key: SortKey, dir: 1 | -1) {
  return (a: TriageRow, b: TriageRow) => {
    const x = VALUE[key](a);
    const y = VALUE[key](b);
    if (x === null || y === null) return x === y ? byName(a.leader, b.leader) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? byName(x, String(y)) : x - (y as number);
    return order * dir || byName(a.leader, b.leader);
  };
}

/**
 * "Which of my leaders need a conversation, and about what?" One row per leader, each compared with their own
 * baseline and their own earlier weeks, with the reasons in words. It opens sorted by how many reasons there
 * are — a to-do list; no column ranks leaders against each other as better or worse.
 */
export function TriageTable({ rows, onOpen, onComplete }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'reasons', dir: -1 });
  const sorted = useMemo(() => [...rows].sort(compare(sort.key, sort.dir)), [rows, sort]);
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  // The first rows (the leaders with most reasons, in the opening order) are painted first; the rest of a long table
  // follows in the next frame, so a district's hundreds of leaders never hold up the top of the list.
  const firstPainted = useAfterPaint(rows.length > 0, 'leadership-calendar:triage-painted');
  const complete = useAfterPaint(firstPainted, 'leadership-calendar:triage-complete');
  useEffect(() => {
    if (complete) onComplete?.();
  }, [complete, onComplete]);
  const shown = firstPainted ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <section className="card" aria-labelledby="triage-heading">
      <h2 id="triage-heading">Who might need a conversation</h2>
      <p className="muted" data-testid="triage-summary">
        {flagged === 0
          ? `None of the ${rows.length} leaders shows a reason this week.`
          : `${flagged} of ${rows.length} ${rows.length === 1 ? 'leader shows' : 'leaders show'} a reason, ` +
            'each compared with their own baseline and earlier weeks.'}
      </p>
      <div
        className="table-scroll triage"
        tabIndex={0}
        role="region"
        aria-label="Leaders and reasons for a conversation"
      >
        <table data-testid="triage-table">
          {/* Fixed column widths: the browser lays out hundreds of rows without measuring every cell first. */}
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.key} className={`col-${c.key}`} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      setSort(
                        sort.key === c.key
                          ? { key: c.key, dir: sort.dir === 1 ? -1 : 1 }
                          : { key: c.key, dir: c.key === 'leader' || c.key === 'lastWeek' ? 1 : -1 },
                      )
                    }
                  >
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.leader} data-testid="triage-row">
                <th scope="row">
                  <button type="button" className="link" onClick={() => onOpen(r.leader)}>
                    {r.leader}
                  </button>
                </th>
                <td>
                  {r.flags.length === 0 ? (
                    <span className="muted">—</span>
                  ) : r.flags.length === 1 ? (
                    <span data-flag={r.flags[0]!.kind}>{r.flags[0]!.text}</span>
                  ) : (
                    <ul className="reasons">
                      {r.flags.map((f) => (
                        <li key={f.kind} data-flag={f.kind}>
                          {f.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {formatHours(r.visitsAndCoaching)} a week
                  {r.baseline !== null && <span className="muted"> (baseline {formatHours(r.baseline)})</span>}
                </td>
                <td>
                  {formatPercent(r.rate)}
                  {r.previousRate !== null && r.rate !== null && (
                    <span className="muted">
                      {' '}
                      ({r.rate > r.previousRate ? 'up' : r.rate < r.previousRate ? 'down' : 'level'} from{' '}
                      {formatPercent(r.previousRate)})
                    </span>
                  )}
                </td>
                <td>{r.absorbed === null ? '—' : formatHours(r.absorbed)}</td>
                <td>{r.openLoops === null ? '—' : r.openLoops}</td>
                <td>
                  {r.planned === null
                    ? '—'
                    : `${formatHours(r.planned)} planned, ${formatHours(r.displaced ?? 0)} displaced`}
                </td>
                <td>{shortDate(r.lastWeek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
