import { useState } from 'react';
import type { CohortWeek } from '../../lib/domain/coach/coach';
import { formatHours } from '../../lib/domain/time/format';
import { type ChartBand, ChartLegend, type ChartSeries, shortDate, WeeklyChart } from './WeeklyChart';

interface Props {
  weeks: readonly CohortWeek[];
}

/**
 * Median walkthrough + coaching hours across leaders with the middle half shaded, and median reclaimed hours:
 * the same chart as the panel's (ticks from 0, gridlines, dated weeks), with the week under focus read out and
 * the numbers as a table.
 */
export function CohortChart({ weeks }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  const series: ChartSeries[] = [
    { key: 'median', label: 'median walkthrough + coaching', color: '#1b5e20', values: weeks.map((w) => w.median) },
    {
      key: 'reclaimed',
      label: 'median reclaimed',
      color: '#1f4e79',
      dash: '6 3',
      values: weeks.map((w) => w.medianReclaimed),
    },
  ];
  const band: ChartBand = {
    label: 'middle half of leaders',
    color: '#c8e6c9',
    low: weeks.map((w) => w.p25),
    high: weeks.map((w) => w.p75),
  };
  const last = weeks[weeks.length - 1];
  const label = last
    ? `Cohort of up to ${Math.max(...weeks.map((w) => w.leaders))} leaders over ${weeks.length} weeks. Latest ` +
      `week: median walkthrough and coaching ${formatHours(last.median)} (middle half ` +
      `${formatHours(last.p25)} to ${formatHours(last.p75)}), median reclaimed ${formatHours(last.medianReclaimed)}.`
    : 'No data yet.';
  const current = selected === null ? null : weeks[selected];
  return (
    <figure className="card">
      <WeeklyChart
        weeks={weeks.map((w) => w.weekStart)}
        series={series}
        band={band}
        label={label}
        selected={selected}
        onSelect={setSelected}
        height={220}
        testId="cohort-chart"
      />
      <figcaption>
        <ChartLegend series={series} band={band} />
        <p className="muted" aria-live="polite" data-testid="cohort-readout">
          {current
            ? `Week of ${shortDate(current.weekStart)}, ${current.leaders} leaders: median walkthrough + coaching ` +
              `${formatHours(current.median)} (middle half ${formatHours(current.p25)}–${formatHours(current.p75)}); ` +
              `median reclaimed ${formatHours(current.medianReclaimed)}.`
            : 'Point at the chart, or focus it and use the arrow keys, to read a week.'}
        </p>
        <details>
          <summary>Show the numbers</summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Cohort by week">
            <table>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col">Leaders</th>
                  <th scope="col">Median walkthrough + coaching</th>
                  <th scope="col">Middle half</th>
                  <th scope="col">Median reclaimed</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{shortDate(w.weekStart)}</th>
                    <td>{w.leaders}</td>
                    <td>{formatHours(w.median)}</td>
                    <td>
                      {formatHours(w.p25)}–{formatHours(w.p75)}
                    </td>
                    <td>{formatHours(w.medianReclaimed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
