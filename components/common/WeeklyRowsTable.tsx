import { formatHours, formatPercent } from '../../lib/domain/time/format';
import { REASON_COLUMNS, type TrendRow } from '../../lib/domain/files/trend-format';

/** Protected time that did not happen, all reasons together ("—" for a week the daily reconcile did not cover). */
const lost = (r: TrendRow) => {
  const values = REASON_COLUMNS.map((c) => r[c]).filter((v): v is number => v !== null);
  return values.length ? formatHours(values.reduce((a, b) => a + b, 0)) : '—';
};

interface Props {
  rows: readonly TrendRow[];
  /** The scrolling region's accessible name. */
  label: string;
  /** Shows who each row is about and the worked hours (the export preview shows exactly what is shared). */
  full?: boolean;
  testId?: string;
}

/** Weekly trend rows as a table: the export preview and the coach's per-leader rows. */
export function WeeklyRowsTable({ rows, label, full = false, testId }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table data-testid={testId}>
        <thead>
          <tr>
            {full && <th scope="col">Leader</th>}
            <th scope="col">Week</th>
            {full && <th scope="col">Worked</th>}
            <th scope="col">Walkthroughs</th>
            <th scope="col">Coaching</th>
            <th scope="col">Reclaimed</th>
            <th scope="col">Redirected</th>
            <th scope="col">Rate</th>
            {full && (
              <>
                <th scope="col">Protected time lost</th>
                <th scope="col">Feedback within 2 days</th>
                <th scope="col">Coverage</th>
                <th scope="col">Days reconciled</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.week_start}>
              {full && <td>{r.leader}</td>}
              <th scope="row">{r.week_start}</th>
              {full && <td>{formatHours(r.worked_hours)}</td>}
              <td>{formatHours(r.walkthrough_hours)}</td>
              <td>{formatHours(r.coaching_hours)}</td>
              <td>{formatHours(r.reclaimed_hours)}</td>
              <td>{formatHours(r.redirected_hours)}</td>
              <td>{formatPercent(r.redirect_rate)}</td>
              {full && (
                <>
                  <td>{lost(r)}</td>
                  <td>
                    {r.visits_owed_feedback
                      ? `${r.visits_followed_in_two_days ?? 0} of ${r.visits_owed_feedback}`
                      : '—'}
                  </td>
                  <td>{formatPercent(r.coverage)}</td>
                  <td>{r.school_days ? `${r.days_reconciled ?? 0} of ${r.school_days}` : '—'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
