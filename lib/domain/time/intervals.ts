import type { TimeRange } from './week';

/** Clips a range to a window; null when nothing is left. */
export function clip(range: TimeRange, window: TimeRange): TimeRange | null {
  const start = Math.max(range.start, window.start);
  const end = Math.min(range.end, window.end);
  return end > start ? { start, end } : null;
}

/** Merges overlapping or touching ranges so overlapping events are never counted twice. */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** Total milliseconds covered by the union of the ranges. */
export function unionLength(ranges: readonly TimeRange[]): number {
  return mergeRanges(ranges).reduce((sum, r) => sum + (r.end - r.start), 0);
}

export const HOUR_MS = 3_600_000;

export function toHours(ms: number): number {
  return ms / HOUR_MS;
}
