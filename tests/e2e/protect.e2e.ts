import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PageEvent, renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { launchExtension, serveAt, type ExtensionSession } from './harness';

const SHOTS = resolve('.e2e-output');

/** "20261201T140000Z" → epoch ms. */
const fromStamp = (s: string) =>
  Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(9, 11), +s.slice(11, 13), +s.slice(13, 15));
/** Epoch ms → the calendar's local wall time "YYYY-MM-DDTHH:MM" in the test zone. */
const wall = (ms: number) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};
/** A page event's wall time → epoch ms in the test zone (the fixture's zone is the browser's). */
async function epochOf(page: Page, wallTime: string): Promise<number> {
  return page.evaluate((w) => new Date(w).getTime(), wallTime);
}

describe('protect the hours: a plan becomes blocks on the calendar, and the plan sees them arrive', () => {
  let session: ExtensionSession;
  let panel: Page;
  const monday = mondayOf(1); // next week: every school day is still ahead
  const added: PageEvent[] = [];
  const pageEvents = () => [...principalWeek(monday), ...added];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ timezoneId: TZ });
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: monday, events: pageEvents() }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a week not yet opened in the calendar gets no proposals', async () => {
    panel = await session.page('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Next week' }).click();
    await panel.getByRole('button', { name: 'Plan' }).click();
    await panel.getByLabel('Walkthrough (minutes)').fill('60');
    await panel.getByRole('button', { name: 'Find time' }).click();
    await expect
      .poll(() => panel.getByTestId('find-time-status').textContent())
      .toMatch(/^Open this week in your calendar first/);
  });

  test('Find time proposes walkthroughs in class time, each followed by its conversation; the links carry exactly those times', async () => {
    const calendar = await session.context.newPage();
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${monday.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();

    await panel.getByLabel('Coaching (minutes)').fill('30');
    await panel.getByRole('button', { name: 'Find time' }).click();
    // Two 30-minute walkthroughs, each followed by a 15-minute conversation (the plan's 30 minutes, shared).
    await expect.poll(() => panel.getByTestId('find-time-status').textContent()).toBe('4 blocks proposed.');
    const links = panel.getByRole('link', { name: /^Add to Google Calendar/ });
    expect(await links.count()).toBe(4);
    expect(await panel.locator('[data-testid="protected-block"].follows').count()).toBe(2);

    const busy = await Promise.all(
      principalWeek(monday)
        .filter((e) => !e.allDay && !e.declined && !e.cancelled)
        .map(async (e) => ({ start: await epochOf(calendar, e.start), end: await epochOf(calendar, e.end) })),
    );
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const url = new URL(href);
      expect(url.host).toBe('calendar.google.com');
      const [from, to] = url.searchParams.get('dates')!.split('/') as [string, string];
      const start = fromStamp(from);
      const end = fromStamp(to);
      const visit = url.searchParams.get('text') === 'Walkthrough — protected time';
      expect(end - start).toBe((visit ? 30 : 15) * 60_000);
      expect(wall(start).slice(0, 10) >= monday).toBe(true);
      // Walkthroughs while classes are in session (not the office half-hour, lunch or dismissal); conversations
      // anywhere from the office time to the half-hour after school, never over lunch.
      const [from5, to5] = [wall(start).slice(11), wall(end).slice(11)];
      if (visit) expect(from5 >= '08:30' && to5 <= '15:15' && (to5 <= '11:30' || from5 >= '12:30')).toBe(true);
      else expect(from5 >= '08:00' && to5 <= '16:00' && (to5 <= '11:30' || from5 >= '12:30')).toBe(true);
      // Ten free minutes around every event on the calendar.
      for (const b of busy)
        expect(end + 600_000 <= b.start || start >= b.end + 600_000, `${wall(start)} is too close`).toBe(true);
      expect(url.searchParams.get('text')).toMatch(/^(Walkthrough|Coaching conversation) — protected time$/);
    }
    expect(await axeViolations(panel)).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await panel.screenshot({ path: join(SHOTS, 'panel-plan-protect.png'), fullPage: true });

    // The leader adds two of the blocks with the calendar's own form: they appear on the page as events.
    for (const [i, href] of (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      .slice(0, 2)
      .entries()) {
      const url = new URL(href);
      const [from, to] = url.searchParams.get('dates')!.split('/') as [string, string];
      added.push({
        id: `protected${i}`,
        title: url.searchParams.get('text')!,
        start: wall(fromStamp(from)),
        end: wall(fromStamp(to)),
      });
    }
    await calendar.reload();
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    await expect.poll(() => panel.locator('[data-testid="protected-block"][data-state="on-calendar"]').count()).toBe(2);
    expect(await panel.locator('[data-testid="protected-block"][data-state="not-scheduled"]').count()).toBe(2);
    // On the page, the new events carry the planned activity's badge without a click.
    await expect
      .poll(() => calendar.locator('button[data-leadership-calendar][aria-label*="Instructional"]').count())
      .toBeGreaterThanOrEqual(2);

    await panel.getByRole('button', { name: 'Review' }).click();
    const review = panel.getByTestId('review-block');
    await expect.poll(() => review.count()).toBe(4);
    const texts = await review.allTextContents();
    expect(texts.filter((t) => t.endsWith('on your calendar'))).toHaveLength(2);
    expect(texts.filter((t) => t.endsWith('not scheduled'))).toHaveLength(2);
  });
});
