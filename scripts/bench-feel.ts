// The calendar page as a leader feels it: the same Google week loaded in fresh profiles with and without
// the extension, and the difference in the page's main-thread work (CDP Performance.getMetrics), layout and
// style time, the longest task, and the time until every badge is drawn. Used by `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, EXTENSION_DIR } from '../tests/e2e/harness';

export interface Feel {
  /** Main-thread task time of the page (ms, wall clock), the same thread's CPU time (ms), layout and style
   *  recalculation time (ms). */
  task: number;
  cpu: number;
  layout: number;
  style: number;
  /** Script time on the page's thread (ms): the page's scripts and the content script's compile and run. */
  script: number;
  /** Our own measured work at load, by part (ms): start, read, send, badge (lib/hosts/timing.ts). */
  ours: Record<string, number>;
  /** The longest task seen on the page (ms), and the longest that started after the page was idle (0: none). */
  longest: number;
  longestAfterIdle: number;
  /** Long tasks while the next week is shown in place. */
  nextWeekLongTasks: number;
  /** From the page being idle (load end) to the last badge drawn (ms); null without the extension. */
  badgesAfterIdle: number | null;
  /** The extra task time of moving to the next week in place (ms, wall clock and CPU). */
  nextWeekTask: number;
  nextWeekCpu: number;
}

async function metrics(page: Page, cdp: import('playwright-core').CDPSession) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    cpu: get('ThreadTime'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
    script: get('ScriptDuration'),
    longest: await page.evaluate(() => (window as unknown as { __longest?: number }).__longest ?? 0),
  };
}

/** Long tasks that started after `since` (ms on the page's clock), as [start, duration]. */
async function longTasksSince(page: Page, since: 'idle' | number): Promise<number[]> {
  return page.evaluate((from) => {
    const start =
      from === 'idle'
        ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd
        : (from as number);
    const tasks = (window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [];
    return tasks.filter(([at]) => at >= start).map(([, duration]) => duration);
  }, since);
}

const QUIET_MS = 2000;
const SETTLE_MS = 1500;
const DRAWN = 'leadership-calendar:badges-drawn';

/**
 * After the quiet time: from the page being idle (load end) to the frame that painted the last badges near the
 * eye (the content script marks it); fails the run if a chip on screen has no badge.
 */
async function badgesDrawn(page: Page, chips: number, withExtension: boolean): Promise<number | null> {
  const seen = await page.evaluate((mark) => {
    const drawn = performance.getEntriesByName(mark).at(-1);
    const idle = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const { innerHeight, innerWidth } = window;
    // On screen: inside the window and not scrolled out of any box it scrolls in (Google's time grid).
    // Tasks (`tasks_`, `ttb_`) are chips the extension does not badge (docs/reading-calendar-pages.md).
    const onScreen = Array.from(document.querySelectorAll<HTMLElement>('[data-eventchip][data-eventid]')).filter(
      (chip) => {
        if (/^(tasks?[_.]|ttb_)/.test(chip.getAttribute('data-eventid') ?? '')) return false;
        const r = chip.getBoundingClientRect();
        if (!(r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth)) return false;
        for (let box = chip.parentElement; box; box = box.parentElement) {
          if (!/auto|scroll|hidden/.test(getComputedStyle(box).overflowY)) continue;
          const b = box.getBoundingClientRect();
          if (r.bottom <= b.top || r.top >= b.bottom) return false;
        }
        return true;
      },
    );
    const badged = onScreen.filter(
      (chip) =>
        chip.nextElementSibling?.hasAttribute('data-leadership-calendar') ||
        chip.firstElementChild?.hasAttribute('data-leadership-calendar'),
    );
    return { at: drawn ? drawn.startTime - idle : null, onScreen: onScreen.length, badged: badged.length };
  }, DRAWN);
  if (!withExtension) return null;
  if (seen.at === null || seen.badged < seen.onScreen || seen.onScreen === 0)
    throw new Error(
      `Badges not drawn within ${QUIET_MS} ms: ${seen.badged} of ${seen.onScreen} chips on screen (${chips} events)`,
    );
  return seen.at;
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
      ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS]
      : [...CHROMIUM_ARGS],
  });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A leader opens the calendar long after installing: the extension's first start (its database created,
    // nudge alarms set) is let finish before the page loads, and both runs wait the same.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await context.route('https://calendar.google.com/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    // Nothing polls inside the page while it is measured (a polling probe is main-thread work of its own,
    // and only the runs with the extension would pay it): both runs wait the same quiet time, then ask once.
    await page.waitForTimeout(QUIET_MS);
    const loaded = await metrics(page, cdp);
    // Each part's own time: the first read's first slice runs inside "start", so a measure's time excludes what
    // other measures inside it took.
    const ours = await page.evaluate(() => {
      const parts: Record<string, number> = {};
      const list = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('leadership-calendar:'));
      for (const m of list) {
        const end = m.startTime + m.duration;
        const inner = list
          .filter((o) => o !== m && o.startTime >= m.startTime && o.startTime + o.duration <= end)
          .reduce((sum, o) => sum + o.duration, 0);
        const part = m.name.slice('leadership-calendar:'.length);
        parts[part] = (parts[part] ?? 0) + m.duration - inner;
      }
      return parts;
    });
    const first = await badgesDrawn(page, chips, withExtension);
    const afterIdle = await longTasksSince(page, 'idle');
    const beforeNext = await metrics(page, cdp);
    const swapAt = await page.evaluate(() => performance.now());
    // The next week, in place: Google swaps the grid's contents and the date keys.
    await page.evaluate(
      ([body, mark]) => {
        performance.clearMarks(mark);
        const next = new DOMParser().parseFromString(body, 'text/html');
        document
          .querySelector('[role="main"]')!
          .replaceWith(document.importNode(next.querySelector('[role="main"]')!, true));
      },
      [nextWeek, DRAWN] as const,
    );
    await page.waitForTimeout(QUIET_MS);
    const moved = await metrics(page, cdp);
    await badgesDrawn(page, chips, withExtension);
    return {
      ...loaded,
      ours,
      longestAfterIdle: Math.max(0, ...afterIdle),
      badgesAfterIdle: first,
      nextWeekTask: moved.task - beforeNext.task,
      nextWeekCpu: moved.cpu - beforeNext.cpu,
      nextWeekLongTasks: (await longTasksSince(page, swapAt)).length,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
