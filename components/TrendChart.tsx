import { formatHours, formatPercent } from '../lib/domain/format';
import type { WeekSummary } from '../lib/domain/summary';
import { fromIsoDate } from '../lib/domain/week';

/** What the chart draws for one week (a leader's own summaries, or rows from a coach's file). */
export type TrendPoint = Pick<
  WeekSummary,
  'weekKey' | 'reclaimedHours' | 'walkthroughHours' | 'coachingHours' | 'redirectedHours' | 'redirectRate'
>;

interface Props {
  weeks: readonly TrendPoint[];
}

const SERIES = [
  { key: 'reclaimedHours', label: 'Reclaimed', color: '#1f4e79', dash: '' },
  { key: 'walkthroughHours', label: 'Walkthroughs', color: '#2e7d32', dash: '6 3' },
  { key: 'coachingHours', label: 'Coaching', color: '#8a4b00', dash: '2 2' },
] as const;

const shortDate = (key: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(fromIsoDate(key));

/** 12-week trend: reclaimed vs walkthrough vs coaching hours, with the same numbers as a table. */
export function TrendChart({ weeks }: Props) {
  const width = 320;
  const height = 120;
  const max = Math.max(1, ...weeks.flatMap((w) => SERIES.map((s) => w[s.key])));
  const x = (i: number) => 30 + (i * (width - 40)) / Math.max(1, weeks.length - 1);
  const y = (h: number) => height - 18 - (h / max) * (height - 30);
  const summary =
    `${weeks.length} weeks from ${weeks[0] ? shortDate(weeks[0].weekKey) : ''}: reclaimed ` +
    `${formatHours(weeks.reduce((s, w) => s + w.reclaimedHours, 0))} in all; walkthroughs and coaching ` +
    `averaged ${formatHours(weeks.reduce((s, w) => s + w.walkthroughHours + w.coachingHours, 0) / Math.max(1, weeks.length))} a week.`;
  return (
    <section aria-labelledby="trend-heading" className="card">
      <h2 id="trend-heading">The last {weeks.length} weeks</h2>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%">
        <line x1="30" x2={width - 10} y1={height - 18} y2={height - 18} stroke="#6b7580" />
        <text x="0" y={y(max) + 4} className="chart-note">
          {formatHours(max)}
        </text>
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeDasharray={s.dash}
            points={weeks.map((w, i) => `${x(i)},${y(w[s.key])}`).join(' ')}
          />
        ))}
        {weeks.length > 0 && (
          <text x="30" y={height - 4} className="chart-note">
            {shortDate(weeks[0]!.weekKey)}
          </text>
        )}
        {weeks.length > 1 && (
          <text x={width - 60} y={height - 4} className="chart-note">
            {shortDate(weeks[weeks.length - 1]!.weekKey)}
          </text>
        )}
      </svg>
      <p className="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
            </svg>{' '}
            {s.label}{' '}
          </span>
        ))}
      </p>
      <details>
        <summary>Show the numbers</summary>
        <table>
          <caption className="sr-only">Weekly hours</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Reclaimed</th>
              <th scope="col">Walkthroughs</th>
              <th scope="col">Coaching</th>
              <th scope="col">Redirected</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekKey}>
                <th scope="row">{shortDate(w.weekKey)}</th>
                <td>{formatHours(w.reclaimedHours)}</td>
                <td>{formatHours(w.walkthroughHours)}</td>
                <td>{formatHours(w.coachingHours)}</td>
                <td>
                  {w.redirectRate === null
                    ? '—'
                    : `${formatHours(w.redirectedHours)} (${formatPercent(w.redirectRate)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
