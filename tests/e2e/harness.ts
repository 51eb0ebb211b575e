import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';

/** Tests, the demo and the benchmark all run from the repository root. */
export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');

/** Headless Chromium in a container, quiet: no sandbox or GPU, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
] as const;

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return path;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that left the browser (anything not served by our routes is a privacy bug). */
  requests: string[];
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches real Chromium with the built extension, headless, in a throwaway profile. */
export async function launchExtension(
  options: { timezoneId?: string; locale?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionSession> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('Build the extension first (npm run build).');
  const profile = mkdtempSync(join(tmpdir(), 'lc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    timezoneId: options.timezoneId ?? 'America/New_York',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  const requests: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    async page(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves an HTML body at a real calendar URL pattern, so the real manifest matches inject the real content script. */
export async function serveAt(context: BrowserContext, pattern: string, body: () => string): Promise<void> {
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body() }),
  );
}

/** Names of the IndexedDB databases visible to a page's origin. */
export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

/** Opens the routed calendar week by week (Mondays, YYYY-MM-DD) and waits until each is read and badged. */
export async function visitWeeks(
  context: BrowserContext,
  mondays: readonly string[],
  onWeek: (monday: string) => void,
): Promise<Page> {
  const calendar = await context.newPage();
  for (const monday of mondays) {
    onWeek(monday);
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${monday.replace(/-/g, '/')}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
  }
  return calendar;
}

/** Serves a principal's week at the Google Calendar URL, opens it and waits until it is read and badged. */
/** A fresh profile with the principal's week captured from the calendar, and the side panel open. */
export async function panelOnPrincipalWeek(
  timezoneId: string,
  monday: string,
): Promise<{ session: ExtensionSession; panel: Page }> {
  const session = await launchExtension({ timezoneId });
  await openPrincipalWeek(session, monday);
  return { session, panel: await session.page('sidepanel.html') };
}

export async function openPrincipalWeek(session: ExtensionSession, monday: string): Promise<Page> {
  await serveAt(session.context, 'https://calendar.google.com/**', () =>
    renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: monday, events: principalWeek(monday) }),
  );
  const calendar = await session.context.newPage();
  await calendar.goto('https://calendar.google.com/calendar/u/0/r/week');
  await calendar.locator('button[data-leadership-calendar]').first().waitFor();
  return calendar;
}
