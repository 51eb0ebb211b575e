import { OPTION_SECTIONS } from '../../components/options/sections';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toTrendCsv } from '../../lib/exchange/trend-csv';
import { cohortRows } from '../../scripts/data/cohort';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { type ExtensionSession, panelOnPrincipalWeek } from './harness';

const SHOTS = resolve('.e2e-output');
const PANEL = { width: 360, height: 800 };

/** Nothing may scroll sideways: the page is no wider than the panel, and no element sticks out of it. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && !el.closest('.table-scroll'))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}px`);
    }
    return out.slice(0, 10);
  });
}

describe('the side panel at 360 × 800, as Chrome shows it', () => {
  let session: ExtensionSession;
  let panel: Page;
  const monday = mondayOf(0);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ session, panel } = await panelOnPrincipalWeek(TZ, monday));
    await panel.setViewportSize(PANEL);
    await panel.getByRole('radio', { name: /Assistant principal/ }).check();
    await panel.getByRole('button', { name: 'Start' }).click();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('tagging: at most 64 px per event, "Needs you" first for an assistant principal', async () => {
    await panel.getByRole('heading', { name: 'Tag this week' }).waitFor();
    expect(await panel.getByRole('button', { name: /^Needs you/ }).getAttribute('aria-pressed')).toBe('true');
    await panel.getByRole('button', { name: /^All \(/ }).click();
    await panel.getByRole('heading', { name: 'Tag this week' }).click(); // no row has focus
    const heights = await panel
      .locator('.event-list > li')
      .evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().height));
    const perEvent = heights.reduce((a, b) => a + b, 0) / heights.length;
    console.log(
      `Tagging list at 360 px: ${heights.length} events, ${perEvent.toFixed(1)} px per event (max ${Math.max(...heights).toFixed(1)})`,
    );
    expect(heights.length).toBeGreaterThan(10);
    expect(perEvent).toBeLessThanOrEqual(64);
    expect(Math.max(...heights)).toBeLessThanOrEqual(64);
    await panel.screenshot({ path: join(SHOTS, 'narrow-tagging.png'), fullPage: true });
  });

  test('every view: nothing scrolls sideways, axe finds nothing', async () => {
    // Each view is checked once its own content is on screen, not after a guess at how long that takes.
    const HEADINGS: Record<string, string | RegExp> = {
      'This week': 'This week at a glance',
      Reconcile: /^Reconcile /,
      Tag: 'Tag this week',
      'Log time': 'Log AI-reclaimed time',
      Plan: 'Plan the week',
      Review: 'Where the reclaimed hours went',
    };
    for (const [view, heading] of Object.entries(HEADINGS)) {
      await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true }).click();
      await panel.getByRole('heading', { name: heading }).waitFor();
      expect(await sideways(panel), view).toEqual([]);
      expect(await axeViolations(panel), view).toEqual([]);
    }
    const row = panel.getByTestId('queue-row');
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tag', exact: true }).click();
    await row.first().focus();
    expect(await sideways(panel), 'focused row').toEqual([]);

    // The options page, section by section: settings, the school day, the calendars seen, the colour key, sharing, ….
    const options = await session.page('options.html');
    await options.setViewportSize(PANEL);
    const headings: Record<string, string> = {
      settings: 'Settings',
      'school-day': 'Your school day',
      calendars: 'Which calendars are yours?',
      'colour-key': 'Colour key',
      sharing: 'Share trends with your coach',
    };
    for (const { id, label } of OPTION_SECTIONS) {
      await options.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: label }).click();
      await options.locator(`[data-section="${id}"] h2`).first().waitFor();
      if (headings[id]) await options.getByRole('heading', { name: headings[id], exact: true }).waitFor();
      if (id === 'colour-key') expect(await options.getByRole('combobox').count()).toBeGreaterThan(10);
      expect(await sideways(options), `options#${id}`).toEqual([]);
    }
    await options.close();

    // The coach view with leaders loaded: the files' results, the cohort chart, a leader's rows.
    const coach = await session.page('coach.html');
    await coach.setViewportSize(PANEL);
    const weeks = Array.from({ length: 12 }, (_, i) => mondayOf(i - 11));
    const file = join(mkdtempSync(join(tmpdir(), 'lc-narrow-')), 'cohort.csv');
    writeFileSync(file, toTrendCsv(cohortRows(4, weeks)));
    await coach.getByLabel('Add export files').setInputFiles(file);
    await coach.getByRole('heading', { name: /^4 leaders,/ }).waitFor();
    await coach.getByRole('heading', { name: 'Cohort: walkthrough and coaching hours per week' }).waitFor();
    expect(await sideways(coach), 'coach view').toEqual([]);
    expect(await axeViolations(coach), 'coach view').toEqual([]);
    await coach.close();
  });

  test('"Print this review": the Friday review fits one Letter page and one A4 page, without panel chrome', async () => {
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Review', exact: true }).click();
    await panel.getByRole('button', { name: 'Print this review' }).waitFor();
    await panel.emulateMedia({ media: 'print' });
    expect(await panel.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Print this review' }).isVisible()).toBe(false);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = (await panel.pdf({ format, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages, format).toBe(1);
    }
    await panel.emulateMedia({ media: 'screen' });
  });
});
