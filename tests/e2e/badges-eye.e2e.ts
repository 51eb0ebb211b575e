import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { renderGooglePage } from '../fixtures/calendar-pages';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { type ExtensionSession, launchExtension, serveAt } from './harness';

/**
 * Badges where the eye is (issue #24), on Google's geometry: the hours scroll in a box of the window's height,
 * opened at 7 am. Night events are read and stored like every other, but their badges wait until they come near.
 */
describe('badges where the eye is, in Google’s scrolling week grid', () => {
  let session: ExtensionSession;
  let calendar: Page;
  const monday = mondayOf(0);
  const at = (time: string) => `${monday}T${time}`;
  const events = [
    { id: 'night1', title: 'Night shift handover', start: at('00:30'), end: at('01:00') },
    { id: 'night2', title: 'Early bus check', start: at('01:30'), end: at('02:00') },
    { id: 'day1', title: 'Walkthrough: grade 2', start: at('09:00'), end: at('09:30') },
    { id: 'day2', title: 'Coaching: Mr. Chen', start: at('10:00'), end: at('10:45') },
  ];
  const badgeOf = (id: string) =>
    calendar.locator(`[data-eventchip][data-eventid]:has-text("${id}") + button[data-leadership-calendar]`);
  const chip = (title: string) => calendar.locator('[data-eventchip][data-eventid]', { hasText: title });

  beforeAll(async () => {
    session = await launchExtension({ timezoneId: TZ });
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: monday, events, geometry: 'google' }),
    );
    calendar = await session.context.newPage();
    await calendar.goto('https://calendar.google.com/calendar/u/0/r/week');
    await badgeOf('Walkthrough: grade 2').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('chips in sight have their badge; chips scrolled far out of the grid’s box are read but not yet badged', async () => {
    await badgeOf('Coaching: Mr. Chen').waitFor();
    expect(await badgeOf('Night shift handover').count()).toBe(0);
    expect(await badgeOf('Early bus check').count()).toBe(0);
    // Every event was read and stored all the same.
    const panel = await session.page('sidepanel.html#tag');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('group', { name: /^Night shift handover/ }).waitFor();
    await panel.close();
  });

  test('a chip scrolled into view has its badge', async () => {
    await calendar.evaluate(() => {
      document.querySelector('.time-scroll')!.scrollTop = 0;
    });
    await badgeOf('Early bus check').waitFor({ timeout: 2000 });
    await badgeOf('Night shift handover').waitFor({ timeout: 2000 });
  });

  test('a chip reached by keyboard has its badge, and the next Tab reaches it', async () => {
    await calendar.reload();
    await badgeOf('Walkthrough: grade 2').waitFor();
    expect(await badgeOf('Night shift handover').count()).toBe(0);
    // Tab from the grid into its first chip: the night chip, far out of sight.
    await calendar.locator('[role="grid"]').evaluate((grid) => {
      grid.setAttribute('tabindex', '-1');
      (grid as HTMLElement).focus();
    });
    await calendar.keyboard.press('Tab');
    expect(await chip('Night shift handover').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await badgeOf('Night shift handover').count()).toBe(1);
    await calendar.keyboard.press('Tab');
    expect(await calendar.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Leadership Calendar: (untagged\. Choose a tag|.*\. Change tag)$/,
    );
    await calendar.keyboard.press('Enter');
    await calendar.getByRole('dialog', { name: 'Tag this event' }).waitFor();
    expect(await axeViolations(calendar, '[data-leadership-calendar]')).toEqual([]);
  });
});
