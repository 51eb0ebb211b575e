import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage, type PageEvent } from '../fixtures/calendar-pages';
import { ASSISTANT, overlayWeek, PRINCIPAL } from '../fixtures/overlay-week';
import { axeViolations } from './axe';
import { type BrowserDriver, type BrowserPage, chromiumDriver, firefoxDriver } from './browsers';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { launchExtension, serveAt, type ExtensionSession } from './harness';

/** Last week's Tuesday: a school day that is over, within the reconcile's last five school days. */
const DAY = (() => {
  const [y, m, d] = mondayOf(-1).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
})();
const ev = (id: string, title: string, from: string, to: string): PageEvent => ({
  id,
  title,
  start: `${DAY}T${from}`,
  end: `${DAY}T${to}`,
});
/** A typical day (issue #29): 6 events, 2 protected blocks. */
const TYPICAL_DAY: PageEvent[] = [
  ev('bus', 'Bus duty', '07:15', '07:45'),
  ev('walk', 'Walkthrough: Ms. Patel, grade 3 reading', '09:00', '09:30'),
  ev('coach', 'Coaching conversation: Mr. Chen', '10:00', '10:45'),
  ev('parent', 'Parent call: attendance', '11:00', '11:30'),
  ev('budget', 'Budget review with district finance', '13:00', '14:00'),
  ev('email', 'Email and office time', '15:00', '15:30'),
];
const week = renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: mondayOf(-1), events: TYPICAL_DAY });

/**
 * Runs in an extension page: the staff list and a First Responder for discipline, written as the options would
 * (the keyboard count starts after this setup).
 */
const SETUP = `(async () => {
  const open = indexedDB.open('leadership-calendar');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const tx = db.transaction(['meta', 'staff'], 'readwrite');
  tx.objectStore('meta').put({ key: 'settings', value: { onboarded: true,
    reconcile: { firstResponders: [{ area: 'discipline', people: ['Ms. Rivera', 'Mr. Diaz'] }] } } });
  tx.objectStore('staff').put({ key: 'maria.patel@lincoln.k12.us', name: 'Maria Patel', email: 'maria.patel@lincoln.k12.us', addedAt: 1 });
  tx.objectStore('staff').put({ key: 'james chen', name: 'James Chen', addedAt: 1 });
  await new Promise((res) => { tx.oncomplete = res; });
  db.close();
})()`;

/** The focused button's text, in the panel ('' when focus is anywhere else, the page's body included). */
const focused = (page: BrowserPage) =>
  page.evaluate<string>('document.activeElement?.tagName === "BUTTON" ? document.activeElement.textContent : ""');

describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
] as const)('%s: a day reconciled by keyboard alone', (_name, launch) => {
  let driver: BrowserDriver;
  beforeAll(async () => {
    driver = await launch();
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
  });

  test('two protected blocks answered, the rest confirmed, in at most 12 keys; the review shows what took the time, feedback, coverage', async () => {
    const setup = await driver.extensionPage('options.html');
    await setup.evaluate(SETUP);
    await setup.close();
    const calendar = await driver.calendar((url) => (url.startsWith('https://calendar.google.com/') ? week : null));
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${mondayOf(-1).replace(/-/g, '/')}`);
    await calendar.waitFor('button[data-leadership-calendar]');
    const panel = await driver.extensionPage('sidepanel.html#reconcile');
    await panel.waitFor('[data-testid="question"]', 20_000);
    await expect.poll(() => focused(panel), { timeout: 10_000 }).toMatch(/Happened/);

    let presses = 0;
    const press = async (key: string, then: () => Promise<unknown>) => {
      presses++;
      await panel.press(key);
      await then();
    };
    // The walkthrough happened; the title names Ms. Patel, one key away; Enter is "Done".
    await press('h', () => panel.waitFor('[role="group"][aria-label="Which teachers did you see?"]'));
    await expect.poll(() => focused(panel)).toMatch(/Maria Patel/);
    await press('1', () =>
      expect
        .poll(() => panel.attribute('[aria-label="Which teachers did you see?"] button[aria-pressed]', 'aria-pressed'))
        .toBe('true'),
    );
    await press('Enter', () => expect.poll(() => focused(panel)).toMatch(/Happened/));
    // The coaching conversation did not happen: discipline took it; Ms. Rivera could take it next time; dropped.
    await press('d', () => panel.waitFor('[role="group"][aria-label="What took it?"]'));
    await press('1', () => panel.waitFor('[role="group"][aria-label="Who could take this next time?"]'));
    await press('1', () => panel.waitFor('[role="group"][aria-label="What now?"]'));
    await press('2', () => expect.poll(() => focused(panel)).toMatch(/^Confirm the rest \(4\)/));
    await press('Enter', () => panel.waitFor('[data-testid="day-reconciled"]'));
    console.log(`Reconcile of a typical day (${_name}): ${presses} keypresses, no clicks.`);
    expect(presses).toBeLessThanOrEqual(12);

    const tags = await panel.rows<{ eventId: string; answer?: { outcome: string; reason?: string } }>('tags');
    expect(tags.find((t) => t.eventId === 'google:walk')?.answer?.outcome).toBe('happened');
    expect(tags.find((t) => t.eventId === 'google:coach')?.answer).toMatchObject({
      outcome: 'not-happened',
      reason: 'discipline',
    });

    // The week's review: the panel opens on the week the calendar showed, where the day is.
    await panel.close();
    const review = await driver.extensionPage('sidepanel.html#review');
    await review.waitFor('[data-testid="displaced-by-reason"]', 20_000);
    const panelReview = review;
    expect(await panelReview.attribute('[data-testid="displaced-by-reason"]', 'aria-label')).toBe(
      'Time that did not happen, by what took it: Student behaviour or discipline 45 min.',
    );
    expect(await panelReview.text('[data-testid="protected-sentence"]')).toBe(
      'Protected time: 1 h 15 min planned, 30 min happened.',
    );
    // Feedback to Ms. Patel is owed. The rest of that week showed nothing in school hours, so those days are not school
    // days: it is due on the next one (this Monday), not overdue. Mr. Chen was not seen.
    expect(await panelReview.text('[data-testid="owed-sentence"]')).toBe('Feedback owed: 1 conversation.');
    expect(await panelReview.text('[data-testid="coverage-sentence"]')).toBe(
      'Not seen within 3 weeks: 1 of 2 teachers (James Chen).',
    );
    await panelReview.close();
    await calendar.close();
  });
});

/** Serves a Google week at the real URL and opens it until its badges are drawn. */
async function openCalendar(session: ExtensionSession, events: PageEvent[], account: typeof PRINCIPAL) {
  await serveAt(session.context, 'https://calendar.google.com/**', () =>
    renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: mondayOf(-1), events, account }),
  );
  const calendar = await session.context.newPage();
  await calendar.goto('https://calendar.google.com/calendar/u/0/r/week');
  await calendar.locator('button[data-leadership-calendar]').first().waitFor();
  return calendar;
}

describe('the assistant reconciles the principal’s day and asks one question; the principal answers it', () => {
  let ap: ExtensionSession;
  let principal: ExtensionSession;
  let filePath = '';
  const dir = mkdtempSync(join(tmpdir(), 'lc-reconcile-'));
  beforeAll(async () => {
    ap = await launchExtension({ timezoneId: TZ });
    principal = await launchExtension({ timezoneId: TZ });
  });
  afterAll(async () => {
    await ap?.close();
    await principal?.close();
  });

  test('the AP keeps Dr. Lee’s calendar, reconciles Monday with one "Ask Dr. Lee", and sends the file', async () => {
    await openCalendar(ap, overlayWeek(mondayOf(-1), ASSISTANT), ASSISTANT);
    const panel = await ap.page('sidepanel.html');
    await panel.getByLabel(/Assistant principal/).check();
    await panel.getByRole('button', { name: 'Start' }).click();
    const chooser = panel.getByTestId('calendar-chooser');
    await chooser
      .getByRole('listitem')
      .filter({ hasText: 'Dr. Lee' })
      .getByLabel('I keep this calendar for')
      .fill('Dr. Lee');
    await chooser.getByRole('button', { name: 'Save my calendars' }).click();
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reconcile' }).click();
    await panel.getByRole('button', { name: "Dr. Lee's calendar (you keep it)" }).click();
    // Monday on Dr. Lee's calendar: the walkthrough happened; the budget review and the admin meeting are the rest.
    const days = panel.getByRole('navigation', { name: 'Days' });
    await days.getByRole('button').first().click();
    const walk = panel.getByRole('group', { name: /^What happened: Walkthrough: grade 2 reading/ });
    await walk.getByRole('button', { name: /Happened/ }).click();
    await panel.getByRole('group', { name: 'Which teachers did you see?' }).getByLabel('Teacher').fill('Maria Patel');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await panel.getByRole('button', { name: 'Done' }).click();
    // Thursday: the check-in with Ms. Patel is a question for Dr. Lee.
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tag', exact: true }).click();
    await panel.getByRole('button', { name: /^All \(/ }).click();
    await panel.getByRole('group', { name: /^Check-in: Ms\. Patel/ }).click();
    await panel.getByLabel('Activity for Check-in: Ms. Patel').selectOption('feedback');
    await panel.getByText('Tagged "Check-in: Ms. Patel" Feedback conversation.').waitFor();
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reconcile' }).click();
    const thursday = days.getByRole('button').nth(3);
    await thursday.click();
    const checkIn = panel.getByRole('group', { name: /^What happened: Check-in: Ms\. Patel/ });
    await checkIn.getByRole('button', { name: /Ask Dr\. Lee/ }).click();
    await panel.getByLabel('Your question (optional)').fill('Did you meet Ms. Patel after all?');
    await panel.getByRole('button', { name: 'Leave the question' }).click();
    await panel.getByTestId('answer-line').filter({ hasText: 'Asked' }).waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    const options = await ap.page('options.html#sharing');
    const card = options.getByRole('region', { name: 'Send tags to Dr. Lee' });
    await card.getByLabel('From the week of').fill(mondayOf(-1));
    await card.getByLabel('To the week of').fill(mondayOf(-1));
    await card.getByRole('button', { name: 'Preview what will be sent' }).click();
    const preview = card.getByTestId('send-tags-preview');
    expect(await preview.textContent()).toMatch(/Walkthrough.*Happened — Maria Patel/);
    expect(await preview.textContent()).toMatch(/Feedback conversation — Asked/);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      card.getByRole('button', { name: 'Download tags file' }).click(),
    ]);
    filePath = join(dir, download.suggestedFilename());
    await download.saveAs(filePath);
  });

  test('the principal imports it: the question waits in Reconcile, the principal answers it; the same file again changes nothing', async () => {
    await openCalendar(principal, overlayWeek(mondayOf(-1)), PRINCIPAL);
    const panel = await principal.page('sidepanel.html#tag');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Not now' }).click();
    await panel.getByLabel('Tags file').setInputFiles(filePath);
    const status = panel.getByRole('region', { name: 'Tags from your assistant' }).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/1 question for you in the Reconcile view/);
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reconcile' }).click();
    const days = panel.getByRole('navigation', { name: 'Days' });
    await days.getByRole('button').nth(3).click();
    const asked = panel.getByTestId('asked');
    await asked.waitFor();
    expect(await asked.textContent()).toBe('Ms. Rivera asks: “Did you meet Ms. Patel after all?”');
    await panel
      .getByRole('group', { name: /^What happened: Check-in: Ms\. Patel/ })
      .getByRole('button', { name: /Happened/ })
      .click();
    await panel.getByRole('group', { name: 'With which teachers?' }).getByLabel('Teacher').fill('Maria Patel');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await panel.getByRole('button', { name: 'Done' }).click();
    await panel.getByTestId('answer-line').filter({ hasText: 'Happened — Maria Patel' }).waitFor();
    // Monday's walkthrough carries the assistant's answer, by name.
    await days.getByRole('button').first().click();
    await expect
      .poll(() => panel.getByTestId('answer-line').first().textContent())
      .toBe('Happened — Maria Patel (by Ms. Rivera)');
    const before = await tagsOf(panel);
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tag', exact: true }).click();
    await panel.getByLabel('Tags file').setInputFiles(filePath);
    await expect.poll(() => status.textContent()).toMatch(/0 tags applied/);
    expect(await tagsOf(panel)).toEqual(before);
  });
});

/** The tags table as sorted JSON, for "nothing changed". */
const tagsOf = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('leadership-calendar');
    const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const req = db.transaction('tags').objectStore('tags').getAll();
    const rows = await new Promise<unknown[]>((res) => (req.onsuccess = () => res(req.result)));
    db.close();
    return rows.map((r) => JSON.stringify(r)).sort();
  });
