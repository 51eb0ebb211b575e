import { type ReactNode, useState } from 'react';
import { formatHours, formatPercent } from '../../lib/domain/time/format';
import type { WeekSummary } from '../../lib/domain/measure/summary';
import { ChartLegend, type ChartReference, type ChartSeries, shortDate, WeeklyChart } from './WeeklyChart';

export { hourTicks } from './WeeklyChart';

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
  /** Small multiples: a small chart, on a scale shared with the others. */
  compact?: boolean;
  yMax?: number | undefined;
  /** The heading (a small multiple is headed by its leader). */
  title?: string;
  /** Ids must differ when several charts share a page. */
  idPrefix?: string;
  /** Shown at the foot of the card (a small multiple's "Open"). */
  children?: ReactNode;
  /** Pixels across the chart, when measured by the caller (see WeeklyChart). */
  width?: number | undefined;
}

/** Walkthrough + coaching hours of a week: the instructional time the chart compares with reclaimed time. */
export const instructionalHours = (w: TrendPoint) => w.walkthroughHours + w.coachingHours;

export function trendSeries(weeks: readonly TrendPoint[]): ChartSeries[] {
  return [
    { key: 'reclaimed', label: 'Reclaimed by AI', color: '#1f4e79', values: weeks.map((w) => w.reclaimedHours) },
    {
      key: 'wtc',
      label: 'Walkthroughs + coaching',
      color: '#2e7d32',
      dash: '6 3',
      values: weeks.map(instructionalHours),
    },
  ];
}

/**
 * The leader's weeks at a glance: reclaimed hours and walkthrough + coaching hours, with the baseline and
 * the goal as lines, hour ticks on the axis, the week under the pointer or keyboard focus read out, and the
 * numbers as a table.
 */
export function TrendChart({
  weeks,
  baselineHours = null,
  goalHours = null,
  compact = false,
  yMax,
  title,
  idPrefix = 'trend',
  children,
  width,
}: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const series = trendSeries(weeks);
  const references: ChartReference[] = [
    ...(baselineHours !== null ? [{ kind: 'baseline' as const, hours: baselineHours }] : []),
    ...(goalHours !== null ? [{ kind: 'goal' as const, hours: goalHours }] : []),
  ];
  const current = selected === null ? null : weeks[selected];
  const summary =
    `${weeks.length} weeks from ${weeks[0] ? shortDate(weeks[0].weekKey) : ''}: reclaimed ` +
    `${formatHours(weeks.reduce((s, w) => s + w.reclaimedHours, 0))} in all; walkthroughs and coaching ` +
    `averaged ${formatHours(weeks.reduce((s, w) => s + instructionalHours(w), 0) / Math.max(1, weeks.length))} a week.`;
  const Heading = compact ? 'h3' : 'h2';
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className={compact ? 'card small-multiple' : 'card'}>
      <Heading id={`${idPrefix}-heading`}>{title ?? `The last ${weeks.length} weeks`}</Heading>
      <WeeklyChart
        weeks={weeks.map((w) => w.weekKey)}
        series={series}
        references={references}
        yMax={yMax}
        compact={compact}
        width={width}
        label={`${title ? `${title}: ` : ''}${summary}`}
        selected={selected}
        onSelect={setSelected}
      />
      {!compact && <ChartLegend series={series} />}
      <p id={`${idPrefix}-readout`} className="muted" aria-live="polite" data-testid="trend-readout">
        {current
          ? `Week of ${shortDate(current.weekKey)}: reclaimed ${formatHours(current.reclaimedHours)}; ` +
            `walkthroughs + coaching ${formatHours(instructionalHours(current))}` +
            (baselineHours !== null ? ` (baseline ${formatHours(baselineHours)})` : '') +
            '.'
          : compact
            ? `Average ${formatHours(weeks.reduce((s, w) => s + instructionalHours(w), 0) / Math.max(1, weeks.length))} of walkthroughs and coaching a week.`
            : 'Point at the chart, or focus it and use the arrow keys, to read a week.'}
      </p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show the numbers</summary>
        {/* Built when opened: a page of 500 small charts would otherwise hold 500 hidden tables. */}
        {open && (
          <table>
            <caption className="sr-only">Weekly hours{title ? ` for ${title}` : ''}</caption>
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
        )}
      </details>
      {children}
    </section>
  );
}
