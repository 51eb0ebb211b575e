// `npm run demo`: the built extension in Chromium on a bundled demo calendar served at the real
// Google Calendar and Outlook URLs (request routing; no network, no account). Eight earlier weeks
// and this week are read through the real content script; AI time savings are logged through the
// side panel's form. With a display it leaves the window open; without one (or --headless) it
// writes screenshots and prints their paths.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderGooglePage, renderOutlookPage, type PageEvent } from '../tests/fixtures/calendar-pages';
import { principalWeek } from '../tests/fixtures/principal-week';
import { launchExtension, serveAt } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const out = resolve('.demo-output');
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function monday(offsetWeeks: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) + offsetWeeks * 7);
  return iso(d);
}

/** Earlier weeks have less coaching; recent weeks add the coaching the reclaimed time paid for (deterministic). */
function demoWeek(first: string, weeksAgo: number): PageEvent[] {
  const week = principalWeek(first, `-w${weeksAgo}`);
  if (weeksAgo <= 3) {
    week.push({ id: `coach-extra-w${weeksAgo}`, title: 'Coaching: new teacher co-planning', start: `${first.slice(0, 8)}${pad(Number(first.slice(8)) )}T15:00`, end: `${first}T16:00` });
  }
  if (weeksAgo >= 6) return week.filter((e) => !/^(coach1|feedback1)/.test(e.id));
  return week;
}

async function main() {
  let session;
  try {
    session = await launchExtension({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
  if (!headless) console.log('Opening Chromium with Leadership Calendar…');
  let current = monday(0);
  let weeksAgo = 0;
  await serveAt(session.context, 'https://calendar.google.com/**', () => renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: current, events: demoWeek(current, weeksAgo) }));
  await serveAt(session.context, 'https://outlook.office.com/**', () => renderOutlookPage({ view: 'workweek', lang: 'en-US', hour12: true, firstDay: monday(0), events: principalWeek(monday(0), '-outlook') }));

  const calendar = await session.context.newPage();
  for (weeksAgo = 8; weeksAgo >= 0; weeksAgo--) {
    current = monday(-weeksAgo);
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${current.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    await calendar.waitForTimeout(300);
  }

  const panel = await session.page('sidepanel.html#log');
  await panel.getByRole('button', { name: 'Log time saved' }).waitFor();
  const log = async (task: string, minutes: number, date: string) => {
    await panel.getByLabel('Task', { exact: true }).fill(task);
    await panel.getByLabel('Minutes saved', { exact: true }).fill(String(minutes));
    await panel.getByLabel('Date', { exact: true }).fill(date);
    await panel.getByRole('button', { name: 'Log time saved' }).click();
    await panel.getByRole('status').filter({ hasText: 'Logged' }).waitFor();
  };
  for (let w = 8; w >= 1; w--) {
    const first = monday(-w);
    await log('Parent newsletter', 45, first);
    if (w <= 4) await log('Meeting prep', 60 + w * 10, first);
  }
  await log('Parent newsletter', 45, monday(0));
  await log('Documentation', 90, monday(0));
  await log('Family messages', 60, monday(0));

  const outlook = await session.context.newPage();
  await outlook.goto('https://outlook.office.com/calendar/view/workweek');
  await outlook.locator('button[data-leadership-calendar]').first().waitFor();

  await calendar.bringToFront();
  await panel.reload();
  await panel.getByTestId('redirect-sentence').waitFor();
  if (headless) {
    mkdirSync(out, { recursive: true });
    const shots = {
      'calendar-with-badges.png': calendar,
      'outlook-with-badges.png': outlook,
      'side-panel.png': panel,
    };
    for (const [name, page] of Object.entries(shots)) {
      await page.setViewportSize({ width: name === 'side-panel.png' ? 420 : 1280, height: 900 });
      await page.screenshot({ path: join(out, name), fullPage: name === 'side-panel.png' });
      console.log(join(out, name));
    }
    console.log(`\nThis week: ${await panel.getByTestId('redirect-sentence').textContent()}`);
    await session.close();
  } else {
    console.log('Demo is running. Side panel page:', panel.url(), '\nClose the browser window or press Ctrl+C to stop.');
    await new Promise<void>((done) => session!.context.on('close', () => done()));
  }
}

void main();
