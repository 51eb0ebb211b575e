import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage, renderOutlookPage, googleEventId } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { databaseNames, launchExtension, serveAt, type ExtensionSession } from './harness';
import { readRows } from './idb';
import { axeViolations } from './axe';

/** Reads rows straight from the extension origin's IndexedDB (through an extension page). */
async function storedEvents(session: ExtensionSession) {
  const page = await session.page('options.html');
  const rows = await readRows<{ id: string; title: string; start: number; end: number; removedAt: number | null }>(
    page,
    'events',
  );
  await page.close();
  return rows;
}

async function storedTag(session: ExtensionSession, id: string) {
  const page = await session.page('options.html');
  const tags = await readRows<{ eventId: string; kind: string; activity: string; setBy: string }>(page, 'tags');
  await page.close();
  return tags.find((t) => t.eventId === id);
}

const est = (date: string, time: string) => new Date(`${date}T${time}:00-05:00`).getTime();

describe('reading calendar pages in real Chromium', () => {
  let session: ExtensionSession;
  let firstDay = '2026-11-16';
  beforeAll(async () => {
    session = await launchExtension({ timezoneId: 'America/New_York' });
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({
        view: 'week',
        lang: 'en',
        hour12: true,
        firstDay,
        events: principalWeek(firstDay, firstDay === '2026-11-16' ? '' : '-next'),
      }),
    );
    await serveAt(session.context, 'https://outlook.office.com/**', () =>
      renderOutlookPage({
        view: 'workweek',
        lang: 'en-GB',
        hour12: false,
        firstDay: '2026-11-16',
        events: principalWeek('2026-11-16', '-o'),
      }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  test('Google week: events land in the extension database with the right times, and badges appear', async () => {
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/16');
    await page.locator('button[data-leadership-calendar]').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await storedEvents(session)).filter((e) => e.id.startsWith('google:')).length, {
        timeout: 10_000,
      })
      .toBe(20);
    const events = await storedEvents(session);
    const walk = events.find((e) => e.title === 'Walkthrough: grade 3 reading')!;
    expect([walk.start, walk.end]).toEqual([est('2026-11-16', '09:00'), est('2026-11-16', '09:45')]);
    // One badge per chip; the overnight event has two chips.
    expect(await page.locator('button[data-leadership-calendar]').count()).toBe(21);
    const badge = page.locator(`button[data-leadership-calendar][data-source-id="walk1"]`);
    expect(await badge.getAttribute('aria-label')).toMatch(
      /Instructional, Walkthrough \(suggested: title contains "walkthrough"\)/,
    );
    expect(await databaseNames(page)).not.toContain('leadership-calendar');
    await page.close();
  });

  test('tagging from a badge with the keyboard persists', async () => {
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/16');
    const target = principalWeek('2026-11-16').find((e) => e.title === 'IEP meeting')!;
    const badge = page.locator(`button[data-leadership-calendar][data-source-id="${target.id}"]`);
    // The badge sits beside Google's chip button, never inside it.
    expect(
      await page
        .locator(`[data-eventid="${googleEventId(target)}"][data-eventchip] button[data-leadership-calendar]`)
        .count(),
    ).toBe(0);
    await badge.waitFor();
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tag this event' });
    await dialog.waitFor();
    await page.keyboard.press('o');
    // The badges and the picker we add to the calendar page pass axe (WCAG 2.1 AA, contrast included).
    expect(await axeViolations(page, '[data-leadership-calendar]')).toEqual([]);
    await dialog.getByRole('combobox', { name: 'Activity' }).selectOption('family-communication');
    await dialog.getByRole('button', { name: 'Save tag' }).click();
    await expect.poll(() => badge.getAttribute('aria-label')).toMatch(/Operational, Family communication/);
    await expect
      .poll(() => storedTag(session, `google:${target.id}`))
      .toMatchObject({ kind: 'operational', activity: 'family-communication', setBy: 'person' });
    await page.close();
  });

  test('a badge is on top of its chip: the pointer reaches it and a click opens the picker, not the event', async () => {
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/16');
    const badge = page.locator('button[data-leadership-calendar][data-source-id="walk1"]');
    await badge.waitFor();
    const box = (await badge.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-source-id') ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe('walk1');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The tooltip is written when the pointer arrives: the accessible name without its call to action.
    await expect.poll(() => badge.getAttribute('title')).toMatch(/^Leadership Calendar: Instructional, Walkthrough/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('dialog', { name: 'Tag this event' }).waitFor();
    await page.close();
  });

  test('switching the page to the next week captures that week', async () => {
    firstDay = '2026-11-23';
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/23');
    await expect
      .poll(async () => (await storedEvents(session)).filter((e) => e.id.includes('-next')).length, { timeout: 15_000 })
      .toBe(20);
    await page.close();
  });

  test('Outlook work week (en-GB, 24 h): events land with the right times', async () => {
    const page = await session.context.newPage();
    await page.goto('https://outlook.office.com/calendar/view/workweek');
    await expect
      .poll(async () => (await storedEvents(session)).filter((e) => e.id.startsWith('outlook:')).length, {
        timeout: 15_000,
      })
      .toBe(20);
    const budget = (await storedEvents(session)).find(
      (e) => e.id.startsWith('outlook:') && e.title === 'Budget review with district finance',
    )!;
    expect([budget.start, budget.end]).toEqual([est('2026-11-16', '13:00'), est('2026-11-16', '14:30')]);
    await page.close();
  });

  test('a view whose events cannot be read shows a notice and records nothing', async () => {
    await session.context.unroute('https://calendar.google.com/**');
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({
        view: 'week',
        lang: 'en',
        hour12: true,
        firstDay: '2026-11-30',
        events: principalWeek('2026-11-30', '-broken'),
      }).replace(/class="XuJrye">[^<]*/g, 'class="XuJrye">Something new'),
    );
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/30');
    await expect(
      page.getByText("Leadership Calendar can't read this calendar view yet").waitFor({ timeout: 15_000 }),
    ).resolves.toBeUndefined();
    expect((await storedEvents(session)).filter((e) => e.id.includes('-broken') && !e.title.includes('PD'))).toEqual(
      [],
    );
    expect(
      session.requests.filter((u) => !/^https:\/\/(calendar\.google\.com|outlook\.office\.com)\//.test(u)),
    ).toEqual([]);
    await page.close();
  });
});
