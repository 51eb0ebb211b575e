import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, databaseNames, launchExtension, serveAt, type ExtensionSession } from './harness';
import { FIREFOX_EXTENSION_DIR } from './firefox';

const EXPECTED_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";
const EXPECTED_MATCHES = {
  'content-scripts/google-calendar.js': ['https://calendar.google.com/*'],
  'content-scripts/outlook.js': [
    'https://outlook.cloud.microsoft/*',
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
  ],
};
const contentScripts = (manifest: { content_scripts: { js: string[]; matches: string[] }[] }) =>
  Object.fromEntries(manifest.content_scripts.map((c) => [c.js[0], [...c.matches].sort()]));

describe('the built manifests', () => {
  test('Chrome: only the permissions the product uses, and a CSP that forbids network calls', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual([
      'alarms',
      'notifications',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    // The side panel's open-on-click behaviour needs Chrome 116; the district policy schema ships beside it.
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(existsSync(join(EXTENSION_DIR, 'managed_schema.json'))).toBe(true);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_security_policy).toEqual({ extension_pages: EXPECTED_CSP });
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.options_ui.page).toBe('options.html');
    expect(contentScripts(manifest)).toEqual(EXPECTED_MATCHES);
  });

  test('the content scripts carry no React, zod or Dexie (validation happens in the background)', () => {
    for (const file of Object.keys(EXPECTED_MATCHES)) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/ZodError|react\.transitional\.element|__reactFiber|DexieError/);
    }
  });

  test('npm run zip produced the Chrome, Edge and Firefox packages (and the sources AMO asks for)', () => {
    const output = join(EXTENSION_DIR, '..');
    if (!existsSync(join(output, 'leadership-calendar-0.1.0-chrome.zip')))
      return expect.fail(`no zips in ${output}: run npm run zip (npm test does)`);
    expect(
      readdirSync(output)
        .filter((f) => f.endsWith('.zip'))
        .sort(),
    ).toEqual([
      'leadership-calendar-0.1.0-chrome.zip',
      'leadership-calendar-0.1.0-edge.zip',
      'leadership-calendar-0.1.0-firefox.zip',
      'leadership-calendar-0.1.0-sources.zip',
    ]);
  });

  test('Firefox: a sidebar, the same CSP, and no data collection', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.content_security_policy).toBe(EXPECTED_CSP);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions.filter((p: string) => !p.includes('://')).sort()).toEqual([
      'alarms',
      'notifications',
      'storage',
      'unlimitedStorage',
    ]);
    // Firefox reads a district's policy from policies.json with no schema, and warns about the key: none here.
    expect(manifest.storage).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBeUndefined();
    // No host permissions at all: the content scripts' matches are the only site access.
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    expect(contentScripts(manifest)).toEqual(EXPECTED_MATCHES);
  });
});

describe('the extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the side panel renders data from the extension database', async () => {
    const panel = await session.page('sidepanel.html');
    await panel.getByRole('heading', { name: 'Welcome to Leadership Calendar' }).waitFor();
    // Write straight into the extension origin's IndexedDB, as a previous session would have left it.
    await panel.evaluate(async () => {
      const open = indexedDB.open('leadership-calendar');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const today = new Date();
      const start = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 9, 0).getTime();
      const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      const tx = db.transaction(['events', 'tags', 'reclaimed', 'meta'], 'readwrite');
      tx.objectStore('meta').put({ key: 'settings', value: { onboarded: true, role: 'principal' } });
      tx.objectStore('events').put({
        id: 'google:e2e',
        source: 'google',
        sourceId: 'e2e',
        title: 'Walkthrough, grade 4',
        start,
        end: start + 90 * 60_000,
        allDay: false,
        response: 'unknown',
        cancelled: false,
        firstSeen: 1,
        lastSeen: 1,
        removedAt: null,
      });
      tx.objectStore('tags').put({
        eventId: 'google:e2e',
        kind: 'instructional',
        activity: 'walkthrough',
        setBy: 'person',
        updatedAt: 1,
      });
      tx.objectStore('reclaimed').put({
        id: 'r-e2e',
        date: iso,
        minutes: 150,
        task: 'parent newsletter',
        fromActivity: 'family-communication',
        createdAt: 1,
      });
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    });
    await panel.reload();
    await expect.poll(() => panel.getByTestId('walkthrough-hours').textContent()).toBe('1.5 h');
    expect(await panel.getByTestId('reclaimed-hours').textContent()).toBe('2.5 h');
    await panel.getByRole('button', { name: 'Tag' }).click();
    expect(await panel.getByText('Walkthrough, grade 4', { exact: true }).count()).toBe(1);
    expect(await databaseNames(panel)).toContain('leadership-calendar');
  });

  test("the calendar site's own origin has no database of ours", async () => {
    await serveAt(
      session.context,
      'https://calendar.google.com/**',
      () => '<!doctype html><html lang="en"><body><main>Calendar</main></body></html>',
    );
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    expect(await databaseNames(page)).not.toContain('leadership-calendar');
  });

  test('the browser itself refuses network calls from the extension', async () => {
    const result = await session.worker.evaluate(async () => {
      try {
        await fetch('https://calendar.google.com/should-not-leave');
        return 'sent';
      } catch (error) {
        return `blocked: ${String(error)}`;
      }
    });
    expect(result).toMatch(/^blocked/);
    expect(session.requests.filter((u) => u.includes('should-not-leave'))).toEqual([]);
  });
});
