// `npm run demo`: the built extension in Chromium on a bundled demo calendar served at the real
// Google Calendar and Outlook URLs (request routing: no network, no account). Eight earlier weeks and
// this week are read by the real content script; AI time savings are logged through the side panel's
// form; the coach view gets this leader's export plus five other leaders. With a display a window
// stays open; without one (or with --headless) it writes screenshots of every screen and prints the
// paths and the week's Monday and Friday nudges.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { toTrendCsv } from '../lib/exchange/trend-csv';
import { launchExtension, serveAt, type ExtensionSession } from '../tests/e2e/harness';
import { renderGooglePage, renderOutlookPage, type PageEvent } from '../tests/fixtures/calendar-pages';
import { principalWeek } from '../tests/fixtures/principal-week';
import { cohortRows } from './data/cohort';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const out = resolve('.demo-output');
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function monday(offsetWeeks: number): string {
  const now = new Date();
  return iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) + offsetWeeks * 7));
}

/** The browser's own offset as Google's time zone label ("GMT-05"), so the demo calendar shows local time. */
function gmtLabel(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${pad(Math.floor(abs / 60))}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** The district's Outlook calendar: different meetings from the school's Google calendar. */
function districtWeek(first: string): PageEvent[] {
  const day = (offset: number) =>
    iso(new Date(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, Number(first.slice(8, 10)) + offset));
  return [
    {
      id: 'district-principals',
      title: 'District principals meeting',
      start: `${day(0)}T16:00`,
      end: `${day(0)}T17:30`,
      location: 'Central office, Board room',
    },
    { id: 'budget-committee', title: 'Budget committee', start: `${day(1)}T16:00`, end: `${day(1)}T17:00` },
    {
      id: 'sped-review',
      title: 'Special education compliance review',
      start: `${day(2)}T07:30`,
      end: `${day(2)}T08:15`,
    },
    {
      id: 'superintendent',
      title: 'Superintendent check-in, Q2 goals',
      start: `${day(3)}T16:30`,
      end: `${day(3)}T17:00`,
    },
    {
      id: 'cancelled-training',
      title: 'Safety training',
      start: `${day(4)}T15:00`,
      end: `${day(4)}T16:00`,
      cancelled: true,
    },
  ];
}

/** The signed-in principal; the assistant principal's and the school's calendars are overlaid on theirs. */
const PRINCIPAL = { name: 'Dr. Lee', email: 'principal@gmail.com' };
const AP = { id: 'rivera.ap@m', name: 'Ms. Rivera (AP)' };
const SCHOOL = { id: 'c_lincolnevents@g', name: 'Lincoln Elementary events' };

/** Earlier weeks have less coaching; the last weeks add the coaching the reclaimed time paid for. */
function demoWeek(first: string, weeksAgo: number): PageEvent[] {
  const day = (offset: number) =>
    iso(new Date(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, Number(first.slice(8, 10)) + offset));
  const week = [
    ...principalWeek(first, `-w${weeksAgo}`),
    // Overlaid calendars: counted only if the principal says they are theirs.
    {
      id: `ap-obs-w${weeksAgo}`,
      title: 'Observation: Mr. Chen',
      start: `${day(1)}T12:00`,
      end: `${day(1)}T13:30`,
      calendar: AP,
    },
    {
      id: `ap-disc-w${weeksAgo}`,
      title: 'Discipline follow-ups',
      start: `${day(3)}T09:00`,
      end: `${day(3)}T10:30`,
      calendar: AP,
    },
    {
      id: `sc-pta-w${weeksAgo}`,
      title: 'PTA meeting',
      start: `${day(2)}T18:30`,
      end: `${day(2)}T19:30`,
      calendar: SCHOOL,
    },
  ];
  if (weeksAgo <= 3)
    week.push({
      id: `coach-extra-w${weeksAgo}`,
      title: 'Coaching: new teacher co-planning',
      start: `${first}T15:00`,
      end: `${first}T16:00`,
    });
  if (weeksAgo >= 6) return week.filter((e) => !/^(coach1|feedback1)/.test(e.id));
  return week;
}

async function logSaving(panel: Page, task: string, minutes: number, date: string) {
  await panel.getByLabel('Task', { exact: true }).fill(task);
  await panel.getByLabel('Minutes saved', { exact: true }).fill(String(minutes));
  await panel.getByLabel('Date', { exact: true }).fill(date);
  await panel.getByRole('button', { name: 'Log time saved' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: `on "${task}" (${date})` })
    .waitFor();
}

/** The focused button's text in the panel ('' when focus is anywhere else). */
const focusedButton = (panel: Page) =>
  panel.evaluate(() =>
    document.activeElement?.tagName === 'BUTTON' ? (document.activeElement.textContent ?? '') : '',
  );

/**
 * Reconciles the day the Reconcile view is on, by keyboard as a leader would: every block happened (with the teacher
 * its title names, when there is one), but the first one of the first day, which discipline took; then the rest.
 */
async function reconcileDay(panel: Page, firstTakenByDiscipline: boolean): Promise<{ day: string; keys: number }> {
  const day = (await panel.getByRole('heading', { name: /^Reconcile / }).textContent()) ?? '';
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await panel.keyboard.press(key);
    await panel.waitForTimeout(150);
  };
  await panel.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
  for (let block = 0; block < 12; block++) {
    const focused = await focusedButton(panel);
    if (/^Confirm the rest/.test(focused)) {
      await press('Enter');
      break;
    }
    if (!/Happened/.test(focused)) break;
    if (block === 0 && firstTakenByDiscipline) {
      for (const key of ['d', '1', '1', '2']) await press(key);
      continue;
    }
    await press('h');
    if (await panel.getByRole('group', { name: /teachers/ }).count()) {
      if (/^1 /.test(await focusedButton(panel))) await press('1');
      await press('Enter');
    }
  }
  // The next open day, if any, for the next call.
  await panel.waitForTimeout(300);
  return { day: day.replace(/^Reconcile /, ''), keys };
}

async function main() {
  let session: ExtensionSession;
  try {
    session = await launchExtension({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone, headless });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log(
    headless
      ? 'Running the demo headless (no display); screenshots follow.'
      : 'Opening Chromium with Leadership Calendar…',
  );
  let current = monday(0);
  let weeksAgo = 0;
  await serveAt(session.context, 'https://calendar.google.com/**', () =>
    renderGooglePage({
      view: 'week',
      lang: 'en',
      hour12: true,
      firstDay: current,
      events: demoWeek(current, weeksAgo),
      gmtLabel: gmtLabel(),
      account: PRINCIPAL,
    }),
  );
  await serveAt(session.context, 'https://outlook.office.com/**', () =>
    renderOutlookPage({
      view: 'workweek',
      lang: 'en-US',
      hour12: true,
      firstDay: monday(0),
      events: districtWeek(monday(0)),
    }),
  );

  // First run in the panel, then nine weeks of calendar read by the real content script.
  const panel = await session.page('sidepanel.html');
  await panel.getByRole('button', { name: 'Start' }).click();
  const calendar = await session.context.newPage();
  for (weeksAgo = 8; weeksAgo >= 0; weeksAgo--) {
    current = monday(-weeksAgo);
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${current.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    await calendar.waitForTimeout(300);
  }

  // "Which calendars are yours?": the principal's own calendar, as the account suggests.
  await panel.getByRole('button', { name: 'Save my calendars' }).click();
  await panel.getByRole('button', { name: 'Log time', exact: true }).click();
  for (let w = 8; w >= 1; w--) {
    await logSaving(panel, 'Parent newsletter', 45, monday(-w));
    if (w <= 4) await logSaving(panel, 'Meeting prep', 60 + w * 10, monday(-w));
  }
  await logSaving(panel, 'Parent newsletter', 45, monday(0));
  await logSaving(panel, 'Documentation', 90, monday(0));
  await logSaving(panel, 'Family messages', 60, monday(0));

  // Nudges: both set to today 00:00, then the real alarm is fired.
  const options = await session.page('options.html');
  const today = String(new Date().getDay());
  await options.getByLabel('Plan nudge day').selectOption(today);
  await options.getByLabel('Plan nudge time').fill('00:00');
  await options.getByLabel('Review nudge day').selectOption(today);
  await options.getByLabel('Review nudge time').fill('00:00');
  await options.getByLabel('Name used in exports for your coach').fill('Leader A');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Settings saved.').waitFor();
  await session.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { alarms: { create(n: string, o: { when: number }): void } } }
    ).chrome.alarms.create('nudge-review', { when: Date.now() }),
  );

  // The coach view: this leader's export plus five other leaders.
  await options.getByRole('link', { name: 'Sharing' }).click();
  await options.getByLabel('From the week of').fill(monday(-8));
  await options.getByRole('button', { name: 'Preview what will be shared' }).click();
  await options.getByTestId('export-preview').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'lc-demo-'));
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export trend CSV' }).click(),
  ]);
  const ownCsv = join(dir, 'leader-a.csv');
  await download.saveAs(ownCsv);
  const weeks = Array.from({ length: 9 }, (_, i) => monday(i - 8));
  const othersCsv = join(dir, 'other-leaders.csv');
  writeFileSync(othersCsv, toTrendCsv(cohortRows(5, weeks)));
  const coach = await session.page('coach.html');
  await coach.getByLabel('Add export files').setInputFiles([ownCsv, othersCsv]);
  await coach.getByRole('heading', { name: /^6 leaders/ }).waitFor();

  const outlook = await session.context.newPage();
  await outlook.goto('https://outlook.office.com/calendar/view/workweek');
  await outlook.locator('button[data-leadership-calendar]').first().waitFor();
  await calendar.bringToFront();
  await panel.reload();
  await panel.getByTestId('redirect-sentence').waitFor();

  const nudges = await panel.evaluate(async () => {
    const open = indexedDB.open('leadership-calendar');
    const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const req = db.transaction('nudges').objectStore('nudges').getAll();
    return new Promise<{ kind: string; message: string }[]>((res) => (req.onsuccess = () => res(req.result)));
  });
  const sentence = await panel.getByTestId('redirect-sentence').textContent();

  if (!headless) {
    console.log(`Demo is running: ${panel.url()} is the side panel page. Close the window or press Ctrl+C to stop.`);
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return;
  }
  mkdirSync(out, { recursive: true });
  const shot = async (name: string, page: Page, width = 1280) => {
    await page.bringToFront();
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(out, name), fullPage: width < 1000 });
    console.log(join(out, name));
  };
  // --store: the store listing's screenshots, 1280×800, the calendar with the side panel beside it (store/README.md).
  const storeShot = async (name: string) => {
    if (!process.argv.includes('--store')) return;
    const capture = async (page: Page, width: number) => {
      await page.bringToFront();
      await page.setViewportSize({ width, height: 800 });
      return (await page.screenshot()).toString('base64');
    };
    const [left, right] = [await capture(calendar, 920), await capture(panel, 360)];
    const board = await session.context.newPage();
    await board.setViewportSize({ width: 1280, height: 800 });
    await board.setContent(
      `<body style="margin:0;display:flex;background:#fff"><img src="data:image/png;base64,${left}" width="920" height="800">` +
        `<img src="data:image/png;base64,${right}" width="360" height="800" style="border-left:1px solid #c4c7c5"></body>`,
    );
    mkdirSync(resolve('store/screenshots'), { recursive: true });
    await board.screenshot({ path: resolve('store/screenshots', name) });
    await board.close();
    console.log(resolve('store/screenshots', name));
  };
  await shot('1-google-calendar-with-badges.png', calendar);
  await shot('2-outlook-with-badges.png', outlook);
  // The side panel is about 360 px wide in Chrome: its screenshots are taken at that width.
  await shot('3-side-panel-this-week.png', panel, 360);
  await storeShot('1-this-week.png');
  await panel.getByRole('button', { name: 'Tag', exact: true }).click();
  await shot('4-side-panel-tagging.png', panel, 360);
  await panel.getByRole('button', { name: 'Review', exact: true }).click();
  // The review's visits are read after its first paint: the screenshot waits for the whole review.
  await panel.getByRole('heading', { name: 'Displaced blocks' }).waitFor();
  await panel.getByText(/Find time will look there first|Every part of the day/).waitFor();
  await shot('5-side-panel-review.png', panel, 360);
  await storeShot('2-friday-review.png');
  await options.getByRole('link', { name: 'Tagging rules' }).click();
  await options.getByRole('heading', { name: 'Tagging rules' }).waitFor();
  await shot('6-options-rules.png', options, 900);
  await shot('7-coach-view.png', coach);

  // Protect the hours: next week is opened in the calendar, planned, and "Find time" proposes blocks.
  weeksAgo = -1;
  current = monday(1);
  await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${current.replace(/-/g, '/')}`);
  await calendar.locator('button[data-leadership-calendar]').first().waitFor();
  // The panel may already follow the calendar to next week: go to this week first, then one on.
  await panel.getByRole('navigation', { name: 'Week' }).getByRole('button', { name: 'Back to this week' }).click();
  await panel.getByRole('button', { name: 'Next week' }).click();
  await panel.getByRole('button', { name: 'Plan', exact: true }).click();
  await panel.getByLabel('Walkthrough (minutes)').fill('90');
  await panel.getByLabel('Coaching (minutes)').fill('60');
  await panel.getByRole('button', { name: 'Find time' }).click();
  await panel
    .getByRole('link', { name: /^Add to Google Calendar/ })
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (error: unknown) => {
      const status = await panel.getByTestId('find-time-status').textContent();
      throw new Error(`Find time showed no blocks: "${status}" (${String(error)})`);
    });
  await shot('8-side-panel-plan-protected-time.png', panel, 360);
  const proposed = await panel.getByTestId('protected-block').evaluateAll((items) =>
    items.map((li) => ({
      text: li.querySelector('.block-when')?.parentElement?.firstChild?.textContent ?? '',
      when: li.querySelector('.block-when')?.textContent ?? '',
      what: (li.textContent ?? '').split('·')[1]?.split('(')[0]?.trim() ?? '',
      why: li.querySelector('.block-why')?.textContent ?? '',
      link: li.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );

  // The daily reconcile: the staff list and a First Responder in the options, then two days reconciled by keyboard.
  await options.goto(options.url().replace(/#.*$/, '#staff'));
  await options
    .getByLabel('Type or paste teachers, one a line')
    .fill(['Maria Patel', 'James Chen', 'Ana Ruiz', 'Omar Haddad', 'Dana Lee', 'Priya Shah'].join('\n'));
  await options.getByRole('button', { name: 'Preview' }).click();
  await options.getByRole('button', { name: 'Add 6 teachers' }).click();
  await options.getByText('Added 6 teachers.').waitFor();
  await options.goto(options.url().replace(/#.*$/, '#reconcile'));
  await options.getByLabel('First', { exact: true }).first().fill('Ms. Rivera');
  await options.getByLabel(/Your assistant principal or SAM/).fill('Ms. Rivera');
  await options.getByRole('button', { name: 'Save the daily reconcile' }).click();
  await options.getByText('Daily reconcile saved.').waitFor();
  await panel.getByRole('navigation', { name: 'Week' }).getByRole('button', { name: 'Back to this week' }).click();
  await panel.getByRole('button', { name: 'Reconcile', exact: true }).click();
  const reconciled = [await reconcileDay(panel, true), await reconcileDay(panel, false)];
  await shot('9-side-panel-reconcile.png', panel, 360);
  if (process.argv.includes('--store')) {
    // The listing's picture shows the calendar's own week beside the reconcile, not the week Find time planned.
    [current, weeksAgo] = [monday(0), 0];
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${current.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    await storeShot('3-daily-reconcile.png');
  }
  await panel.getByRole('button', { name: 'Review', exact: true }).click();
  await panel.getByRole('button', { name: 'Previous week' }).click();
  await panel.getByTestId('practice-review').waitFor();
  await panel.getByTestId('practice-review').scrollIntoViewIfNeeded();
  await shot('10-side-panel-review-daily-practice.png', panel, 360);

  console.log(`\nThis week: ${sentence}`);
  console.log(`Reconciled by keyboard: ${reconciled.map((r) => `${r.day} in ${r.keys} keys`).join(', ')}.`);
  for (const n of nudges) console.log(`${n.kind === 'plan' ? 'Monday nudge' : 'Friday nudge'}: ${n.message}`);
  console.log(`\nProtected time proposed for the week of ${current}:`);
  for (const p of proposed) console.log(`- ${p.when} ${p.what} — ${p.why}\n  ${p.link}`);
  await session.close();
}

void main();
