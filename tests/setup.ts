import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Nothing in the product may touch the network; a test that tries fails loudly.
const refuse = () => {
  throw new Error('Network access is not allowed in Leadership Calendar');
};
globalThis.fetch = refuse as typeof fetch;
if (typeof XMLHttpRequest !== 'undefined') XMLHttpRequest.prototype.open = refuse;
if (typeof navigator !== 'undefined')
  Object.defineProperty(navigator, 'sendBeacon', { value: refuse, configurable: true });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

// The month names a content script gets from the background for its page's language, for every
// language at once (the generated tables; no test reads month names from Node's Intl).
import { registerMonthNames } from '../lib/hosts/dates-in-text';
import { MONTH_TABLE_CODES, monthTableFor } from '../lib/domain/time/month-tables';
// Except for the test of a content script just injected, which starts with none and asks for its page's language.
if (!expect.getState().testPath?.endsWith('run-content-first-read.test.ts'))
  for (const code of MONTH_TABLE_CODES) registerMonthNames(code, monthTableFor(code)!);
