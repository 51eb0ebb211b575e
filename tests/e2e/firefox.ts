import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { rowsInPage } from './idb';

/** The built Firefox package and a fixed add-on UUID, so extension pages have a known address. */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'leadership-calendar@leadership-calendar.app';
const UUID = '1b9c4a6e-5d1f-4c1e-9b7a-2f0e3c4d5a6b';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`Firefox not found at ${path}. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

export interface FirefoxSession {
  browser: Browser;
  /** Where downloads land. */
  downloads: string;
  /** A page on which calendar URLs are served from `pages` (by request interception). */
  calendar(pages: (url: string) => string | null): Promise<Page>;
  /** An extension page (sidepanel.html, options.html …), opened the way Firefox's remote protocol allows. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Real Firefox over WebDriver BiDi (puppeteer-core, Debian's firefox-esr), the built add-on installed as a
 * temporary add-on. The remote protocol reports no load events for moz-extension:// pages and refuses to
 * navigate to them without system access, so extension pages are opened with a raw BiDi navigate
 * (wait: none) and waited for here; this leans on puppeteer internals, so its version is pinned.
 */
export async function launchFirefox(
  timeZone = 'America/New_York',
  downloads = mkdtempSync(join(tmpdir(), 'lc-ff-downloads-')),
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Downloads go straight to a folder the test reads (no dialog).
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
    env: { ...process.env, TZ: timeZone },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const connection = (browser as unknown as { connection: { send(method: string, params: unknown): Promise<unknown> } })
    .connection;
  return {
    browser,
    downloads,
    async calendar(pages) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = pages(request.url());
        void (body === null
          ? request.continue()
          : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      });
      return page;
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', {
        context,
        url: `moz-extension://${UUID}/${path}`,
        wait: 'none',
      });
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
        timeout: 20_000,
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/** Every row of one table of the extension's database, read through an extension page. */
export async function firefoxRows<T>(page: Page, table: string): Promise<T[]> {
  return (await page.evaluate(rowsInPage, table)) as T[];
}
