import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { axeViolations } from './axe';
import { E2E_TZ, mondayOf } from './dates';
import { EXTENSION_DIR, launchExtension, serveAt, type ExtensionSession } from './harness';

/**
 * A district policy the way a district delivers it on Linux: a JSON file where Debian's Chromium reads managed
 * policies, naming the extension by its id. An unpacked extension's id comes from its path unless the manifest
 * carries a `key`, so the test loads a copy of the build with this test key (the store packages never carry one).
 */
const TEST_KEY = [
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6p+H3TRnX3QcHrQWhP9won3+NsB0yrWahBk0raiYeqj8UPKF5nrkI5Jl',
  'qHOPJlTiHneiX1aG+2JfjovlqJLIpjUnQLDrO+stcl/MS3CNoL4dwEhrChMtkuXx5oRPEXryfgXYT14rOa1T67PgspIIXTy7lbBa',
  'jOk3dWO0Yz9ptxU1ChPf7VA7N7bg4RJvffj5Arts2c3pZWxZHawdbLxbYxhfoecQv0OLlSOjA5ClJd3zrThnRYN+8M96n5L0L7u/',
  '/CTWgLqXNiPi/b/ubrkwhLCsqvT5tq6Z7ENbf4S3LM3F+82xiLUoPwrhAVXq8wvdiShJZ+zexEnHMq60D5K/lQIDAQAB',
].join('');
/** Chrome's id of a key: the first 32 hex digits of its SHA-256, each digit written a–p. */
const idOfKey = (key: string) =>
  [...createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + Number.parseInt(h, 16)))
    .join('');
const TEST_ID = 'fjeifpaopnojdeacnppkbllfgimdjjcd';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'leadership-calendar-e2e.json');
const POLICY = {
  organizationName: 'Lincoln Unified School District',
  supportContact: 'help@lincoln.k12.example',
  schoolDay: {
    start: '07:15',
    end: '14:00',
    lunchStart: '11:00',
    lunchEnd: '11:45',
    officeMinutes: 15,
    dismissalMinutes: 15,
    walkthroughMinutes: 20,
  },
  colourKey: [
    { colour: 'Grape', activity: 'feedback' },
    { colour: 'Plum', activity: 'feedback' },
  ],
  lockedSettings: ['schoolDay', 'everything'],
};

/** "20261201T140000Z" → the test zone's wall time "HH:MM". */
const wallTime = (stamp: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: E2E_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(9, 11), +stamp.slice(11, 13)),
  );

describe('a district policy from a real policy file, in real Chromium', () => {
  let session: ExtensionSession;
  let copy: string;
  let options: Page;
  const monday = mondayOf(1);

  beforeAll(async () => {
    expect(idOfKey(TEST_KEY)).toBe(TEST_ID);
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [TEST_ID]: POLICY } } }));
    } catch (error) {
      throw new Error(
        `Cannot write Chromium's managed policy directory ${POLICY_DIR} (${String(error)}). This test needs it: ` +
          'run the tests as root (CI does), or point CHROMIUM_POLICY_DIR at a directory this Chromium reads.',
      );
    }
    copy = mkdtempSync(join(tmpdir(), 'lc-keyed-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, key: TEST_KEY }));
    session = await launchExtension({ timezoneId: E2E_TZ, extensionDir: copy });
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: monday, events: principalWeek(monday) }),
    );
  });
  afterAll(async () => {
    await session?.close();
    rmSync(POLICY_FILE, { force: true });
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('the extension has the test key’s id, and the store build carries no key', () => {
    expect(session.extensionId).toBe(TEST_ID);
    expect(JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).key).toBeUndefined();
  });

  test('the options show the district’s school day locked, "Set by …", and read by screen readers', async () => {
    options = await session.page('options.html#school-day');
    // The worker reads managed storage as it starts: the page follows once the policy is stored.
    const note = options.getByText(/^🔒 Set by Lincoln Unified School District/);
    await note.waitFor({ timeout: 15_000 });
    const start = options.getByLabel('School day starts');
    expect(await start.inputValue()).toBe('07:15');
    expect(await start.isDisabled()).toBe(true);
    expect(await options.getByRole('button', { name: 'Save school day' }).isDisabled()).toBe(true);
    const described = await options.locator('#school-day-fields').getAttribute('aria-describedby');
    expect(await options.locator(`#${described}`).textContent()).toMatch(/ask help@lincoln\.k12\.example/);
    expect(await axeViolations(options)).toEqual([]);
  });

  test('the District policy section lists the policies in force and each key not applied, with its sentence', async () => {
    await options.getByRole('link', { name: 'District policy' }).click();
    const table = options.getByRole('table', { name: 'Policies in force' });
    await table.waitFor();
    expect(await table.textContent()).toMatch(/School day.*07:15.*Locked/);
    const rejected = options.getByRole('list', { name: 'Not applied' });
    expect(await rejected.textContent()).toMatch(/colourKey\[1\].*"Plum" is not a Google Calendar event colour/);
    expect(await rejected.textContent()).toMatch(
      /lockedSettings\[1\].*"everything" names no policy that can be locked/,
    );
    expect(await axeViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 360, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('Find time keeps to the district’s day and block lengths', async () => {
    const panel = await session.page('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByRole('button', { name: 'Start' }).click();
    const calendar = await session.context.newPage();
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${monday.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    // The panel may already follow the calendar to next week: go to this week first, then one on.
    await panel.getByRole('navigation', { name: 'Week' }).getByRole('button', { name: 'Back to this week' }).click();
    await panel.getByRole('button', { name: 'Next week' }).click();
    await panel.getByRole('button', { name: 'Plan', exact: true }).click();
    await panel.getByLabel('Walkthrough (minutes)').fill('60');
    await panel.getByRole('button', { name: 'Find time' }).click();
    const links = panel.getByRole('link', { name: /^Add to Google Calendar/ });
    await links
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (error: unknown) => {
        throw new Error(`No blocks: "${await panel.getByTestId('find-time-status').textContent()}" (${String(error)})`);
      });
    const visits = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      .map((href) => new URL(href))
      .filter((url) => url.searchParams.get('text') === 'Walkthrough — protected time')
      .map((url) => url.searchParams.get('dates')!.split('/').map(wallTime) as [string, string]);
    // 60 minutes as the district's 20-minute blocks, in its class time: after 07:30, before 13:45, not over lunch.
    expect(visits.length).toBe(3);
    for (const [from, to] of visits) {
      expect(+to.slice(0, 2) * 60 + +to.slice(3) - (+from.slice(0, 2) * 60 + +from.slice(3))).toBe(20);
      expect(from >= '07:30' && to <= '13:45' && (to <= '11:00' || from >= '11:45'), `${from}–${to}`).toBe(true);
    }
  });
});
