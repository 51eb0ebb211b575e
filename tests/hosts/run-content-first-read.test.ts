import { expect, test, vi } from 'vitest';
import { readLabels } from '../../lib/background/read-labels';
import * as dates from '../../lib/hosts/dates-in-text';
import { googleAdapter } from '../../lib/hosts/google/adapter';
import { runCalendarContent } from '../../lib/hosts/run-content';
import { MessageSchema } from '../../lib/messages/schemas';
import { readFixture } from '../fixtures/read-fixture';

// Its own file: tests/setup.ts registers no month tables for it, as in a worker just started and a page just loaded.

function loadPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

test('the page asks for nothing before its first read: the worker reads its language with its own month tables', async () => {
  expect(dates.hasMonthNames('de')).toBe(false);
  // "Oktober" is not an English month name: only the German table reads the all-day event's date.
  loadPage(readFixture('google', 'week.de.24h.html').replaceAll('November 2026', 'Oktober 2026'));
  const types: string[] = [];
  const events: { title: string; start: number; allDay: boolean }[] = [];
  const send = vi.fn(async (m: unknown) => {
    const message = MessageSchema.parse(m);
    types.push(message.type);
    if (message.type !== 'events-seen') return { ok: true as const, data: {} };
    const { seen, outcome } = readLabels(message);
    events.push(...seen.events);
    return { ok: true as const, data: { recorded: true, tags: {}, read: outcome } };
  });
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal);
  await vi.waitFor(() => expect(types).toEqual(['events-seen']));
  expect(dates.monthNames('de')).toContainEqual({ name: 'oktober', month: 10 });
  const pd = events.find((e) => e.title === 'Staff PD day')!;
  expect(pd.allDay).toBe(true);
  expect(new Date(pd.start).getMonth()).toBe(9);
  controller.abort();
});
