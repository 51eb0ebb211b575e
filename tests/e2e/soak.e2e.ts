import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GoogleView, renderGooglePage } from '../fixtures/calendar-pages';
import { principalWeek } from '../fixtures/principal-week';
import { E2E_TZ as TZ } from './dates';
import { launchExtension, serveAt, type ExtensionSession } from './harness';
import { readRows } from './idb';

const WEEKS = 200;
const FIRST = '2022-01-03';
const mondayAt = (i: number) => {
  const d = new Date(`${FIRST}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + i * 7);
  return d.toISOString().slice(0, 10);
};
/** Mostly week views, with day and schedule views mixed in (the same week's events, fewer of them). */
const viewAt = (i: number): GoogleView => (i % 10 === 5 ? 'day' : i % 25 === 12 ? 'schedule' : 'week');
const weekEvents = (i: number) => principalWeek(mondayAt(i), `-s${i}`);

/** CDP on the service worker, through the page's session (Playwright has no worker CDP session). */
async function workerHeap(cdp: CDPSession): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'))!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let id = 0;
  const call = (method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const mine = ++id;
      const on = (e: { message: string }) => {
        const m = JSON.parse(e.message) as { id: number; result: { usedSize?: number } };
        if (m.id !== mine) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m.result);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  return usedSize!;
}

/** After a full collection: the calendar page's heap (page and content script share the isolate). */
async function pageState(page: Page, cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await page.evaluate(() => ({
    badges: document.querySelectorAll('button[data-leadership-calendar]').length,
    ours: document.querySelectorAll('[data-leadership-calendar]').length,
    chips: document.querySelectorAll('[data-eventchip][data-eventid]').length,
    nodes: document.getElementsByTagName('*').length,
  }));
  return { heap: usedSize, ...dom };
}

describe(`soak: ${WEEKS} weeks and views in one calendar tab`, () => {
  let session: ExtensionSession;
  let calendar: Page;
  beforeAll(async () => {
    session = await launchExtension({ timezoneId: TZ });
    await serveAt(session.context, 'https://calendar.google.com/**', () =>
      renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: FIRST, events: weekEvents(0) }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  test('memory settles, nothing leaks, every event is stored once', async () => {
    calendar = await session.context.newPage();
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/${FIRST.replace(/-/g, '/')}`);
    const cdp = await session.context.newCDPSession(calendar);
    const panel = await session.page('options.html');
    const panelCdp = await session.context.newCDPSession(panel);
    // The calendar is the tab in front, as for a person using it (background tabs' timers are throttled).
    await calendar.bringToFront();
    const everyChipBadged = () =>
      calendar.waitForFunction(
        () => {
          const chips = [...document.querySelectorAll('[data-eventchip][data-eventid]')];
          return (
            chips.length > 0 &&
            chips.every(
              (c) =>
                c.querySelector('[data-leadership-calendar]') ||
                c.nextElementSibling?.hasAttribute('data-leadership-calendar'),
            )
          );
        },
        undefined,
        { timeout: 15_000 },
      );
    await everyChipBadged();

    const seenChips = new Set<string>();
    const collect = async () => {
      for (const id of await calendar.evaluate(() =>
        [...document.querySelectorAll('[data-eventchip][data-eventid]')].map((c) => c.getAttribute('data-eventid')!),
      ))
        seenChips.add(id);
    };
    await collect();
    const samples: { step: number; page: Awaited<ReturnType<typeof pageState>>; worker: number }[] = [];
    for (let i = 0; i < WEEKS; i++) {
      const view = viewAt(i);
      const events = weekEvents(i);
      // In-page navigation, as Google does it: the grid is replaced and the URL pushed; the tab stays.
      const html = renderGooglePage({ view, lang: 'en', hour12: true, firstDay: mondayAt(i), events });
      await calendar.evaluate(
        ([body, url]) => {
          const next = new DOMParser().parseFromString(body, 'text/html');
          document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
          history.pushState({}, '', url);
        },
        [html, `/calendar/u/0/r/${view}/${mondayAt(i).replace(/-/g, '/')}`] as const,
      );
      await everyChipBadged();
      await collect();
      if (i === 20 || i === WEEKS - 1)
        samples.push({ step: i, page: await pageState(calendar, cdp), worker: await workerHeap(panelCdp) });
    }

    // Every event shown is stored exactly once: as many rows as distinct chips seen over the whole soak.
    const stored = await readRows<{ id: string }>(panel, 'events');
    const ids = stored.map((e) => e.id);
    expect(ids.length).toBe(seenChips.size);

    const [early, late] = samples as [(typeof samples)[number], (typeof samples)[number]];
    console.log(
      `Soak ${WEEKS} weeks: page heap ${(early.page.heap / 1e6).toFixed(1)} → ${(late.page.heap / 1e6).toFixed(1)} MB, ` +
        `worker heap ${(early.worker / 1e6).toFixed(1)} → ${(late.worker / 1e6).toFixed(1)} MB, ` +
        `page nodes ${early.page.nodes} → ${late.page.nodes}, ` +
        `our elements ${late.page.ours} for ${late.page.chips} chips, stored events ${ids.length}`,
    );
    expect(late.page.badges).toBe(late.page.chips);
    expect(late.page.ours).toBe(late.page.badges + 1); // the badges and one style element, no stray notice or picker
    expect(late.page.heap - early.page.heap).toBeLessThan(3e6);
    expect(late.worker - early.worker).toBeLessThan(3e6);
  }, 600_000);
});
