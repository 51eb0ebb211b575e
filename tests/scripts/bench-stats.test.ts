import { describe, expect, test } from 'vitest';
import { median, medianInterval, verdict } from '../../scripts/bench-stats';

describe('the bench judges a budget on an interval for the median', () => {
  test('eleven pairs: the 2nd smallest to the 2nd largest, 98.8 % coverage', () => {
    const values = [50, -20, 30, 10, 90, 40, 60, 20, 0, 70, 80];
    expect(median(values)).toBe(40);
    const interval = medianInterval(values);
    expect([interval.low, interval.high]).toEqual([0, 80]);
    // 1 − 2 · (1 + 11) / 2048
    expect(interval.coverage).toBeCloseTo(1 - 24 / 2048, 6);
  });

  test('five pairs can only give the smallest to the largest, 93.75 %', () => {
    const interval = medianInterval([5, 1, 4, 2, 3]);
    expect([interval.low, interval.high]).toEqual([1, 5]);
    expect(interval.coverage).toBeCloseTo(1 - 2 / 32, 6);
  });

  test('more pairs narrow the interval and keep the coverage at 95 % or more', () => {
    for (const n of [7, 11, 15, 21, 31]) {
      const values = Array.from({ length: n }, (_, i) => i);
      const { low, high, coverage } = medianInterval(values);
      expect(coverage).toBeGreaterThanOrEqual(0.95);
      expect(low).toBe(n - 1 - high);
    }
    // Worked by hand: 15 values give the 4th to the 12th (P(X ≤ 3) = 576/32768; one step in, P(X ≤ 4) is 5.9 %).
    expect(medianInterval(Array.from({ length: 15 }, (_, i) => i))).toMatchObject({ low: 3, high: 11 });
    expect(medianInterval(Array.from({ length: 21 }, (_, i) => i))).toMatchObject({ low: 5, high: 15 });
  });

  test('a budget inside the interval is not decided either way', () => {
    const interval = { low: 20, high: 90, coverage: 0.99 };
    expect(verdict(interval, 100)).toBe('met');
    expect(verdict(interval, 10)).toBe('missed');
    expect(verdict(interval, 50)).toBe('not decided');
  });

  test('no values is an error, not an interval', () => {
    expect(() => medianInterval([])).toThrow(/no values/);
  });
});
