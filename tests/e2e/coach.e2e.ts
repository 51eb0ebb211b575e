import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toTrendCsv } from '../../lib/exchange/trend-csv';
import { cohortFiles } from '../fixtures/cohort-files';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { type ExtensionSession, launchExtension } from './harness';

const SHOTS = resolve('.e2e-output');

/** The rendered size of a chart's tick labels: the same in px whatever the chart's width. */
const tickTextPx = (page: Page, chart: string) =>
  page
    .locator(`${chart} text.chart-note`)
    .first()
    .evaluate((t) => ({ font: getComputedStyle(t).fontSize, height: Math.round(t.getBoundingClientRect().height) }));

describe('the coach’s morning: who needs a conversation, and why', () => {
  let session: ExtensionSession;
  let coach: Page;
  const newest = mondayOf(-1);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ timezoneId: TZ });
    coach = await session.page('coach.html');
    await coach.setViewportSize({ width: 1280, height: 900 });
    const dir = mkdtempSync(join(tmpdir(), 'lc-coach-'));
    const paths = Object.entries(cohortFiles(newest)).map(([leader, rows]) => {
      const path = join(dir, `${leader.replace(/ /g, '-')}.csv`);
      writeFileSync(path, toTrendCsv(rows));
      return path;
    });
    await coach.getByLabel('Add export files').setInputFiles(paths);
    await coach.getByTestId('triage-table').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the triage table comes first and gives each reason in a sentence; a leader as usual has none', async () => {
    const first = await coach.locator('main h2').first().textContent();
    expect(first).toBe('Who might need a conversation');
    expect(await coach.getByTestId('triage-summary').textContent()).toBe(
      '5 of 6 leaders show a reason, each compared with their own baseline and earlier weeks.',
    );
    const reasons = await coach
      .getByTestId('triage-row')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('th')!.textContent,
          [...r.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag')),
        ]),
      );
    expect(reasons).toEqual([
      ['Leader Under', ['rate-fell', 'below-baseline']],
      ['Leader Displaced', ['displaced']],
      ['Leader Falling', ['rate-fell']],
      ['Leader Loops', ['open-loops']],
      ['Leader Quiet', ['stale']],
      ['Leader Steady', []],
    ]);
    expect(await coach.getByTestId('triage-row').filter({ hasText: 'Leader Falling' }).textContent()).toContain(
      'Redirect rate fell from 52% to 18% over four weeks.',
    );
    // Sortable: by leader, A to Z.
    await coach.getByRole('button', { name: 'Leader', exact: true }).click();
    expect(await coach.getByTestId('triage-row').locator('th').allTextContents()).toEqual([
      'Leader Displaced',
      'Leader Falling',
      'Leader Loops',
      'Leader Quiet',
      'Leader Steady',
      'Leader Under',
    ]);
    expect(await coach.getByRole('columnheader', { name: 'Leader' }).getAttribute('aria-sort')).toBe('ascending');
    expect(await axeViolations(coach)).toEqual([]);
    await coach.getByRole('button', { name: 'Why talk' }).click();
    await coach.screenshot({ path: join(SHOTS, 'coach-triage.png'), fullPage: true });
  });

  test('small multiples: every leader’s weeks on one scale, each readable and openable', async () => {
    const multiples = coach.getByTestId('small-multiples');
    expect(await multiples.getByRole('img').count()).toBe(6);
    // One scale: every small chart's top tick is the same.
    const tops = await multiples.locator('svg').evaluateAll((svgs) =>
      svgs.map((svg) =>
        [...svg.querySelectorAll('text.chart-note')]
          .map((t) => t.textContent)
          .filter((t) => / h$/.test(t!))
          .at(-1),
      ),
    );
    expect(new Set(tops).size).toBe(1);
    // The keyboard reads a week out.
    const chart = multiples.getByRole('img').first();
    await chart.focus();
    await coach.keyboard.press('End');
    expect(await multiples.getByTestId('trend-readout').first().textContent()).toMatch(/^Week of .*: reclaimed \d/);
    await multiples.getByRole('button', { name: 'Open Leader Under' }).click();
    await coach.getByRole('heading', { name: /^Leader Under: the last 12 weeks/ }).waitFor();
    expect(await coach.evaluate(() => document.activeElement?.id)).toBe('report-heading');
  });

  test('one chart component at 360 and 1280 px: the same text size, nothing sideways', async () => {
    const wide = await tickTextPx(coach, '[data-testid="cohort-chart"]');
    await coach.setViewportSize({ width: 360, height: 800 });
    await coach.waitForFunction(
      () => (document.querySelector('[data-testid="cohort-chart"]') as SVGSVGElement).width.baseVal.value < 400,
    );
    const narrow = await tickTextPx(coach, '[data-testid="cohort-chart"]');
    expect(narrow).toEqual(wide);
    expect(wide.font).toBe('11px');
    expect(
      await coach.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await axeViolations(coach)).toEqual([]);
    await coach.screenshot({ path: join(SHOTS, 'coach-360.png'), fullPage: true });
  });
});
