import { afterEach, expect, test, vi } from 'vitest';
import { googleAdapter } from '../../lib/hosts/google/adapter';
import { outlookAdapter } from '../../lib/hosts/outlook/adapter';
import { CANT_READ_NOTICE, runCalendarContent, UNKNOWN_LANGUAGE_NOTICE } from '../../lib/hosts/run-content';
import { readFixture } from '../fixtures/read-fixture';
import { MessageSchema } from '../../lib/messages/schemas';
import type { VisibilityWatch } from '../../lib/hosts/badges/visibility';
import { readLabels } from '../../lib/background/read-labels';
import type { EventsSeenReply } from '../../lib/messages/schemas';

/** Every chip at once: this test page has no layout for the browser's intersection observer to measure. */
const everyChip: VisibilityWatch = {
  watch(chips, near) {
    let stopped = false;
    queueMicrotask(() => !stopped && near([...chips]));
    return () => {
      stopped = true;
    };
  },
};

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

function loadPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** The page's notice, once it says `text`. */
const noticeSays = (text: string) =>
  vi.waitFor(() => expect(document.querySelector('[role="status"][data-leadership-calendar]')?.textContent).toBe(text));

/**
 * The worker's half as the background runs it: the message passes the schema, Google's texts are read into events
 * (lib/background/read-labels.ts), and the answer says what the read came to, with the tags `tagsFor` gives.
 */
function worker(tagsFor: (events: { sourceId: string }[]) => EventsSeenReply['tags'] = () => ({})) {
  return async (message: unknown) => {
    const parsed = MessageSchema.parse(message);
    if (parsed.type !== 'events-seen') return { ok: true as const, data: {} };
    const { seen, outcome } = readLabels(parsed);
    const recorded = !(outcome.elements > 0 && outcome.read === 0);
    return { ok: true as const, data: { recorded, tags: recorded ? tagsFor(seen.events) : {}, read: outcome } };
  };
}

test('re-reads after the page changes', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  const send = vi.fn(worker());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  document.querySelector('[data-eventchip]')!.remove();
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  expect((send.mock.calls[1] as unknown[])[0]).toMatchObject({ elements: 19 });
  controller.abort();
});

test('reads, sends once, badges every chip, and leaves nothing behind when stopped', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  const send = vi.fn(
    worker((events) =>
      Object.fromEntries(
        events.map((e) => [e.sourceId, { kind: 'operational', activity: 'email-office', setBy: 'rule' }]),
      ),
    ),
  );
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() => expect(document.querySelectorAll('button[data-leadership-calendar]').length).toBe(21));
  expect(send).toHaveBeenCalledTimes(1);
  // The page sends the chips' texts, unparsed; the worker reads them (issue #32).
  const sent = send.mock.calls[0]![0] as { labels: { chips: unknown[] }; events: unknown[] };
  expect(sent).toMatchObject({ type: 'events-seen', source: 'google', elements: 20, events: [] });
  expect(sent.labels.chips).toHaveLength(20);
  expect(readLabels(MessageSchema.parse(sent) as never).outcome).toMatchObject({ elements: 20, failures: 0, read: 20 });
  expect(document.querySelector('button[data-leadership-calendar]')!.getAttribute('aria-label')).toMatch(
    /^Leadership Calendar: Operational, Email and office work/,
  );

  controller.abort();
  expect(document.querySelectorAll('[data-leadership-calendar]')).toHaveLength(0);
  // After it stopped, page changes do not wake it up (removing a chip would otherwise be a new read to send).
  document.querySelector('[data-eventchip]')!.remove();
  await new Promise((r) => setTimeout(r, 400));
  expect(send).toHaveBeenCalledTimes(1);
});

test('a view with events but nothing readable shows the notice and sends the failure counts', async () => {
  loadPage(
    readFixture('google', 'week.en-US.12h.html')
      .replace(/class="XuJrye">[^<]*/g, 'class="XuJrye">Something new')
      .replace(/<span class="XuJrye">[^<]*/g, '<span class="XuJrye">Something new'),
  );
  const send = vi.fn(worker());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await noticeSays(CANT_READ_NOTICE);
  const answer = await (send.mock.results[0]!.value as Promise<{ data: EventsSeenReply }>);
  expect(answer.data).toMatchObject({ recorded: false, read: { elements: 20, failures: 20, read: 0 } });
  expect(document.querySelectorAll('button[data-leadership-calendar]')).toHaveLength(0);
  controller.abort();
});

test('a language without tables: only sure times are read, and the page says so', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  document.documentElement.lang = 'xx';
  const send = vi.fn(worker());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await noticeSays(UNKNOWN_LANGUAGE_NOTICE);
  // One message: the read itself (the worker holds every language's month names; the page never asks for them).
  expect(send.mock.calls.map((c) => (c as unknown as [{ type: string }])[0].type)).toEqual(['events-seen']);
  controller.abort();
});

test('what a page says about calendars and the account travels with the events, and passes the schema', async () => {
  loadPage(readFixture('google', 'week.overlay.en-US.12h.html'));
  const send = vi.fn(worker());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  const message = (send.mock.calls[0] as unknown[])[0] as Record<string, unknown>;
  expect(message).toMatchObject({ account: { email: 'lee@lincoln.k12.us', name: 'Dr. Lee' } });
  // The calendars' names are in the labels: the worker reads them with the events.
  const { seen } = readLabels(MessageSchema.parse(message) as never);
  expect(seen.calendars).toEqual(expect.arrayContaining([{ id: 'rivera@lincoln.k12.us', name: 'Ms. Rivera' }]));
  controller.abort();
});

test('Outlook parses on its page: an Outlook page in a language it cannot read says so, though nothing was on it', async () => {
  loadPage(readFixture('outlook', 'workweek.en-US.12h.html'));
  for (const item of Array.from(document.querySelectorAll('[data-calitemid]'))) item.remove();
  document.documentElement.lang = 'de';
  const send = vi.fn(worker());
  const controller = new AbortController();
  runCalendarContent(document, outlookAdapter, send as never, controller.signal, { visibility: everyChip });
  await noticeSays(UNKNOWN_LANGUAGE_NOTICE);
  const sent = (send.mock.calls[0] as unknown[])[0] as Record<string, unknown>;
  expect(sent).toMatchObject({ source: 'outlook', elements: 0 });
  expect(sent.labels).toBeUndefined();
  controller.abort();
});

test('a read the worker did not take is sent again at the next change, and badged from that answer', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  const answer = worker();
  let fail = true;
  const send = vi.fn(async (m: unknown) => (fail ? { ok: false as const, error: 'the worker stopped' } : answer(m)));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const controller = new AbortController();
  const { refresh } = runCalendarContent(document, googleAdapter, send as never, controller.signal, {
    visibility: everyChip,
  });
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  expect(warn).toHaveBeenCalledWith('[leadership-calendar] the worker stopped');
  expect(document.querySelectorAll('button[data-leadership-calendar]')).toHaveLength(0);
  fail = false;
  await refresh();
  expect(send).toHaveBeenCalledTimes(2);
  await vi.waitFor(() => expect(document.querySelectorAll('button[data-leadership-calendar]').length).toBe(21));
  warn.mockRestore();
  controller.abort();
});
