import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { E2E_TZ as TZ, mondayOf, weekdayNow } from './dates';
import { launchExtension, serveAt, visitWeeks, type ExtensionSession } from './harness';
import { readRows } from './idb';

/** The extension APIs the worker exposes to evaluate() (typed here; the page has no @types/chrome). */
declare const chrome: {
  alarms: { create(name: string, info: { when: number }): void };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

describe('weekly nudges in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ timezoneId: TZ });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('firing the alarm creates a notification whose text matches the panel', async () => {
    let first = mondayOf(-1);
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({
        view: 'week',
        lang: 'en',
        hour12: true,
        firstDay: first,
        events: principalWeek(first, first),
      }),
    );
    await visitWeeks(session.context, [mondayOf(-1), mondayOf(0)], (week) => (first = week));

    // Both nudges are set to today at 00:00 in the options page, so they are due now.
    const options = await session.page('options.html');
    await options.getByLabel('Your role').selectOption('principal');
    await options.getByLabel('Plan nudge day').selectOption(String(weekdayNow()));
    await options.getByLabel('Plan nudge time').fill('00:00');
    await options.getByLabel('Review nudge day').selectOption(String(weekdayNow()));
    await options.getByLabel('Review nudge time').fill('00:00');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();

    const panel = await session.page('sidepanel.html#log');
    for (const [task, minutes] of [
      ['Parent newsletter', '45'],
      ['Documentation', '90'],
    ] as const) {
      await panel.getByLabel('Task', { exact: true }).fill(task);
      await panel.getByLabel('Minutes saved', { exact: true }).fill(minutes);
      await panel.getByRole('button', { name: 'Log time saved' }).click();
      await panel
        .getByRole('status')
        .filter({ hasText: `on "${task}"` })
        .waitFor();
    }

    // Fire the real alarm the worker listens to.
    await session.worker.evaluate(() => chrome.alarms.create('nudge-review', { when: Date.now() }));
    await expect
      .poll(() => session.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), {
        timeout: 15_000,
      })
      .toEqual(expect.arrayContaining([`review:${mondayOf(0)}`, `plan:${mondayOf(0)}`]));

    await panel.getByRole('button', { name: 'This week' }).click();
    const card = panel.getByTestId('nudge-card');
    await card.waitFor();
    // The card's actions are on screen (a style for the compact tagging list once hid them).
    for (const name of ['Snooze for a day', 'Dismiss'])
      expect(await card.getByRole('button', { name }).isVisible()).toBe(true);
    const shown = await panel.getByTestId('nudge-message').textContent();
    const reclaimed = await panel.getByTestId('reclaimed-hours').textContent();
    const records = await readRows<{ id: string; message: string }>(panel, 'nudges');
    const review = records.find((r) => r.id === `review:${mondayOf(0)}`)?.message ?? '';
    // The Friday nudge opens with the very sentence the panel shows (one sentence builder for both).
    const sentence = (await panel.getByTestId('redirect-sentence').textContent())!;
    expect(sentence).toContain(`AI gave you back ${reclaimed}`);
    expect(review.startsWith(sentence)).toBe(true);
    const plan = records.find((r) => r.id === `plan:${mondayOf(0)}`)?.message ?? '';
    expect(plan).toMatch(
      /^Last week: no AI time savings logged; walkthroughs and coaching came to \d+(\.\d)? h\. What will you do with the hours you get back this week\?$/,
    );
    // The card beside the glance does not repeat the glance's sentence word for word.
    expect([plan, review.slice(sentence.length).trim()]).toContain(shown);
    expect(shown!.startsWith(sentence)).toBe(false);
    mkdirSync(resolve('.e2e-output'), { recursive: true });
    writeFileSync(join(resolve('.e2e-output'), 'nudges.txt'), `Monday (plan): ${plan}\nFriday (review): ${review}\n`);
    console.log(`Monday nudge: ${plan}\nFriday nudge: ${review}`);

    // Snooze hides the card for a day; the history keeps past weeks.
    await card.getByRole('button', { name: 'Snooze for a day' }).click();
    await expect.poll(() => panel.getByTestId('nudge-message').textContent()).not.toBe(shown);
  });
});
