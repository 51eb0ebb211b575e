// `npm run bench`: reads and badges calendar weeks of 50 / 300 / 1000 events in real Chromium and
// reports, per size, the median time from the page's load to the last badge, the longest task the
// page saw, and the gzipped content-script sizes, each next to its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderGooglePage, type PageEvent } from '../tests/fixtures/calendar-pages';
import { EXTENSION_DIR, launchExtension, serveAt } from '../tests/e2e/harness';

const RUNS = 5;
function week(count: number): PageEvent[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const day = 16 + (i % 7);
    const minute = (i * 7) % (12 * 60);
    const h = 7 + Math.floor(minute / 60);
    const m = minute % 60;
    return { id: `bench${count}x${i}`, title: ['Walkthrough', 'Bus duty', 'Coaching', 'Parent call', 'Budget'][i % 5]! + ` ${i}`, start: `2026-11-${day}T${pad(h)}:${pad(m)}`, end: `2026-11-${day}T${pad(h)}:${pad(m + 10 > 59 ? 59 : m + 10)}` };
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const session = await launchExtension();
let html = '';
await serveAt(session.context, 'https://calendar.google.com/**', () => html);
const rows: string[] = [];
for (const size of [50, 300, 1000]) {
  html = renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: '2026-11-16', events: week(size) }).replace(
    '<head>',
    `<head><script>window.__longest=0;new PerformanceObserver(l=>{for(const e of l.getEntries())window.__longest=Math.max(window.__longest,e.duration)}).observe({type:'longtask',buffered:true});</script>`,
  );
  const times: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    await page.waitForFunction((n) => document.querySelectorAll('button[data-leadership-calendar]').length >= n, size, { timeout: 30_000 });
    const t = await page.evaluate(() => {
      const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { done: performance.now() - load.domContentLoadedEventEnd, longest: (window as unknown as { __longest: number }).__longest };
    });
    times.push(t.done);
    longest.push(t.longest);
    await page.close();
  }
  rows.push(`| read + badge ${String(size).padStart(4)} events | ${median(times).toFixed(1)} ms from DOMContentLoaded to the last badge (includes the message round trip) | longest task on the page ${median(longest).toFixed(0)} ms | budget: no task > 50 ms |`);
}
await session.close();
for (const file of readdirSync(join(EXTENSION_DIR, 'content-scripts'))) {
  const gz = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', file))).length;
  rows.push(`| ${file} | ${(gz / 1024).toFixed(1)} KB gzipped | | budget: 30 KB |`);
}
console.log(`Median of ${RUNS} runs in Chromium\n${rows.join('\n')}`);
