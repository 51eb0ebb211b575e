// The calendar page as a leader feels it: the same Google week loaded in fresh profiles with and without
// the extension, and the difference in the page's main-thread work (CDP Performance.getMetrics), layout and
// style time, the longest task, and the time until every badge is drawn. Used by `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from '../tests/e2e/harness';

export interface Feel {
  /** Main-thread task time of the page (ms), layout and style recalculation time (ms). */
  task: number;
  layout: number;
  style: number;
  /** The longest task seen on the page (ms). */
  longest: number;
  /** From the page being idle (load end) to the last badge drawn (ms); null without the extension. */
  badgesAfterIdle: number | null;
  /** The extra task time of moving to the next week in place (ms). */
  nextWeekTask: number;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

async function metrics(page: Page, cdp: import('playwright-core').CDPSession) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
    longest: await page.evaluate(() => (window as unknown as { __longest?: number }).__longest ?? 0),
  };
}

/** One run: a fresh profile, the page loaded, then the next week shown in place (as Google does). */
export async function feelOnce(withExtension: boolean, html: string, nextWeek: string, chips: number): Promise<Feel> {
  const profile = mkdtempSync(join(tmpdir(), 'lc-feel-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/New_York',
    args: withExtension
      ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...ARGS]
      : ARGS,
  });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await context.route('https://calendar.google.com/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    let badgesAfterIdle: number | null = null;
    if (withExtension) {
      const drawnAt = await page.waitForFunction(
        (want) => document.querySelectorAll('button[data-leadership-calendar]').length >= want && performance.now(),
        chips,
        { timeout: 30_000, polling: 'raf' },
      );
      const idle = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      );
      badgesAfterIdle = Number(await drawnAt.jsonValue()) - idle;
    }
    await page.waitForTimeout(1500); // quiet: debounced re-reads and our slices are done
    const loaded = await metrics(page, cdp);
    // The next week, in place: Google swaps the grid's contents and the date keys.
    await page.evaluate((body) => {
      const next = new DOMParser().parseFromString(body, 'text/html');
      document
        .querySelector('[role="main"]')!
        .replaceWith(document.importNode(next.querySelector('[role="main"]')!, true));
    }, nextWeek);
    if (withExtension) {
      await page.waitForFunction(
        (want) => document.querySelectorAll('button[data-leadership-calendar]').length >= want,
        chips,
        { timeout: 30_000, polling: 'raf' },
      );
    }
    await page.waitForTimeout(1500);
    const moved = await metrics(page, cdp);
    return { ...loaded, badgesAfterIdle, nextWeekTask: moved.task - loaded.task };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
