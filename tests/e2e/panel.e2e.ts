import { OPTION_SECTIONS } from '../../components/options/sections';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { type ExtensionSession, panelOnPrincipalWeek } from './harness';
import { byLabel, byName, tabTo } from './keyboard';

const SHOTS = resolve('.e2e-output');

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('a principal, keyboard only, in the side panel', () => {
  let session: ExtensionSession;
  let panel: Page;
  const monday = mondayOf(0);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ session, panel } = await panelOnPrincipalWeek(TZ, monday));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('first run: choose the role and start', async () => {
    await panel.getByRole('heading', { name: 'Welcome to Leadership Calendar' }).waitFor();
    await expectNoAxeViolations(panel, 'first run');
    await tabTo(panel, byName('Start'));
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'This week at a glance' }).waitFor();
    expect(await panel.getByTestId('walkthrough-hours').textContent()).toBe('2.5 h');
    await expectNoAxeViolations(panel, 'this week');
    await panel.screenshot({ path: join(SHOTS, 'panel-this-week.png'), fullPage: true });
  });

  test('tag the week: rule suggestions confirmed and changed with keys', async () => {
    await tabTo(panel, byName('Tag'));
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Tag this week' }).waitFor();
    await expectNoAxeViolations(panel, 'tagging list');
    await tabTo(panel, (el) => el.role === 'group' && /Bus duty/.test(el.name));
    // Confirm bus duty as operational, then move down to the walkthrough and confirm it as instructional.
    await panel.keyboard.press('o');
    await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Tagged "Bus duty" operational.');
    await panel.keyboard.press('j');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Walkthrough: grade 3 reading/,
    );
    await panel.keyboard.press('i');
    await expect
      .poll(() => panel.getByRole('status').first().textContent())
      .toBe('Tagged "Walkthrough: grade 3 reading" instructional.');
    // The tag is stored: the row now reads as a person's tag, not a suggestion.
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/Instructional: Walkthrough$/);
    await panel.screenshot({ path: join(SHOTS, 'panel-tagging.png'), fullPage: true });
  });

  test('log three AI time savings and watch the glance change', async () => {
    await tabTo(panel, byName('Log time'));
    await panel.keyboard.press('Enter');
    for (const [task, minutes] of [
      ['Parent newsletter', '45'],
      ['Meeting prep', '60'],
      ['Documentation', '75'],
    ] as const) {
      await tabTo(panel, byLabel('Task'));
      await panel.keyboard.type(task);
      await panel.keyboard.press('Tab');
      await panel.keyboard.type(minutes);
      await tabTo(panel, byName('Log time saved'));
      await panel.keyboard.press('Enter');
      await panel
        .getByRole('status')
        .filter({ hasText: `on "${task}"` })
        .waitFor();
    }
    await expectNoAxeViolations(panel, 'log time saved');
    await tabTo(panel, byName('This week'));
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('reclaimed-hours').textContent()).toBe('3 h');
  });

  test('set a plan and read where the hours went', async () => {
    await tabTo(panel, byName('Plan'));
    await panel.keyboard.press('Enter');
    await tabTo(panel, byLabel('Coaching (minutes)'));
    await panel.keyboard.type('90');
    await tabTo(panel, byLabel('Feedback conversation (minutes)'));
    await panel.keyboard.type('60');
    await tabTo(panel, byName('Save plan'));
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Plan saved.' }).waitFor();
    await expectNoAxeViolations(panel, 'plan');
    await tabTo(panel, byName('Review'));
    await panel.keyboard.press('Enter');
    const review = panel.getByRole('region', { name: 'Where the reclaimed hours went' });
    await review.waitFor();
    expect(await review.textContent()).toMatch(/AI gave you back 3 h\./);
    expect(await review.getByRole('row', { name: /Coaching 1 h 30 min/ }).count()).toBe(1);
    await expectNoAxeViolations(panel, 'review');
    await panel.screenshot({ path: join(SHOTS, 'panel-review.png'), fullPage: true });
  });

  test('options page: every section passes axe; a rule preview updates live', async () => {
    const options = await session.page('options.html');
    for (const { id, label } of OPTION_SECTIONS) {
      await options.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: label }).click();
      await options.locator(`[data-section="${id}"] h2`).first().waitFor();
      await expectNoAxeViolations(options, `options#${id}`);
    }
    await options.getByRole('link', { name: 'Tagging rules' }).click();
    await options.getByRole('heading', { name: 'Tagging rules' }).waitFor();
    await options.getByLabel('contains any of (comma-separated)').fill('bus duty');
    await expect.poll(() => options.getByTestId('rule-preview').textContent()).toMatch(/would tag [1-9]\d* past event/);
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
  });
});
