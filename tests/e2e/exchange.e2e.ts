import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { axeViolations } from './axe';
import { dumpDatabase } from './idb';
import { E2E_TZ as TZ, mondayOf } from './dates';
import { launchExtension, serveAt, visitWeeks, type ExtensionSession } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'lc-exchange-'));

/** The last calendar read (which week was on screen, read failures) is live state of this browser, not backed up. */
const withoutTransientState = (dump: Record<string, string[]>) => ({
  ...dump,
  // What was last read on the calendar (and which days) describes this browser, not the leader's data.
  meta: dump.meta!.filter((row) => !row.includes('"key":"read-health"') && !row.includes('"key":"seen-days"')),
});

describe('export from one profile, load and restore in another', () => {
  let leader: ExtensionSession;
  let other: ExtensionSession;
  let csvPath = '';
  let backupPath = '';
  let leaderDump: Record<string, string[]> = {};

  beforeAll(async () => {
    leader = await launchExtension({ timezoneId: TZ });
    let first = mondayOf(-1);
    await serveAt(leader.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({
        view: 'week',
        lang: 'en',
        hour12: true,
        firstDay: first,
        events: principalWeek(first, first),
      }),
    );
    await visitWeeks(leader.context, [mondayOf(-1), mondayOf(0)], (week) => (first = week));
    const panel = await leader.page('sidepanel.html#log');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Log time', exact: true }).click();
    await panel.getByLabel('Task', { exact: true }).fill('Parent newsletter');
    await panel.getByLabel('Minutes saved', { exact: true }).fill('45');
    await panel.getByRole('button', { name: 'Log time saved' }).click();
    await panel.getByRole('status').filter({ hasText: 'Logged' }).waitFor();
  });
  afterAll(async () => {
    await leader?.close();
    await other?.close();
  });

  test('the leader previews exactly what is shared, then exports CSV and a backup', async () => {
    const options = await leader.page('options.html');
    await options.getByLabel('Name used in exports for your coach').fill('Leader North');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.getByRole('link', { name: 'Sharing' }).click();
    await options.getByLabel('From the week of').fill(mondayOf(-1));
    await options.getByRole('button', { name: 'Preview what will be shared' }).click();
    const preview = options.getByTestId('export-preview');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(2);
    expect(await preview.textContent()).not.toMatch(/Walkthrough: grade 3|Bus duty|Main office/);
    expect(await axeViolations(options)).toEqual([]);
    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export trend CSV' }).click(),
    ]);
    csvPath = join(dir, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const text = readFileSync(csvPath, 'utf8');
    expect(
      text
        .split('\r\n')[0]!
        .startsWith(
          'leader,week_start,worked_hours,instructional_hours,walkthrough_hours,coaching_hours,operational_hours,' +
            'reclaimed_hours,redirected_hours,redirect_rate,untagged_hours',
        ),
    ).toBe(true);
    expect(text).toContain(`Leader North,${mondayOf(0)},`);
    expect(text).not.toMatch(/Walkthrough|Bus duty|Rivera|Main office/);
    await options.getByRole('link', { name: 'Backup and restore' }).click();
    const [backup] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    backupPath = join(dir, 'backup.json');
    await backup.saveAs(backupPath);
    leaderDump = withoutTransientState(await dumpDatabase(options));
  });

  test("a coach loads the leader's file in another profile", async () => {
    other = await launchExtension({ timezoneId: TZ });
    const coach = await other.page('coach.html');
    writeFileSync(join(dir, 'broken.csv'), 'leader,week\nx,y\n');
    await coach.getByLabel('Add export files').setInputFiles([csvPath, join(dir, 'broken.csv')]);
    const results = coach.getByTestId('file-results');
    await results.waitFor();
    expect(await results.textContent()).toMatch(/2 rows: 2 new, 0 already here\.broken\.csv: missing columns/);
    await coach.getByRole('heading', { name: '1 leader, 2 leader-weeks of data' }).waitFor();
    expect(await axeViolations(coach)).toEqual([]);
    // Adding the same file again changes nothing.
    await coach.getByLabel('Add export files').setInputFiles([csvPath]);
    await expect.poll(() => results.textContent()).toMatch(/0 new, 2 already here/);
  });

  test('a backup restored into an empty profile gives identical data; a corrupted one changes nothing', async () => {
    const fresh = await launchExtension({ timezoneId: TZ });
    try {
      const options = await fresh.page('options.html#backup');
      await options.getByRole('heading', { name: 'Backup and restore' }).waitFor();
      await options.getByLabel('Restore backup').setInputFiles(backupPath);
      await options.getByText(/^Restored \d+ events/).waitFor();
      const restored = withoutTransientState(await dumpDatabase(options));
      expect(restored).toEqual(leaderDump);

      const corrupted = JSON.parse(readFileSync(backupPath, 'utf8'));
      corrupted.reclaimed[0].minutes = 'forty-five';
      writeFileSync(join(dir, 'corrupted.json'), JSON.stringify(corrupted));
      await options.getByLabel('Restore backup').setInputFiles(join(dir, 'corrupted.json'));
      await options.getByText(/The backup was not restored, nothing changed: reclaimed\.0\.minutes/).waitFor();
      expect(withoutTransientState(await dumpDatabase(options))).toEqual(restored);
    } finally {
      await fresh.close();
    }
  });
});
