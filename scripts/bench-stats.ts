// Statistics for `npm run bench`: the with/without pairs move by tens of milliseconds from run to run on a
// 2-core machine, so a budget is judged on an interval for the median, not on the median alone.

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** C(n, k) / 2^n summed for k below `below`: P(X < below) for X ~ Binomial(n, 1/2). */
function binomialBelow(n: number, below: number): number {
  let term = 2 ** -n; // C(n, 0) / 2^n
  let sum = 0;
  for (let k = 0; k < below; k++) {
    sum += term;
    term = (term * (n - k)) / (k + 1);
  }
  return sum;
}

export interface MedianInterval {
  low: number;
  high: number;
  /** The chance that the interval holds the true median (order statistics; no assumption about the spread). */
  coverage: number;
}

/**
 * A distribution-free interval for the median of the values (the sign-test interval): the k-th smallest and
 * the k-th largest, with k as large as keeps the coverage at 95 % or more. Five values can only give 94 %.
 */
export function medianInterval(values: readonly number[]): MedianInterval {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) throw new Error('no values');
  let k = 1;
  while (k < n / 2 && 1 - 2 * binomialBelow(n, k + 1) >= 0.95) k++;
  return { low: sorted[k - 1]!, high: sorted[n - k]!, coverage: 1 - 2 * binomialBelow(n, k) };
}

export type Verdict = 'met' | 'missed' | 'not decided';

/** Met when the whole interval is within the budget, missed when the whole interval is over it. */
export function verdict(interval: MedianInterval, budget: number): Verdict {
  if (interval.high <= budget) return 'met';
  if (interval.low > budget) return 'missed';
  return 'not decided';
}
