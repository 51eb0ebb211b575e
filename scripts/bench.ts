// `npm run bench`: measures the content script in real Chromium and prints each number next to its
// budget (medians of RUNS runs). The content script records every synchronous slice of its work as a
// `leadership-calendar:*` performance measure; the page's own long tasks are observed separately.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { renderGooglePage, type PageEvent } from '../tests/fixtures/calendar-pages';
import { EXTENSION_DIR, launchExtension, serveAt } from '../tests/e2e/harness';

const RUNS = 5;
const pad = (n: number) => String(n).padStart(2, '0');
function week(count: number): PageEvent[] {
  const titles = ['Walkthrough', 'Bus duty', 'Coaching, grade 4', 'Parent call', 'Budget review'];
  return Array.from({ length: count }, (_, i) => {
    const day = 16 + (i % 7);
    const minute = (i * 7) % (12 * 60);
    const h = 7 + Math.floor(minute / 60);
    const m = minute % 60;
    return { id: `bench${count}x${i}`, title: `${titles[i % 5]} ${i}`, start: `2026-11-${day}T${pad(h)}:${pad(m)}`, end: `2026-11-${day}T${pad(h)}:${pad(Math.min(59, m + 10))}` };
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const LONGTASK_PROBE = `<script>window.__longest=0;new PerformanceObserver(l=>{for(const e of l.getEntries())window.__longest=Math.max(window.__longest,e.duration)}).observe({type:'longtask',buffered:true});</script>`;

async function ourWork(page: Page): Promise<{ total: number; read: number; slice: number }> {
  return page.evaluate(() => {
    const ms = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('leadership-calendar:'));
    const sum = (xs: PerformanceEntry[]) => xs.reduce((s, m) => s + m.duration, 0);
    return { total: sum(ms), read: sum(ms.filter((m) => m.name.endsWith(':read'))), slice: Math.max(0, ...ms.map((m) => m.duration)) };
  });
}
const badges = (page: Page, n: number) => page.waitForFunction((want) => document.querySelectorAll('button[data-leadership-calendar]').length >= want, n, { timeout: 30_000 });

const session = await launchExtension();
let html = '';
await serveAt(session.context, 'https://calendar.google.com/**', () => html);
const rows: string[] = [];
const budgets: { name: string; ok: boolean }[] = [];
for (const size of (process.env.BENCH_SIZES ?? "50,300,1000").split(",").map(Number)) {
  html = renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: '2026-11-16', events: week(size) }).replace('<head>', `<head>${LONGTASK_PROBE}`);
  const cold: number[] = [];
  const warm: number[] = [];
  const warmRead: number[] = [];
  const slices: number[] = [];
  const pageLongest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await session.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    await badges(page, size);
    await page.waitForTimeout(100);
    const first = await ourWork(page);
    cold.push(first.total);
    slices.push(first.slice);
    pageLongest.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    // Google re-renders the grid when the week changes: the same markup again, new elements, warm code.
    await page.evaluate(() => {
      performance.clearMeasures();
      const grid = document.querySelector('[role="grid"]')!;
      grid.innerHTML = grid.innerHTML.replace(/<button[^>]*data-leadership-calendar[^>]*>.*?<\/button>/g, '');
    });
    await badges(page, size);
    await page.waitForTimeout(100);
    const second = await ourWork(page);
    warm.push(second.total);
    warmRead.push(second.read);
    slices.push(second.slice);
    await page.close();
  }
  const longestSlice = Math.max(...slices);
  rows.push(`| read + badge ${size} events, first read (cold code) | ${median(cold).toFixed(1)} ms of our work | ${size === 300 ? 'budget 16 ms' : '—'} |`);
  rows.push(`| read + badge ${size} events, re-render (warm code) | ${median(warm).toFixed(1)} ms of our work (read ${median(warmRead).toFixed(1)} ms) | ${size === 300 ? 'budget 16 ms' : '—'} |`);
  rows.push(`| longest slice of our work, ${size} events (max of ${RUNS * 2}) | ${longestSlice.toFixed(1)} ms | budget < 50 ms (no long task) |`);
  rows.push(`| longest task on the page incl. the page's own layout, ${size} events | ${median(pageLongest).toFixed(0)} ms | (page baseline, not ours) |`);
  budgets.push({ name: `no long task from us at ${size}`, ok: longestSlice < 50 });
  if (size === 300) budgets.push({ name: '300 events within 16 ms (warm)', ok: median(warm) <= 16 });
}
await session.close();
for (const file of readdirSync(join(EXTENSION_DIR, 'content-scripts'))) {
  const gz = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', file))).length;
  rows.push(`| ${file} gzipped | ${(gz / 1024).toFixed(1)} KB | budget 30 KB |`);
  budgets.push({ name: `${file} under 30 KB`, ok: gz < 30 * 1024 });
}
console.log(`Leadership Calendar benchmark — medians of ${RUNS} runs, Chromium ${session.context.browser()?.version() ?? ''}\n| measure | result | budget |\n|---|---|---|\n${rows.join('\n')}`);
console.log(`\nBudgets: ${budgets.map((b) => `${b.ok ? 'met' : 'MISSED'} — ${b.name}`).join('; ')}`);
