import { afterEach, expect, test, vi } from 'vitest';
import { googleAdapter } from '../../lib/hosts/google/adapter';
import { CANT_READ_NOTICE, runCalendarContent, UNKNOWN_LANGUAGE_NOTICE } from '../../lib/hosts/run-content';
import { readFixture } from '../fixtures/read-fixture';
import { MessageSchema } from '../../lib/messages/schemas';
import type { VisibilityWatch } from '../../lib/hosts/badges/visibility';

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

const okReply = (tags: Record<string, unknown> = {}) => ({ ok: true as const, data: { recorded: true, tags } });

test('re-reads after the page changes', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  const send = vi.fn(async () => okReply());
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
  const send = vi.fn(async (message: unknown) => {
    const m = message as { type: string; events: { sourceId: string }[] };
    return okReply(
      Object.fromEntries(
        m.events.map((e) => [e.sourceId, { kind: 'operational', activity: 'email-office', setBy: 'rule' }]),
      ),
    );
  });
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() => expect(document.querySelectorAll('button[data-leadership-calendar]').length).toBe(21));
  expect(send).toHaveBeenCalledTimes(1);
  expect(send.mock.calls[0]![0]).toMatchObject({
    type: 'events-seen',
    source: 'google',
    elements: 20,
    failures: 0,
    complete: true,
  });
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
  const send = vi.fn(async () => ({ ok: true as const, data: { recorded: false, tags: {} } }));
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() =>
    expect(document.querySelector('[role="status"][data-leadership-calendar]')?.textContent).toBe(CANT_READ_NOTICE),
  );
  expect((send.mock.calls[0] as unknown[])[0]).toMatchObject({ events: [], complete: false });
  expect(document.querySelectorAll('button[data-leadership-calendar]')).toHaveLength(0);
  controller.abort();
});

test('a language without tables: only sure times are read, and the page says so', async () => {
  loadPage(readFixture('google', 'week.en-US.12h.html'));
  document.documentElement.lang = 'xx';
  const send = vi.fn(async () => okReply());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() =>
    expect(document.querySelector('[role="status"][data-leadership-calendar]')?.textContent).toBe(
      UNKNOWN_LANGUAGE_NOTICE,
    ),
  );
  // No month-names request for a language the extension has no table for; only the read itself.
  expect(send.mock.calls.map((c) => (c as unknown as [{ type: string }])[0].type)).toEqual(['events-seen']);
  controller.abort();
});

test('what a page says about calendars and the account travels with the events, and passes the schema', async () => {
  loadPage(readFixture('google', 'week.overlay.en-US.12h.html'));
  const send = vi.fn(async () => okReply());
  const controller = new AbortController();
  runCalendarContent(document, googleAdapter, send as never, controller.signal, { visibility: everyChip });
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  const message = (send.mock.calls[0] as unknown[])[0] as Record<string, unknown>;
  expect(message).toMatchObject({
    account: { email: 'lee@lincoln.k12.us', name: 'Dr. Lee' },
    calendars: expect.arrayContaining([{ id: 'rivera@lincoln.k12.us', name: 'Ms. Rivera' }]),
  });
  expect(MessageSchema.safeParse(message).success).toBe(true);
  controller.abort();
});
