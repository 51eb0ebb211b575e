import { type KeyboardEvent, type PointerEvent, useState } from 'react';
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
  /** Walkthrough + coaching hours a week before the AI time savings (a reference line). */
  baselineHours?: number | null | undefined;
  /** This week's walkthrough + coaching goal (a reference line). */
  goalHours?: number | null | undefined;
}

/** Walkthrough + coaching hours of a week: the instructional time the chart compares with reclaimed time. */
const instructionalHours = (w: TrendPoint) => w.walkthroughHours + w.coachingHours;

const SERIES = [
  {
    key: 'reclaimed',
    label: 'Reclaimed by AI',
    color: '#1f4e79',
    dash: '',
    value: (w: TrendPoint) => w.reclaimedHours,
  },
  {
    key: 'wtc',
    label: 'Walkthroughs + coaching',
    color: '#2e7d32',
    dash: '6 3',
    value: instructionalHours,
  },
] as const;

const shortDate = (key: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(fromIsoDate(key));

/** How each reference line is drawn: its colour, dash and which end its label sits at. */
const REFERENCE = {
  baseline: { stroke: '#6b7580', dash: '2 3', labelAt: 'end' },
  goal: { stroke: '#8a4b00', dash: '8 3', labelAt: 'start' },
} as const;

/** A horizontal reference line across the plot (baseline, goal) with its label just above it. */
function ReferenceLine({
  kind,
  hours,
  y,
  from,
  to,
}: {
  kind: keyof typeof REFERENCE;
  hours: number;
  y: number;
  from: number;
  to: number;
}) {
  const { stroke, dash, labelAt } = REFERENCE[kind];
  return (
    <g data-testid={`${kind}-line`}>
      <line x1={from} x2={to} y1={y} y2={y} stroke={stroke} strokeDasharray={dash} />
      <text
        x={labelAt === 'end' ? to : from + 2}
        y={y - 3}
        textAnchor={labelAt === 'end' ? 'end' : undefined}
        className="chart-note"
      >
        {kind} {formatHours(hours)}
      </text>
    </g>
  );
}

/** Round steps (0.5, 1, 2, 5, 10 … hours) giving about four ticks up to `max`. */
export function hourTicks(max: number): number[] {
  const raw = Math.max(max, 1) / 4;
  const step = [0.5, 1, 2, 5, 10, 20].find((s) => s >= raw) ?? 20;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/**
 * The leader's weeks at a glance: reclaimed hours and walkthrough + coaching hours, with the baseline and
 * the goal as lines, hour ticks on the axis, and the week under the pointer or keyboard focus read out.
 * Hand-written SVG: a charting library (Observable Plot) would add 87 KB gzipped to the panel for two lines.
 */
export function TrendChart({ weeks, baselineHours = null, goalHours = null }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  const width = 320;
  const height = 150;
  const left = 34;
  const right = 8;
  const top = 8;
  const bottom = 22;
  const values = weeks.flatMap((w) => SERIES.map((s) => s.value(w)));
  const ticks = hourTicks(Math.max(0, ...values, baselineHours ?? 0, goalHours ?? 0));
  const max = ticks[ticks.length - 1]!;
  const x = (i: number) => left + (i * (width - left - right)) / Math.max(1, weeks.length - 1);
  const y = (h: number) => top + (1 - h / max) * (height - top - bottom);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 4));
  const current = selected === null ? null : weeks[selected];
  const summary =
    `${weeks.length} weeks from ${weeks[0] ? shortDate(weeks[0].weekKey) : ''}: reclaimed ` +
    `${formatHours(weeks.reduce((s, w) => s + w.reclaimedHours, 0))} in all; walkthroughs and coaching ` +
    `averaged ${formatHours(weeks.reduce((s, w) => s + instructionalHours(w), 0) / Math.max(1, weeks.length))} a week.`;
  const pick = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const at = ((e.clientX - box.left) / box.width) * width;
    const i = Math.round(((at - left) / (width - left - right)) * Math.max(1, weeks.length - 1));
    setSelected(Math.max(0, Math.min(weeks.length - 1, i)));
  };
  const keys = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = weeks.length - 1;
    const next =
      e.key === 'ArrowLeft'
        ? Math.max(0, (selected ?? last + 1) - 1)
        : e.key === 'ArrowRight'
          ? Math.min(last, (selected ?? -1) + 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setSelected(next);
  };
  return (
    <section aria-labelledby="trend-heading" className="card">
      <h2 id="trend-heading">The last {weeks.length} weeks</h2>
      <svg
        role="img"
        aria-label={`${summary} Use the left and right arrow keys to read each week.`}
        aria-describedby="trend-readout"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        tabIndex={0}
        className="chart"
        onPointerMove={pick}
        onPointerLeave={() => setSelected(null)}
        onKeyDown={keys}
        onBlur={() => setSelected(null)}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#6b7580' : '#e2e6ea'} />
            <text x={left - 4} y={y(t) + 4} textAnchor="end" className="chart-note">
              {formatHours(t)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          // Every few weeks and the last; a regular label too close to the last one is left out so they never overlap.
          (i % labelEvery === 0 && weeks.length - 1 - i >= labelEvery) || i === weeks.length - 1 ? (
            // The last date ends at the plot's edge, so it is not cut off by the chart's right border.
            <text
              key={w.weekKey}
              x={x(i)}
              y={height - 6}
              textAnchor={i === weeks.length - 1 && i > 0 ? 'end' : 'middle'}
              className="chart-note"
            >
              {shortDate(w.weekKey)}
            </text>
          ) : null,
        )}
        {baselineHours !== null && (
          <ReferenceLine kind="baseline" hours={baselineHours} y={y(baselineHours)} from={left} to={width - right} />
        )}
        {goalHours !== null && (
          <ReferenceLine kind="goal" hours={goalHours} y={y(goalHours)} from={left} to={width - right} />
        )}
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeDasharray={s.dash}
            points={weeks.map((w, i) => `${x(i)},${y(s.value(w))}`).join(' ')}
          />
        ))}
        {current && selected !== null && (
          <g data-testid="selected-week">
            <line x1={x(selected)} x2={x(selected)} y1={top} y2={height - bottom} stroke="#1b1f24" />
            {SERIES.map((s) => (
              <circle key={s.key} cx={x(selected)} cy={y(s.value(current))} r="3.5" fill={s.color} />
            ))}
          </g>
        )}
      </svg>
      <p className="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
            </svg>{' '}
            {s.label}
          </span>
        ))}
      </p>
      <p id="trend-readout" className="muted" aria-live="polite" data-testid="trend-readout">
        {current
          ? `Week of ${shortDate(current.weekKey)}: reclaimed ${formatHours(current.reclaimedHours)}; ` +
            `walkthroughs + coaching ${formatHours(instructionalHours(current))}` +
            (baselineHours !== null ? ` (baseline ${formatHours(baselineHours)})` : '') +
            '.'
          : 'Point at the chart, or focus it and use the arrow keys, to read a week.'}
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
