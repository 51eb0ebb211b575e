import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage, renderOutlookPage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { type BrowserDriver, chromiumDriver, firefoxDriver } from './browsers';

const est = (date: string, time: string) => new Date(`${date}T${time}:00-05:00`).getTime();
type Stored = { id: string; title: string; start: number; end: number };
const MONDAY = '2026-11-16';
const google = renderGooglePage({
  view: 'week',
  lang: 'en',
  hour12: true,
  firstDay: MONDAY,
  events: principalWeek(MONDAY),
});
const outlook = renderOutlookPage({
  view: 'workweek',
  lang: 'en-GB',
  hour12: false,
  firstDay: MONDAY,
  events: principalWeek(MONDAY, '-o'),
});
const pages = (url: string) =>
  url.startsWith('https://calendar.google.com/')
    ? google
    : url.startsWith('https://outlook.office.com/')
      ? outlook
      : null;
/** Walkthroughs and observations of the principal's week: the Outlook copies overlap in time, counted once. */
const GLANCE_WALKTHROUGH_HOURS = '2.5 h';

/**
 * One description of each flow, run by both browser drivers (Chromium over CDP with playwright-core,
 * Firefox ESR over WebDriver BiDi with puppeteer-core). The flows run in order on one profile.
 */
describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
] as const)('%s: the add-on on real calendar pages', (_name, launch) => {
  let driver: BrowserDriver;
  beforeAll(async () => {
    driver = await launch();
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
  });

  test('a Google week and an Outlook week are captured with exact times', async () => {
    const calendar = await driver.calendar(pages);
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/2026/11/16`);
    await calendar.waitFor('button[data-leadership-calendar]');
    await calendar.goto('https://outlook.office.com/calendar/view/workweek');
    await calendar.waitFor('button[data-leadership-calendar]');
    const panel = await driver.extensionPage('options.html');
    await expect.poll(async () => (await panel.rows<Stored>('events')).length, { timeout: 10_000 }).toBe(40);
    const events = await panel.rows<Stored>('events');
    for (const source of ['google:', 'outlook:']) {
      const walk = events.find((e) => e.id.startsWith(source) && e.title === 'Walkthrough: grade 3 reading')!;
      expect([walk.start, walk.end], source).toEqual([est(MONDAY, '09:00'), est(MONDAY, '09:45')]);
    }
    await panel.close();
    await calendar.close();
  });

  test('a badge choice by keyboard is stored as the person’s tag', async () => {
    const calendar = await driver.calendar(pages);
    await calendar.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/16');
    const target = principalWeek(MONDAY).find((e) => e.title === 'IEP meeting')!;
    const badge = `button[data-leadership-calendar][data-source-id="${target.id}"]`;
    await calendar.waitFor(badge);
    await calendar.focus(badge);
    await calendar.press('Enter');
    await calendar.waitFor('[role="dialog"][aria-label="Tag this event"]');
    await calendar.press('o');
    await calendar.select('[role="dialog"] select[aria-label="Activity"]', 'family-communication');
    await calendar.clickButton('Save tag');
    await expect.poll(() => calendar.attribute(badge, 'aria-label')).toMatch(/Operational, Family communication/);
    const panel = await driver.extensionPage('options.html');
    const tags = await panel.rows<{ eventId: string; kind: string; setBy: string }>('tags');
    expect(tags.find((t) => t.eventId === `google:${target.id}`)).toMatchObject({
      kind: 'operational',
      setBy: 'person',
    });
    await panel.close();
    await calendar.close();
  });

  test('the side panel (Firefox: sidebar) page shows the captured week at a glance', async () => {
    const panel = await driver.extensionPage('sidepanel.html');
    await panel.waitFor('input[type="radio"]', 10_000);
    await panel.clickButton('Start');
    // The panel opens on the week the calendar showed last: the captured week of 16 November.
    await panel.waitFor('[data-testid="walkthrough-hours"]', 10_000);
    expect(await panel.text('.week-switcher')).toContain('Nov 16');
    expect(await panel.text('[data-testid="walkthrough-hours"]')).toBe(GLANCE_WALKTHROUGH_HOURS);
    await panel.close();
  });

  test('a nudge fired by its alarm is delivered once', async () => {
    const page = await driver.extensionPage('options.html');
    // Onboarded in the previous flow, so the Monday plan nudge is due; the alarm makes the background deliver it.
    const api = driver.name === 'Firefox' ? 'browser' : 'chrome';
    await page.evaluate(`${api}.alarms.create('nudge-check', { when: Date.now() })`);
    await expect
      .poll(async () => (await page.rows<{ id: string }>('nudges')).map((r) => r.id), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^(plan|review):\d{4}-\d{2}-\d{2}$/)]);
    // Headless Firefox has no notification service (docs/testing.md, "Firefox"): there the record is what can be shown.
    if (driver.notificationsVisible) {
      await expect
        .poll(() => page.evaluate<string[]>(`${api}.notifications.getAll().then((all) => Object.keys(all))`))
        .toEqual([expect.stringMatching(/^(plan|review):/)]);
    }
    await page.close();
  });

  test('the trend CSV for the coach downloads with totals only', async () => {
    const page = await driver.extensionPage('options.html#sharing');
    await page.fill('#export-from', MONDAY);
    await page.clickButton('Preview what will be shared');
    await page.waitFor('[data-testid="export-preview"]', 10_000);
    const text = await page.download(() => page.clickButton('Export trend CSV'));
    expect(text.startsWith('leader,week_start,worked_hours,')).toBe(true);
    expect(text).toMatch(/\r\n[^,]+,2026-11-16,/);
    expect(text).not.toMatch(/Walkthrough|Bus duty|Rivera|Main office/);
    await page.close();
  });

  test('a backup restores into the profile', async () => {
    const page = await driver.extensionPage('options.html#backup');
    const backup = {
      format: 'leadership-calendar-backup',
      version: 1,
      exportedAt: '2026-11-30T00:00:00.000Z',
      settings: { onboarded: true },
      events: [
        {
          id: 'ics:restored-1',
          source: 'ics',
          sourceId: 'restored-1',
          title: 'Restored walkthrough',
          start: est('2026-11-02', '09:00'),
          end: est('2026-11-02', '09:30'),
          allDay: false,
          response: 'accepted',
          cancelled: false,
          firstSeen: 1,
          lastSeen: 1,
          removedAt: null,
        },
      ],
      tags: [],
      rules: [],
      reclaimed: [],
      recurring: [],
      plans: [],
      nudges: [],
      coachRows: [],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'lc-backup-')), 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    await page.upload('#restore-file', file);
    await expect
      .poll(async () => (await page.rows<Stored>('events')).find((e) => e.id === 'ics:restored-1')?.title, {
        timeout: 10_000,
      })
      .toBe('Restored walkthrough');
    await page.close();
  });
});
