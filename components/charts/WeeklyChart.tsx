import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef, useState } from 'react';
import { dateFormat, formatHours } from '../../lib/domain/time/format';
import { fromIsoDate } from '../../lib/domain/time/week';

/**
 * The one chart of weekly hours: the side panel's trend, the coach's cohort, and every small multiple. It is
 * drawn in the pixels it is given (measured), never scaled by a viewBox, so its text is the same size at
 * 360 px and at 1280 px. Hand-written SVG: a charting library (Observable Plot) would add 87 KB gzipped to
 * extension pages for a few lines.
 */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  dash?: string;
  values: readonly (number | null)[];
}

export interface ChartBand {
  label: string;
  color: string;
  low: readonly number[];
  high: readonly number[];
}

export interface ChartReference {
  kind: 'baseline' | 'goal';
  hours: number;
}

interface Props {
  /** The week each point belongs to (YYYY-MM-DD), oldest first. */
  weeks: readonly string[];
  series: readonly ChartSeries[];
  band?: ChartBand | undefined;
  references?: readonly ChartReference[];
  /** A shared top of the scale (small multiples compare on one scale); else from the data. */
  yMax?: number | undefined;
  height?: number;
  /** Small multiples: two hour ticks and the first and last date only. */
  compact?: boolean;
  /** What a screen reader hears for the whole chart. */
  label: string;
  /** Keeps the week under the pointer or keyboard in the caller's readout. */
  selected: number | null;
  onSelect(index: number | null): void;
  /** Test id of the focusable chart. */
  testId?: string;
  /** Pixels across, when the caller measured them (the small multiples: one measurement for all). */
  width?: number | undefined;
}

/** Round steps (0.5, 1, 2, 5, 10 … hours) giving about four ticks up to `max`, from zero. */
export function hourTicks(max: number, count = 4): number[] {
  const raw = Math.max(max, 1) / count;
  const step = [0.5, 1, 2, 5, 10, 20, 50].find((s) => s >= raw) ?? 50;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

export const shortDate = (key: string) =>
  dateFormat(undefined, { day: 'numeric', month: 'short' }).format(fromIsoDate(key));

const REFERENCE = {
  baseline: { stroke: '#6b7580', dash: '2 3', labelAt: 'end' },
  goal: { stroke: '#8a4b00', dash: '8 3', labelAt: 'start' },
} as const;

/**
 * Pixels across the element, followed as it resizes (a fixed guess where there is no layout, as in tests). A chart
 * given its width (the small multiples share one measurement) measures nothing.
 */
function useWidth(fallback: number, given: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (given !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [given]);
  return { ref, width: given ?? width };
}

export function WeeklyChart(props: Props) {
  const { weeks, series, band, references = [], compact = false, selected, onSelect } = props;
  const height = props.height ?? (compact ? 90 : 160);
  const { ref, width } = useWidth(compact ? 220 : 320, props.width);
  const left = compact ? 30 : 36;
  const right = 10;
  const top = 8;
  const bottom = 20;
  const values = [
    ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
    ...(band?.high ?? []),
    ...references.map((r) => r.hours),
  ];
  const ticks = hourTicks(props.yMax ?? Math.max(0, ...values), compact ? 2 : 4);
  const max = ticks[ticks.length - 1]!;
  const plot = Math.max(1, width - left - right);
  const x = (i: number) => left + (i * plot) / Math.max(1, weeks.length - 1);
  const y = (h: number) => top + (1 - h / max) * (height - top - bottom);
  // Date labels: every few weeks and the last, never overlapping (at least 60 px apart), the last inside the edge.
  const every = compact
    ? Math.max(1, weeks.length - 1)
    : Math.max(1, Math.ceil(weeks.length / Math.max(2, Math.floor(plot / 60))));
  const pick = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const i = Math.round(((e.clientX - box.left - left) / plot) * Math.max(1, weeks.length - 1));
    onSelect(Math.max(0, Math.min(weeks.length - 1, i)));
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
    onSelect(next);
  };
  const line = (vals: readonly (number | null)[]) =>
    vals.flatMap((v, i) => (v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`])).join(' ');
  return (
    <div ref={ref} className="weekly-chart">
      <svg
        role="img"
        aria-label={`${props.label} Use the left and right arrow keys to read each week.`}
        width={width}
        height={height}
        tabIndex={0}
        className="chart"
        data-testid={props.testId}
        onPointerMove={pick}
        onPointerLeave={() => onSelect(null)}
        onKeyDown={keys}
        onBlur={() => onSelect(null)}
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
          (i % every === 0 && weeks.length - 1 - i >= every) || i === weeks.length - 1 ? (
            <text
              key={w}
              x={x(i)}
              y={height - 5}
              textAnchor={i === weeks.length - 1 && i > 0 ? 'end' : i === 0 && compact ? 'start' : 'middle'}
              className="chart-note"
            >
              {shortDate(w)}
            </text>
          ) : null,
        )}
        {band && band.low.length > 1 && (
          <polygon
            points={[
              ...band.high.map((h, i) => `${x(i).toFixed(1)},${y(h).toFixed(1)}`),
              ...band.low.map((l, i) => `${x(i).toFixed(1)},${y(l).toFixed(1)}`).reverse(),
            ].join(' ')}
            fill={band.color}
          />
        )}
        {references.map((r) => {
          const { stroke, dash, labelAt } = REFERENCE[r.kind];
          return (
            <g key={r.kind} data-testid={`${r.kind}-line`}>
              <line
                x1={left}
                x2={width - right}
                y1={y(r.hours)}
                y2={y(r.hours)}
                stroke={stroke}
                strokeDasharray={dash}
              />
              <text
                x={labelAt === 'end' ? width - right : left + 2}
                y={y(r.hours) - 3}
                textAnchor={labelAt === 'end' ? 'end' : undefined}
                className="chart-note"
              >
                {r.kind} {formatHours(r.hours)}
              </text>
            </g>
          );
        })}
        {series.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeDasharray={s.dash}
            points={line(s.values)}
          />
        ))}
        {selected !== null && weeks[selected] !== undefined && (
          <g data-testid="selected-week">
            <line x1={x(selected)} x2={x(selected)} y1={top} y2={height - bottom} stroke="#1b1f24" />
            {series.map((s) => {
              const v = s.values[selected];
              return v === null || v === undefined ? null : (
                <circle key={s.key} cx={x(selected)} cy={y(v)} r="3.5" fill={s.color} />
              );
            })}
          </g>
        )}
      </svg>
    </div>
  );
}

/** The key under a chart: one swatch per series (and the band). */
export function ChartLegend({ series, band }: { series: readonly ChartSeries[]; band?: ChartBand | undefined }) {
  return (
    <p className="legend">
      {band && (
        <span>
          <svg width="22" height="10" aria-hidden="true">
            <rect width="22" height="10" fill={band.color} />
          </svg>{' '}
          {band.label}
        </span>
      )}
      {series.map((s) => (
        <span key={s.key}>
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
          </svg>{' '}
          {s.label}
        </span>
      ))}
    </p>
  );
}
