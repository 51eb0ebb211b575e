import { expect, test, vi } from 'vitest';
import { monthTableFor } from '../../lib/domain/time/month-tables';
import * as dates from '../../lib/hosts/dates-in-text';
import { googleAdapter } from '../../lib/hosts/google/adapter';
import { runCalendarContent } from '../../lib/hosts/run-content';
import { readFixture } from '../fixtures/read-fixture';

// Its own file: tests/setup.ts registers no month tables for it, as in a content script just injected.

function loadPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const okReply = () => ({ ok: true as const, data: { recorded: true, tags: {} } });

test('the page language’s month names are asked of the background before the first read', async () => {
  expect(dates.hasMonthNames('be')).toBe(false);
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  document.documentElement.lang = 'be';
  const order: string[] = [];
  const send = vi.fn(async (m: unknown) => {
    const { type, lang } = m as { type: string; lang?: string };
    order.push(lang ? `${type} ${lang}` : type);
    return type === 'month-names' ? { ok: true as const, data: { table: monthTableFor('be') } } : okReply();
  });
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal);
  await vi.waitFor(() => expect(order).toEqual(['month-names be', 'events-seen']));
  expect(dates.monthNames('be')).toContainEqual({ name: 'чэрвеня', month: 6 });
  controller.abort();
});
