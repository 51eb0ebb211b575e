import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { firefoxRows, launchFirefox } from './firefox';
import { launchExtension } from './harness';
import { readRows } from './idb';

/** What a cross-browser flow does with a page: the small common ground of Playwright and Puppeteer. */
export interface BrowserPage {
  goto(url: string): Promise<void>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Clicks the button whose text is exactly `text`. */
  clickButton(text: string): Promise<void>;
  /** Sets an input's value as a person typing it would (React sees the change). */
  fill(selector: string, value: string): Promise<void>;
  upload(selector: string, path: string): Promise<void>;
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** Evaluates an expression in the page (awaits a promise it returns). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Rows of one table of the extension's database (extension pages only). */
  rows<T>(table: string): Promise<T[]>;
  /** Runs `trigger` and returns the text of the file it downloads. */
  download(trigger: () => Promise<void>): Promise<string>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: string;
  /** A page on which calendar URLs are answered by `pages` (null: not ours, let it fail). */
  calendar(pages: (url: string) => string | null): Promise<BrowserPage>;
  extensionPage(path: string): Promise<BrowserPage>;
  /** Headless Firefox keeps no system notifications; Chromium does. */
  notificationsVisible: boolean;
  close(): Promise<void>;
}

const clickButton = (text: string) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
};
const setValue = ([selector, value]: [string, string]) => {
  const input = document.querySelector<HTMLInputElement>(selector)!;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

function fromPlaywright(page: PlaywrightPage): BrowserPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, timeout = 20_000) => void (await page.waitForSelector(selector, { timeout })),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    clickButton: (text) => page.evaluate(clickButton, text),
    fill: (selector, value) => page.evaluate(setValue, [selector, value] as [string, string]),
    upload: (selector, path) => page.setInputFiles(selector, path),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    attribute: (selector, name) => page.getAttribute(selector, name),
    evaluate: (expression) => page.evaluate(expression),
    rows: (table) => readRows(page, table),
    async download(trigger) {
      const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
      const path = join(mkdtempSync(join(tmpdir(), 'lc-dl-')), file.suggestedFilename());
      await file.saveAs(path);
      return readFileSync(path, 'utf8');
    },
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PuppeteerPage, downloads: string): BrowserPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, timeout = 20_000) => void (await page.waitForSelector(selector, { timeout })),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    select: async (selector, value) => void (await page.select(selector, value)),
    clickButton: (text) => page.evaluate(clickButton, text),
    fill: (selector, value) => page.evaluate(setValue, [selector, value] as [string, string]),
    async upload(selector, path) {
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    text: (selector) => page.$eval(selector, (e) => e.textContent ?? ''),
    attribute: (selector, name) => page.$eval(selector, (e, n) => e.getAttribute(n), name),
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    rows: (table) => firefoxRows(page, table),
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      // Firefox creates the final name empty at once and writes into `<name>.part`, renaming over it
      // when done: the file is complete only when its .part is gone.
      const finished = () => {
        const names = readdirSync(downloads);
        const file = names.find((f) => !before.has(f) && !f.endsWith('.part'));
        if (!file || names.includes(`${file}.part`)) return undefined;
        const text = readFileSync(join(downloads, file), 'utf8');
        return text === '' ? undefined : text;
      };
      let text: string | undefined;
      await expect.poll(() => (text = finished()), { timeout: 10_000 }).toBeDefined();
      return text!;
    },
    close: () => page.close(),
  };
}

const GOOGLE = 'https://calendar.google.com/';
const OUTLOOK = 'https://outlook.office.com/';

export async function chromiumDriver(): Promise<BrowserDriver> {
  const session = await launchExtension({ timezoneId: 'America/New_York' });
  let answer: (url: string) => string | null = () => null;
  for (const host of [GOOGLE, OUTLOOK]) {
    await session.context.route(`${host}**`, (route) => {
      const body = answer(route.request().url());
      return body === null
        ? route.abort()
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
  return {
    name: 'Chromium',
    notificationsVisible: true,
    async calendar(pages) {
      answer = pages;
      return fromPlaywright(await session.context.newPage());
    },
    extensionPage: async (path) => fromPlaywright(await session.page(path)),
    close: () => session.close(),
  };
}

export async function firefoxDriver(): Promise<BrowserDriver> {
  const firefox = await launchFirefox();
  return {
    name: 'Firefox',
    notificationsVisible: false,
    calendar: async (pages) => fromPuppeteer(await firefox.calendar(pages), firefox.downloads),
    extensionPage: async (path) => fromPuppeteer(await firefox.extensionPage(path), firefox.downloads),
    close: () => firefox.close(),
  };
}
