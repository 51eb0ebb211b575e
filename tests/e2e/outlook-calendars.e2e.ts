import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderOutlookPage, type OutlookPageOptions } from '../fixtures/calendar-pages';
import { AP, BIRTHDAYS, OWN, overlayPage } from '../fixtures/outlook-overlay';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { launchExtension, serveAt, type ExtensionSession } from './harness';

const SHOTS = resolve('.e2e-output');
const hours = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

/**
 * Outlook on the web with the principal's calendar and an AP's shared calendar overlaid (issue #33): only the
 * principal's hours count; with the two colours made equal the events cannot be matched and the glance says so;
 * with one calendar shown, all of it counts.
 */
describe('whose time on Outlook: the principal’s and an AP’s calendars overlaid', () => {
  let session: ExtensionSession;
  let panel: Page;
  let outlook: Page;
  const monday = mondayOf(-1);
  let page: OutlookPageOptions = overlayPage(monday);
  const worked = async () => hours(await panel.getByTestId('worked-hours').textContent());
  /** Shows the page as `page` now says, and waits until the panel has the new read. */
  const reread = async (before: string | null) => {
    await outlook.reload();
    await outlook.locator('button[data-leadership-calendar]').first().waitFor();
    await expect.poll(() => panel.getByTestId('exclusions').textContent()).not.toBe(before);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ timezoneId: TZ });
    await serveAt(session.context, 'https://outlook.office.com/**', () => renderOutlookPage(page));
    panel = await session.page('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByRole('button', { name: 'Start' }).click();
    outlook = await session.context.newPage();
    await outlook.goto('https://outlook.office.com/calendar/view/workweek');
    await outlook.locator('button[data-leadership-calendar]').first().waitFor();
    await panel.bringToFront();
    await panel.getByRole('heading', { name: 'This week at a glance' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  let ownHours = 0;
  test('the leader says which calendars are theirs; only the principal’s hours count', async () => {
    const chooser = panel.getByTestId('calendar-chooser');
    await chooser.waitFor();
    const everything = await worked();
    await chooser.getByRole('checkbox', { name: new RegExp(`^${AP.name}`) }).uncheck();
    expect(await chooser.getByRole('checkbox', { name: /^Calendar not known \(colour #ff8c00\)/ }).isChecked()).toBe(
      false,
    );
    await chooser.getByRole('button', { name: 'Save my calendars' }).click();
    await expect.poll(worked).toBeLessThan(everything);
    ownHours = await worked();
    expect(await panel.getByTestId('exclusions').textContent()).toMatch(/events? on .*Rivera, Ana/);
    // The categorised event is matched to no calendar: the glance asks about its colour.
    const line = panel.getByTestId('unmatched');
    expect(await line.textContent()).toMatch(
      /^1 Outlook event could not be matched to a calendar \(colour #ff8c00\)\. Is it yours\?/,
    );
    expect(await axeViolations(panel)).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await panel.screenshot({ path: join(SHOTS, 'panel-outlook-unmatched.png'), fullPage: true });
    await line.getByRole('button', { name: 'Count them', exact: true }).click();
    await expect.poll(worked).toBe(ownHours + 1.5);
    expect(await panel.getByTestId('unmatched').count()).toBe(0);
    ownHours = await worked();
  });

  test('with the two calendars in one colour, their events cannot be matched, and the glance says so', async () => {
    page = overlayPage(monday, { calendars: [OWN, { ...AP, colour: OWN.colour }, BIRTHDAYS] });
    await reread(await panel.getByTestId('exclusions').textContent());
    const line = panel.getByTestId('unmatched');
    await line.waitFor();
    expect(await line.textContent()).toMatch(
      /^\d+ Outlook events could not be matched to a calendar \(colour #0078d4\)/,
    );
    // Only the colour counted earlier (the categorised event) still counts.
    expect(await worked()).toBe(1.5);
  });

  test('with one calendar shown, every event on the page is on it, and all of it counts', async () => {
    page = overlayPage(monday, { calendars: [OWN, { ...AP, shown: false }, BIRTHDAYS] });
    await reread(await panel.getByTestId('exclusions').textContent());
    await expect.poll(worked).toBe(ownHours);
    // The principal's events are matched again; the AP's three, read while the colours were equal and hidden now,
    // stay not known (the page no longer shows them, so nothing can be said of them) and are not counted.
    expect(await panel.getByTestId('unmatched').textContent()).toMatch(
      /^3 Outlook events could not be matched to a calendar \(colour #0078d4\)/,
    );
  });
});
