import { formatHours } from '../lib/domain/format';
import type { CohortWeek } from '../lib/domain/coach';

interface Props {
  weeks: readonly CohortWeek[];
}

/** Median walkthrough + coaching hours across leaders with the middle half shaded, and median reclaimed hours. */
export function CohortChart({ weeks }: Props) {
  const width = 640;
  const height = 220;
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.p75, w.medianReclaimed)));
  const x = (i: number) => 40 + (i * (width - 50)) / Math.max(1, weeks.length - 1);
  const y = (h: number) => height - 24 - (h / max) * (height - 40);
  const band = [
    ...weeks.map((w, i) => `${x(i)},${y(w.p75)}`),
    ...weeks.map((w, i) => `${x(i)},${y(w.p25)}`).reverse(),
  ].join(' ');
  const last = weeks[weeks.length - 1];
  const label = weeks.length
    ? `Cohort of up to ${Math.max(...weeks.map((w) => w.leaders))} leaders over ${weeks.length} weeks. Latest ` +
      `week: median walkthrough and coaching ${formatHours(last!.median)} (middle half ` +
      `${formatHours(last!.p25)} to ${formatHours(last!.p75)}), median reclaimed ${formatHours(last!.medianReclaimed)}.`
    : 'No data yet.';
  return (
    <figure className="card">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%">
        <line x1="40" x2={width - 10} y1={height - 24} y2={height - 24} stroke="#6b7580" />
        <text x="0" y={y(max) + 4} className="chart-note">
          {formatHours(max)}
        </text>
        <polygon points={band} fill="#c8e6c9" />
        <polyline
          fill="none"
          stroke="#1b5e20"
          strokeWidth="2"
          points={weeks.map((w, i) => `${x(i)},${y(w.median)}`).join(' ')}
        />
        <polyline
          fill="none"
          stroke="#1f4e79"
          strokeWidth="2"
          strokeDasharray="6 3"
          points={weeks.map((w, i) => `${x(i)},${y(w.medianReclaimed)}`).join(' ')}
        />
        {weeks.length > 0 && (
          <text x="40" y={height - 6} className="chart-note">
            {weeks[0]!.weekStart}
          </text>
        )}
        {weeks.length > 1 && (
          <text x={width - 80} y={height - 6} className="chart-note">
            {last!.weekStart}
          </text>
        )}
      </svg>
      <figcaption className="legend">
        <span>
          <svg width="22" height="10" aria-hidden="true">
            <rect width="22" height="10" fill="#c8e6c9" />
          </svg>{' '}
          middle half of leaders
        </span>
        <span>
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" x2="22" y1="4" y2="4" stroke="#1b5e20" strokeWidth="2" />
          </svg>{' '}
          median walkthrough + coaching
        </span>
        <span>
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" x2="22" y1="4" y2="4" stroke="#1f4e79" strokeWidth="2" strokeDasharray="6 3" />
          </svg>{' '}
          median reclaimed
        </span>
      </figcaption>
    </figure>
  );
}
