import { useLayoutEffect, useRef, useState } from 'react';
import type { TrendRow } from '../../lib/domain/files/trend-format';
import { useAfterPaint } from '../../lib/live/use-after-paint';
import { hourTicks } from './WeeklyChart';
import { instructionalHours, type TrendPoint, TrendChart } from './TrendChart';

interface Props {
  leaders: readonly { leader: string; rows: readonly TrendRow[] }[];
  onOpen(leader: string): void;
}

/** A coach file's rows as the points the trend chart draws. */
export function asTrendPoints(rows: readonly TrendRow[]): TrendPoint[] {
  return rows.map((r) => ({
    weekKey: r.week_start,
    reclaimedHours: r.reclaimed_hours,
    walkthroughHours: r.walkthrough_hours,
    coachingHours: r.coaching_hours,
    redirectedHours: r.redirected_hours,
    redirectRate: r.redirect_rate,
  }));
}

/**
 * Every leader's last twelve weeks on one screen, one small chart each, all on one hour scale so their heights
 * compare; each reads out its weeks and shows its numbers as a table, and opens the leader's own view.
 */
export function SmallMultiples({ leaders, onOpen }: Props) {
  useAfterPaint(leaders.length > 0, 'leadership-calendar:multiples-painted');
  // Every chart of the grid is as wide as the first: it is measured once (and followed as the page resizes),
  // instead of each of hundreds of charts reading the layout. Until then only the first is drawn (before any paint).
  const grid = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const first = grid.current?.querySelector<HTMLElement>('.weekly-chart');
    if (!first) return;
    const measure = () => {
      const w = Math.round(first.getBoundingClientRect().width);
      setWidth(w > 0 ? w : 220);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(first);
    return () => observer.disconnect();
  }, []);
  const points = leaders.map((l) => ({ leader: l.leader, weeks: asTrendPoints(l.rows) }));
  const top = hourTicks(
    Math.max(0, ...points.flatMap((p) => p.weeks.flatMap((w) => [w.reclaimedHours, instructionalHours(w)]))),
    2,
  ).at(-1)!;
  return (
    <section aria-labelledby="multiples-heading">
      <h2 id="multiples-heading">Every leader's last twelve weeks</h2>
      <p className="muted">Reclaimed hours (solid) and walkthroughs + coaching (dashed), on one scale up to {top} h.</p>
      <div className="multiples" data-testid="small-multiples" ref={grid}>
        {(width === undefined ? points.slice(0, 1) : points).map((p, i) => (
          <TrendChart
            key={p.leader}
            weeks={p.weeks}
            compact
            yMax={top}
            title={p.leader}
            idPrefix={`multiple-${i}`}
            width={width}
          >
            <p className="open-leader">
              <button type="button" onClick={() => onOpen(p.leader)} aria-label={`Open ${p.leader}`}>
                Open
              </button>
            </p>
          </TrendChart>
        ))}
      </div>
    </section>
  );
}
