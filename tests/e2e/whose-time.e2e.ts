import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage, type GoogleAccount, type PageEvent } from '../fixtures/calendar-pages';
import { ASSISTANT, nextWeekOnPrincipalCalendar, overlayWeek, PRINCIPAL } from '../fixtures/overlay-week';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { launchExtension, serveAt, type ExtensionSession } from './harness';

const SHOTS = resolve('.e2e-output');
const dir = mkdtempSync(join(tmpdir(), 'lc-whose-time-'));

/** Serves whatever `page()` says at the Google Calendar URL and opens it until its badges are drawn. */
async function openCalendar(
  session: ExtensionSession,
  page: () => { first: string; events: PageEvent[]; account: GoogleAccount },
) {
  await serveAt(session.context, 'https://calendar.google.com/**', () => {
    const p = page();
    return renderGooglePage({
      view: 'week',
      lang: 'en',
      hour12: true,
      firstDay: p.first,
      events: p.events,
      account: p.account,
    });
  });
  const calendar = await session.context.newPage();
  await calendar.goto('https://calendar.google.com/calendar/u/0/r/week');
  await calendar.locator('button[data-leadership-calendar]').first().waitFor();
  return calendar;
}

const number = (page: Page, id: string) => page.getByTestId(id).textContent();

describe('a principal’s week with an AP’s, the school’s and the holiday calendars overlaid', () => {
  let session: ExtensionSession;
  let panel: Page;
  let badges = 0;
  const monday = mondayOf(-1);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ timezoneId: TZ });
    const calendar = await openCalendar(session, () => ({
      first: monday,
      events: overlayWeek(monday),
      account: PRINCIPAL,
    }));
    // Every chip has its badge, on whichever calendar: 15 events, the shared meeting drawn twice.
    await calendar.locator('button[data-leadership-calendar]').nth(15).waitFor();
    badges = await calendar.locator('button[data-leadership-calendar]').count();
    panel = await session.page('sidepanel.html');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('heading', { name: 'This week at a glance' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('only the principal’s own calendar counts, and the glance says whose time it counted', async () => {
    expect(badges).toBe(16);
    expect(await number(panel, 'worked-hours')).toBe('8 h');
    expect(await number(panel, 'walkthrough-hours')).toBe('1 h');
    expect(await number(panel, 'coaching-hours')).toBe('0.8 h');
    expect(await number(panel, 'counting')).toMatch(
      /^Counting only your own calendar \(Dr\. Lee\); the 3 other calendars on screen are not counted — choose yours\./,
    );
    expect(await number(panel, 'exclusions')).toMatch(
      /^Not counted: 6 events on 3 other calendars \(Holidays in United States, Lincoln Elementary events and Ms\. Rivera\)/,
    );
    // The first-run question lists the four calendars, the account's own ticked.
    const chooser = panel.getByTestId('calendar-chooser');
    await chooser.waitFor();
    expect(
      await chooser
        .getByRole('checkbox', { name: /Dr\. Lee \(your Google account\) — 9 events this week/ })
        .isChecked(),
    ).toBe(true);
    expect(await chooser.getByRole('checkbox', { name: /Ms\. Rivera — 4 events this week/ }).isChecked()).toBe(false);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 360, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await panel.screenshot({ path: join(SHOTS, 'whose-time-glance.png'), fullPage: true });
  });

  test('choosing calendars recomputes the numbers; choosing only your own again gives them back', async () => {
    const chooser = panel.getByTestId('calendar-chooser');
    for (const name of [/Ms\. Rivera/, /Lincoln Elementary events/, /Holidays in United States/])
      await chooser.getByRole('checkbox', { name }).check();
    await chooser.getByRole('button', { name: 'Save my calendars' }).click();
    // Everything on screen counted: the numbers the issue found.
    await expect.poll(() => number(panel, 'worked-hours')).toBe('16.5 h');
    expect(await number(panel, 'walkthrough-hours')).toBe('3 h');
    await panel.getByRole('button', { name: 'Choose your calendars' }).waitFor({ state: 'detached' });
    // Back to the principal's own calendar, from the options page this time.
    const options = await session.page('options.html#calendars');
    const mine = options.getByTestId('calendar-chooser');
    for (const name of [/Ms\. Rivera/, /Lincoln Elementary events/, /Holidays in United States/])
      await mine.getByRole('checkbox', { name }).uncheck();
    await mine.getByRole('button', { name: 'Save my calendars' }).click();
    await expect.poll(() => number(panel, 'worked-hours')).toBe('8 h');
    expect(await number(panel, 'walkthrough-hours')).toBe('1 h');
    expect(await axeViolations(options)).toEqual([]);
  });

  test('the tagging list is headed by calendar, the principal’s own first', async () => {
    await panel.getByRole('button', { name: 'Tag', exact: true }).click();
    await panel.getByRole('heading', { name: 'Tag this week' }).waitFor();
    expect(await panel.getByTestId('calendar-group').allTextContents()).toEqual([
      'Your calendars',
      'Holidays in United States — not counted',
      'Lincoln Elementary events — not counted',
      'Ms. Rivera — not counted',
    ]);
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('the colour key tags what the assistant coloured, with no file', async () => {
    const options = await session.page('options.html#colour-key');
    await options.getByLabel('Grape', { exact: true }).selectOption('feedback');
    await options.getByText('Grape events are now tagged by colour.').waitFor();
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'This week' }).click();
    await expect.poll(() => number(panel, 'coaching-hours')).toBe('1.3 h');
  });
});

describe('an assistant principal sends the tags of the principal’s calendar; the principal loads them', () => {
  let ap: ExtensionSession;
  let principal: ExtensionSession;
  const monday = mondayOf(-1);
  let filePath = '';

  beforeAll(async () => {
    ap = await launchExtension({ timezoneId: TZ });
    principal = await launchExtension({ timezoneId: TZ });
  });
  afterAll(async () => {
    await ap?.close();
    await principal?.close();
  });

  test('the AP keeps Dr. Lee’s calendar, tags it and downloads the tags file after a preview', async () => {
    let week = { first: monday, events: overlayWeek(monday, ASSISTANT), account: ASSISTANT };
    const calendar = await openCalendar(ap, () => week);
    const panel = await ap.page('sidepanel.html');
    await panel.getByLabel(/Assistant principal/).check();
    await panel.getByRole('button', { name: 'Start' }).click();
    const chooser = panel.getByTestId('calendar-chooser');
    await chooser.getByLabel('I keep this calendar for').first().waitFor();
    await chooser
      .getByRole('listitem')
      .filter({ hasText: 'Dr. Lee' })
      .getByLabel('I keep this calendar for')
      .fill('Dr. Lee');
    await chooser.getByRole('button', { name: 'Save my calendars' }).click();
    await panel.getByRole('heading', { name: 'Tag this week' }).waitFor();
    await panel.getByRole('button', { name: /^All \(/ }).click();
    await expect
      .poll(() => panel.getByTestId('calendar-group').allTextContents())
      .toContain('Dr. Lee — you keep it for Dr. Lee');
    // The AP confirms the suggestions, and tags the check-in the principal's colour code calls feedback.
    await panel.getByRole('button', { name: /^Accept all suggestions/ }).click();
    await panel.getByText(/^Accepted \d+ suggestions\./).waitFor();
    await panel.getByRole('group', { name: /^Check-in: Ms\. Patel/ }).click();
    await panel.getByLabel('Activity for Check-in: Ms. Patel').selectOption('feedback');
    await panel.getByText('Tagged "Check-in: Ms. Patel" Feedback conversation.').waitFor();
    // Next week on Dr. Lee's calendar, which the principal has not opened yet: its walkthrough confirmed too.
    week = { first: mondayOf(0), events: nextWeekOnPrincipalCalendar(monday), account: ASSISTANT };
    await calendar.reload();
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    await panel.getByRole('group', { name: /^Walkthrough: kindergarten/ }).waitFor();
    await panel.getByRole('button', { name: /^Accept all suggestions \(1\)/ }).click();
    await panel.getByText('Accepted 1 suggestion.').waitFor();
    const options = await ap.page('options.html#send-tags');
    const card = options.getByRole('region', { name: 'Send tags to Dr. Lee' });
    await card.getByLabel('From the week of').fill(monday);
    await card.getByLabel('To the week of').fill(mondayOf(0));
    expect(await card.getByLabel('Your name, as Dr. Lee will see it').inputValue()).toBe('Ms. Rivera');
    await card.getByRole('button', { name: 'Preview what will be sent' }).click();
    const preview = card.getByTestId('send-tags-preview');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(9);
    expect(await preview.textContent()).not.toMatch(/Formal observation|Discipline/);
    expect(await axeViolations(options)).toEqual([]);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      card.getByRole('button', { name: 'Download tags file' }).click(),
    ]);
    filePath = join(dir, download.suggestedFilename());
    await download.saveAs(filePath);
    const text = readFileSync(filePath, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'leadership-calendar-tags', from: 'Ms. Rivera', for: 'Dr. Lee' });
    // Google events travel by id: no title leaves the AP's browser.
    expect(text).not.toMatch(/Check-in|Budget review|Ms\. Patel/);
  });

  test('the principal imports it: matched, conflicting and unmatched counted; the same file again changes nothing', async () => {
    await openCalendar(principal, () => ({ first: monday, events: overlayWeek(monday), account: PRINCIPAL }));
    const panel = await principal.page('sidepanel.html#tag');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Not now' }).click();
    // The principal already called the budget review something else.
    await panel.getByRole('group', { name: /^Budget review with district finance/ }).click();
    await panel.getByLabel('Activity for Budget review with district finance').selectOption('district-meetings');
    await panel.getByText(/^Tagged "Budget review with district finance"/).waitFor();
    await panel.getByLabel('Tags file').setInputFiles(filePath);
    const status = panel.getByRole('region', { name: 'Tags from your assistant' }).getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        '9 tags from Ms. Rivera: 7 tags applied, 1 conflict (your own tag kept), 1 event not on this computer yet ' +
          '(open those weeks in your calendar, then import again).',
      );
    const conflicts = panel.getByTestId('assistant-conflicts');
    expect(await conflicts.textContent()).toMatch(
      /Budget review with district finance.*Yours: Operational: District meetings\. Ms\. Rivera: Operational: Budget/,
    );
    // The list is a live query of its own: it shows the imported tag a moment after the import's status.
    await expect
      .poll(() => panel.getByRole('group', { name: /^Check-in: Ms\. Patel/ }).textContent())
      .toMatch(/set by Ms\. Rivera/);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByLabel('Tags file').setInputFiles(filePath);
    await expect
      .poll(() => status.textContent())
      .toBe(
        '9 tags from Ms. Rivera: 0 tags applied, 7 already here, 1 conflict (your own tag kept), 1 event not on this ' +
          'computer yet (open those weeks in your calendar, then import again).',
      );
    await conflicts.getByRole('button', { name: "Use Ms. Rivera's tag" }).click();
    await conflicts.getByText("Now Ms. Rivera's tag.").waitFor();
  });
});
