// `npm run bench`: measures the content script in real Chromium and prints each number next to its
// budget (medians of RUNS runs). The content script records every synchronous slice of its work as a
// `leadership-calendar:*` performance measure; the page's own long tasks are observed separately.
// The budgets, the method and the last figures: docs/performance.md.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { toTrendCsv } from '../lib/exchange/trend-csv';
import { NO_PRACTICE, type TrendRow } from '../lib/domain/files/trend-format';
import { random } from './data/history';
import { renderGooglePage, type PageEvent } from '../tests/fixtures/calendar-pages';
import { CHROMIUM_ARGS, chromiumPath, EXTENSION_DIR, launchExtension, serveAt } from '../tests/e2e/harness';
import { type Feel, feelOnce } from './bench-feel';
import { median, medianInterval, verdict } from './bench-stats';
import { POLICY_APPLIED_MEASURE } from '../lib/store/policy-repo';

const RUNS = 5;
const pad = (n: number) => String(n).padStart(2, '0');
function week(count: number, firstDay = '2026-11-16'): PageEvent[] {
  const first = Number(firstDay.slice(8, 10));
  const titles = ['Walkthrough', 'Bus duty', 'Coaching, grade 4', 'Parent call', 'Budget review'];
  return Array.from({ length: count }, (_, i) => {
    const day = first + (i % 7);
    const minute = (i * 7) % (12 * 60);
    const h = 7 + Math.floor(minute / 60);
    const m = minute % 60;
    return {
      id: `bench${count}x${first}x${i}`,
      title: `${titles[i % 5]} ${i}`,
      start: `2026-11-${day}T${pad(h)}:${pad(m)}`,
      end: `2026-11-${day}T${pad(h)}:${pad(Math.min(59, m + 10))}`,
    };
  });
}
/** A difference with its sign: +12, −7. */
const signed = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(0)}` : `+${x.toFixed(0)}`);
// Every long task of the page (start, duration), and the longest, observed from the page's first script.
const LONGTASK_PROBE =
  `<script>window.__longest=0;window.__longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries()){` +
  `window.__longTasks.push([e.startTime,e.duration]);window.__longest=Math.max(window.__longest,e.duration)}})` +
  `.observe({type:'longtask',buffered:true});</script>`;

/**
 * The bench week as a Google page: one full-width lane (plain), Google's geometry, or that geometry shaped like the
 * real page (tests/fixtures/calendar-pages.ts); with the long-task probe unless `probe` is false.
 */
function benchPage(size: number, geometry: Geometry, firstDay = '2026-11-16', probe = true): string {
  const html = renderGooglePage({
    view: 'week',
    lang: 'en',
    hour12: true,
    firstDay,
    events: week(size, firstDay),
    ...(geometry === 'plain' ? {} : { geometry: 'google' as const }),
    ...(geometry === 'real' ? { shape: 'real' as const } : {}),
  });
  return probe ? html.replace('<head>', `<head>${LONGTASK_PROBE}`) : html;
}

async function ourWork(page: Page): Promise<{ total: number; read: number; slice: number }> {
  return page.evaluate(() => {
    const ms = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('leadership-calendar:'));
    const sum = (xs: PerformanceEntry[]) => xs.reduce((s, m) => s + m.duration, 0);
    return {
      total: sum(ms),
      read: sum(ms.filter((m) => m.name.endsWith(':read'))),
      slice: Math.max(0, ...ms.map((m) => m.duration)),
    };
  });
}
const badges = (page: Page, n: number) =>
  page.waitForFunction((want) => document.querySelectorAll('button[data-leadership-calendar]').length >= want, n, {
    timeout: 30_000,
  });

const rows: string[] = [];
const budgets: { name: string; ok: boolean }[] = [];
const SECTIONS = (process.env.BENCH_SECTIONS ?? 'feel,draw,content,store,coach').split(',');

// ---- the yardstick (issue #32): the extension's own pages (side panel, policy, reconcile, review, coach) have budgets in
// milliseconds, written for the machine they were first met on (issue #24's). A slower machine misses them for being
// slower, not for what we do. So each run measures this machine on a fixed page and scales those budgets by it: the
// Google-geometry week of 300 events alone (no extension), its main-thread CPU, which issue #24's run measured at
// 55 ms on that machine (docs/performance.md) and issue #32 at 122 ms on a slower one. A budget here is the written
// one times (this machine's figure / 55 ms); the report prints both. It is measured just before each section it
// scales, with no other browser open: a shared machine's speed drifts over a run of half an hour.
const YARDSTICK_REFERENCE_MS = 55;
const YARDSTICK_RUNS = 9;
type Yardstick = { ms: number; scale: number };
async function machineYardstick(section: string): Promise<Yardstick> {
  const html = benchPage(300, 'google');
  const next = benchPage(300, 'google', '2026-11-23');
  const runs: number[] = [];
  // Nine runs: one run's figure varies by a third on a shared 2-core machine.
  for (let i = 0; i < YARDSTICK_RUNS; i++) runs.push((await feelOnce(false, html, next, 300)).cpu);
  const ms = median(runs);
  const scale = ms / YARDSTICK_REFERENCE_MS;
  rows.push(
    `| the yardstick before the ${section} section: Google-geometry week of 300 events alone, main-thread CPU (median of ` +
      `${YARDSTICK_RUNS}) | ${ms.toFixed(0)} ms: ×${scale.toFixed(2)} the reference machine's ${YARDSTICK_REFERENCE_MS} ms | ` +
      "the section's budgets are scaled by it |",
  );
  return { ms, scale };
}
type Budget = { ms: number; text: string };
/** A budget written for the reference machine, scaled to this one; its text names both. */
function scaledBudget(ms: number, { scale }: Yardstick): Budget {
  return { ms: ms * scale, text: `≤ ${ms} ms at the reference speed: ≤ ${(ms * scale).toFixed(0)} ms here` };
}

// ---- the calendar page as the leader feels it: the same page with and without the extension
// Budgets (issue #32) are a share of the page's own main-thread CPU time, measured in the same run: what the
// extension adds, as a fraction of what the page alone costs, holds on a slow Chromebook and a fast desktop alike
// (issue #24's absolute milliseconds did not). Each pair (alone, then with the extension) gives one share; a budget
// is judged on the sign-test interval for the median share, and more pairs are taken while the interval straddles
// the budget. The judged page is shaped like the real one (tests/fixtures/calendar-pages.ts, shape 'real': Google's
// geometry, the real chip's attributes, tasks, and the rest of a week page around the grid); the old unstyled page
// (one full-width lane, the whole day at full height) is measured as a second, harder case.
const SHARE_BUDGETS: Record<number, number> = { 50: 0.5, 300: 0.35, 1000: 0.3 };
const NEXT_WEEK_SHARE = { size: 1000, share: 0.3 };
const BADGES_BUDGET = { size: 300, ms: 300 };
type Geometry = 'real' | 'google' | 'plain';
const GEOMETRIES = (process.env.BENCH_GEOMETRIES ?? 'real,plain').split(',') as Geometry[];
const MAX_PAIRS = Number(process.env.BENCH_MAX_PAIRS ?? 25);
const percent = (x: number) => `${(100 * x).toFixed(0)} %`;
if (SECTIONS.includes('feel')) {
  // 9 pairs to start (an interval from the 2nd to the 8th, 96 % coverage), 2 more at a time while a judged share's
  // interval straddles its budget, up to MAX_PAIRS; past that the verdict is the median's, and the report says so.
  const startPairs = Number(process.env.BENCH_FEEL_RUNS ?? 9);
  for (const geometry of GEOMETRIES) {
    const where = geometry === 'real' ? 'real-shaped page' : geometry === 'google' ? "Google's geometry" : 'plain page';
    for (const size of (process.env.BENCH_SIZES ?? '50,300,1000').split(',').map(Number)) {
      const html = benchPage(size, geometry);
      const next = benchPage(size, geometry, '2026-11-23');
      const without: Feel[] = [];
      const withExt: Feel[] = [];
      const pair = async () => {
        without.push(await feelOnce(false, html, next, size));
        withExt.push(await feelOnce(true, html, next, size));
      };
      // Each pair's share: what the extension added over what the page alone cost in that pair.
      const shares = (f: (x: Feel) => number) =>
        withExt.map((x, i) => (f(x) - f(without[i]!)) / Math.max(1, f(without[i]!)));
      const judgedHere = geometry === 'real';
      const shareBudget = SHARE_BUDGETS[size];
      const undecided = () =>
        judgedHere &&
        ((shareBudget !== undefined && verdict(medianInterval(shares((x) => x.cpu)), shareBudget) === 'not decided') ||
          (size === NEXT_WEEK_SHARE.size &&
            verdict(medianInterval(shares((x) => x.nextWeekCpu)), NEXT_WEEK_SHARE.share) === 'not decided'));
      for (let run = 0; run < startPairs; run++) await pair();
      while (undecided() && withExt.length + 2 <= MAX_PAIRS) {
        await pair();
        await pair();
      }
      const FEEL_RUNS = withExt.length;
      const m = (xs: Feel[], f: (x: Feel) => number) => median(xs.map(f));
      // Runs are taken in pairs (alone, then with the extension, one after the other), so a pair shares the
      // machine's state at that moment; the median of the pairs' differences is steadier than a difference of medians.
      const differences = (f: (x: Feel) => number) => withExt.map((x, i) => f(x) - f(without[i]!));
      const paired = (f: (x: Feel) => number) => median(differences(f));
      const interval = (f: (x: Feel) => number) => medianInterval(differences(f));
      const range = ({ low, high, coverage }: ReturnType<typeof medianInterval>) =>
        `${signed(low)} … ${signed(high)} ms (${(100 * coverage).toFixed(0)} %)`;
      const ownCpu = m(without, (x) => x.cpu);
      const cpuInterval = interval((x) => x.cpu);
      // A share's verdict: on its interval; when it still straddles at MAX_PAIRS, on its median, and said so.
      const shareVerdict = (f: (x: Feel) => number, budget: number) => {
        const on = medianInterval(shares(f));
        const v = verdict(on, budget);
        if (v !== 'not decided') return { v, on, text: `${v} (interval, ${FEEL_RUNS} pairs)` };
        const byMedian = median(shares(f)) <= budget ? 'met' : 'missed';
        return {
          v: byMedian,
          on,
          text: `${byMedian} on the median (the interval still straddles at ${FEEL_RUNS} pairs)`,
        };
      };
      const shareRange = ({ low, high, coverage }: ReturnType<typeof medianInterval>) =>
        `${percent(low)} … ${percent(high)} (${(100 * coverage).toFixed(0)} %)`;
      const cpuShare = shareBudget === undefined ? null : shareVerdict((x) => x.cpu, shareBudget);
      // Long tasks are counted in every run, not as a median: one run in five with a long task is a long task a
      // leader meets.
      const runsWith = (xs: Feel[], f: (x: Feel) => boolean) => xs.filter(f).length;
      const afterIdleWith = runsWith(withExt, (x) => x.longestAfterIdle > 0);
      const afterIdleWithout = runsWith(without, (x) => x.longestAfterIdle > 0);
      const worstAfterIdle = Math.max(...withExt.map((x) => x.longestAfterIdle));
      const nextLongWith = runsWith(withExt, (x) => x.nextWeekLongTasks > 0);
      const nextLongWithout = runsWith(without, (x) => x.nextWeekLongTasks > 0);
      const badgesAt = m(withExt, (x) => x.badgesAfterIdle ?? 0);
      const nextInterval = interval((x) => x.nextWeekCpu);
      const nextShare = shareVerdict((x) => x.nextWeekCpu, NEXT_WEEK_SHARE.share);
      const judged = judgedHere;
      rows.push(
        `| ${where}, ${size} events: extra main-thread CPU as a share of the page alone (${ownCpu.toFixed(0)} ms CPU here): ` +
          `median share; interval; the same in ms | ${percent(median(shares((x) => x.cpu)))}; ${shareRange(medianInterval(shares((x) => x.cpu)))}; ` +
          `${signed(paired((x) => x.cpu))} ms (${range(cpuInterval)}) | ` +
          `${judged && cpuShare ? `≤ ${percent(shareBudget!)}: ${cpuShare.text}` : '—'} |`,
      );
      rows.push(
        `| ${where}, ${size} events: the same as wall-clock task time (page alone ${m(without, (x) => x.task).toFixed(0)} ms) | ` +
          `${signed(paired((x) => x.task))} ms; layout + style ${signed(paired((x) => x.layout + x.style))} ms | — |`,
      );
      // Where the extra goes (issue #32: the fixed cost part by part): the pairs' median differences in script, style
      // and layout time, and within the script time our own measured parts; the rest of the script time is the
      // content script's compile and the extension's start in the page, the rest of the CPU the browser's other work.
      const ourParts = ['start', 'read', 'send', 'badge'].map(
        (part) => `${part} ${m(withExt, (x) => x.ours[part] ?? 0).toFixed(1)}`,
      );
      const ourSum = m(withExt, (x) => Object.values(x.ours).reduce((a, b) => a + b, 0));
      rows.push(
        `| ${where}, ${size} events: where the extra CPU goes (median differences of the pairs) | script ` +
          `${signed(paired((x) => x.script))} ms (our measured work ${ourSum.toFixed(1)} ms: ${ourParts.join(', ')}; the rest is ` +
          `the script's compile and the extension's start in the page), style ${signed(paired((x) => x.style))} ms, layout ` +
          `${signed(paired((x) => x.layout))} ms, other ${signed(paired((x) => x.cpu - x.script - x.style - x.layout))} ms | — |`,
      );
      rows.push(
        `| ${where}, ${size} events: runs with a long task after idle / while moving week, with vs alone | ` +
          `${afterIdleWith}/${afterIdleWithout}, ${nextLongWith}/${nextLongWithout} of ${FEEL_RUNS} (longest with: ${worstAfterIdle.toFixed(0)} ms) | ` +
          `${judged && (size === 50 || size === 1000) ? 'none the page alone lacks' : '—'} |`,
      );
      rows.push(
        `| ${where}, ${size} events: every badge near the eye painted, after the page is idle | ${badgesAt.toFixed(0)} ms | ` +
          `${judged && size === BADGES_BUDGET.size ? `≤ ${BADGES_BUDGET.ms} ms` : '—'} |`,
      );
      rows.push(
        `| ${where}, ${size} events: moving to the next week, extra CPU as a share of the page's own move ` +
          `(${m(without, (x) => x.nextWeekCpu).toFixed(0)} ms CPU here): median share; interval; the same in ms | ` +
          `${percent(median(shares((x) => x.nextWeekCpu)))}; ${shareRange(nextShare.on)}; ${signed(paired((x) => x.nextWeekCpu))} ms ` +
          `(${range(nextInterval)}) | ${judged && size === NEXT_WEEK_SHARE.size ? `≤ ${percent(NEXT_WEEK_SHARE.share)}: ${nextShare.text}` : '—'} |`,
      );
      if (!judged) continue;
      if (cpuShare)
        budgets.push({
          name: `${size} events: extra CPU ≤ ${percent(shareBudget!)} of the page alone (${cpuShare.text})`,
          ok: cpuShare.v === 'met',
        });
      if (size === 50 || size === 1000)
        budgets.push({
          name: `${size} events: no long task the page alone does not have`,
          ok: afterIdleWith <= afterIdleWithout && nextLongWith <= nextLongWithout,
        });
      if (size === BADGES_BUDGET.size)
        budgets.push({
          name: `${size} events: badges near the eye within ${BADGES_BUDGET.ms} ms of idle`,
          ok: badgesAt <= BADGES_BUDGET.ms,
        });
      if (size === NEXT_WEEK_SHARE.size)
        budgets.push({
          name: `${size} events: next week ≤ ${percent(NEXT_WEEK_SHARE.share)} of the page's own move (${nextShare.text})`,
          ok: nextShare.v === 'met',
        });
    }
  }
}

// ---- drawing badges on its own: the real badge code on the bench week in a plain page (no extension). The
// page's main-thread CPU time while every badge is drawn, minus the same number of frames with nothing drawn.
// Steadier than the with/without pairs above, and free of tracing (timeline tracing repaints every frame).
/** A script of ours bundled for a page: lib code run in the browser as it runs in the extension. */
async function pageScript(entry: string): Promise<string> {
  const bundle = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return bundle.outputFiles[0]!.text;
}
type LcDraw = {
  read(): number;
  parseOnly(): { ms: number; labels: number; bytes: number };
  draw(frames: number): Promise<{ drawn: number; longest: number }>;
  drawAttribute(frames: number): Promise<{ drawn: number; longest: number }>;
  idle(frames: number): Promise<number>;
};
if (SECTIONS.includes('draw')) {
  const drawSource = await pageScript('scripts/bench-draw-page.ts');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
  const FRAMES = 8;
  const DRAW_RUNS = Number(process.env.BENCH_DRAW_RUNS ?? 11);
  for (const geometry of GEOMETRIES)
    for (const size of (process.env.BENCH_SIZES ?? '50,300,1000').split(',').map(Number)) {
      const html = benchPage(size, geometry, '2026-11-16', false);
      const where =
        geometry === 'real' ? 'real-shaped page' : geometry === 'google' ? "Google's geometry" : 'plain page';
      const measured = { badges: [] as number[], attribute: [] as number[] };
      const reads: number[] = [];
      const parses: { ms: number; labels: number; bytes: number }[] = [];
      const longTasks: number[] = [];
      for (let run = 0; run < DRAW_RUNS; run++) {
        for (const design of ['badges', 'attribute'] as const) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          await page.setContent(html);
          await page.addScriptTag({ content: drawSource });
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Performance.enable');
          const cpu = async () =>
            ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) *
            1000;
          // Reading every chip's texts, cold (the reader's first run on the page, as on a calendar page's first load),
          // timed in the page: a few ms, below what CDP's CPU counters resolve between two calls.
          const readMs = await page.evaluate(() => (window as unknown as { lcDraw: LcDraw }).lcDraw.read());
          if (design === 'badges') reads.push(readMs);
          // Then parsing alone, the code warm (as a worker that has read a week before would be).
          if (design === 'badges')
            parses.push(await page.evaluate(() => (window as unknown as { lcDraw: LcDraw }).lcDraw.parseOnly()));
          await page.waitForTimeout(300);
          let from = await cpu();
          await page.evaluate((n) => (window as unknown as { lcDraw: LcDraw }).lcDraw.idle(n), FRAMES);
          const idle = (await cpu()) - from;
          from = await cpu();
          const { drawn, longest } = await page.evaluate(
            ([n, d]) =>
              d === 'badges'
                ? (window as unknown as { lcDraw: LcDraw }).lcDraw.draw(n)
                : (window as unknown as { lcDraw: LcDraw }).lcDraw.drawAttribute(n),
            [FRAMES, design] as const,
          );
          if (design === 'badges') longTasks.push(longest);
          const draw = (await cpu()) - from;
          // Every chip of the bench week is on screen in both geometries: each gets a badge.
          if (drawn !== size) throw new Error(`${design}: drew ${drawn} for ${size} events`);
          measured[design].push(draw - idle);
          await page.close();
        }
      }
      rows.push(
        `| ${where}, ${size} events: reading every chip's texts on the page, cold (the content script's reader; median of ${DRAW_RUNS}) | ` +
          `${median(reads).toFixed(1)} ms, timed in the page | — |`,
      );
      rows.push(
        `| ${where}, ${size} events: parsing the labels, warm: the worker's part since issue #32, timed here in a page ` +
          `(the texts cross as about ${(parses[0]!.bytes / 1024).toFixed(0)} KB of JSON) | ${median(parses.map((p) => p.ms)).toFixed(1)} ms | — |`,
      );
      rows.push(
        `| ${where}, ${size} events: drawing every badge, the browser's work included (median of ${DRAW_RUNS}) | ` +
          `${median(measured.badges).toFixed(0)} ms of CPU; longest task ${Math.max(...longTasks).toFixed(0)} ms (0: none over 50 ms) | — |`,
      );
      rows.push(
        `| ${where}, ${size} events: the same with one attribute per chip and one stylesheet (measured, not kept) | ` +
          `${median(measured.attribute).toFixed(0)} ms of CPU | — |`,
      );
    }
  await browser.close();
}

const session = await launchExtension();
let html = '';
await serveAt(session.context, 'https://calendar.google.com/**', () => html);
for (const size of SECTIONS.includes('content')
  ? (process.env.BENCH_SIZES ?? '50,300,1000').split(',').map(Number)
  : []) {
  html = benchPage(size, 'plain');
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
  rows.push(
    `| read + badge ${size} events, first read (cold code) | ${median(cold).toFixed(1)} ms of our work, in slices and frames | — |`,
  );
  rows.push(
    `| read + badge ${size} events, re-render (warm code) | ${median(warm).toFixed(1)} ms of our work (read ` +
      `${median(warmRead).toFixed(1)} ms) | ${size === 300 ? 'budget 16 ms' : '—'} |`,
  );
  rows.push(
    `| longest slice of our work, ${size} events (max of ${RUNS * 2}) | ${longestSlice.toFixed(1)} ms | budget < 50 ms (no long task) |`,
  );
  rows.push(
    `| longest task on the page incl. the page's own layout, ${size} events | ${median(pageLongest).toFixed(0)} ms | (page baseline, not ours) |`,
  );
  budgets.push({ name: `no long task from us at ${size}`, ok: longestSlice < 50 });
  if (size === 300) budgets.push({ name: '300 events within 16 ms (warm)', ok: median(warm) <= 16 });
}
await session.close();

// ---- store, summaries and the side panel with ten years of history, in the extension's own IndexedDB
const benchSource = await pageScript('scripts/bench-page.ts');
const store = {
  write: [] as number[],
  baseline: [] as number[],
  readWeek: [] as number[],
  readTrend12: [] as number[],
  readAll: [] as number[],
  summaryWeek: [] as number[],
  summary12: [] as number[],
  summaryAll: [] as number[],
  panel: [] as number[],
  panelSeen: [] as number[],
  panelWithPolicy: [] as number[],
  policyApplied: [] as number[],
  policyReads: [] as number[],
  reconcile: [] as number[],
  answer: [] as number[],
  review: [] as number[],
};
/** From the start of a page's navigation to a performance mark the page sets (two frames after a commit). */
const markTime = async (page: import('playwright-core').Page, name: string) =>
  Number(
    await (
      await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime ?? false, name, {
        polling: 50,
        timeout: 20_000,
      })
    ).jsonValue(),
  );
let eventCount = 0;
let weekCount = 0;
const storeYardstick = SECTIONS.includes('store') ? await machineYardstick('store') : { ms: 0, scale: 1 };
for (let run = 0; run < (SECTIONS.includes('store') ? 3 : 0); run++) {
  const profile = await launchExtension();
  const page = await profile.page('options.html');
  await page.evaluate(benchSource);
  const seeded = await page.evaluate(
    (years) =>
      (
        globalThis as unknown as { __bench: { seed(y: number): Promise<{ events: number; write: number }> } }
      ).__bench.seed(years),
    10,
  );
  eventCount = seeded.events;
  store.write.push(seeded.write);
  for (let i = 0; i < 3; i++) {
    const m = await page.evaluate(() =>
      (globalThis as unknown as { __bench: { measure(): Promise<Record<string, number>> } }).__bench.measure(),
    );
    store.baseline.push(m.baselineMs!);
    store.readWeek.push(m.readWeek!);
    store.readTrend12.push(m.readTrend12!);
    store.readAll.push(m.readAll!);
    store.summaryWeek.push(m.summaryWeek!);
    store.summary12.push(m.summary12!);
    store.summaryAll.push(m.summaryAll!);
    weekCount = m.weeks!;
  }
  for (let i = 0; i < 3; i++) {
    const panel = await profile.context.newPage();
    await panel.goto(`chrome-extension://${profile.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="redirect-sentence"]', { timeout: 30_000 });
    // As the test driver sees it: the sentence found over CDP, then one more frame (includes the driver's latency).
    store.panelSeen.push(
      await panel.evaluate(() => new Promise<number>((res) => requestAnimationFrame(() => res(performance.now())))),
    );
    // From the start of navigation to the frame after the one that painted the first summary (the panel marks it).
    store.panel.push(
      Number(
        await (
          await panel.waitForFunction(
            () => performance.getEntriesByName('leadership-calendar:panel-summary-painted')[0]?.startTime ?? false,
            undefined,
            { polling: 100, timeout: 10_000 },
          )
        ).jsonValue(),
      ),
    );
    await panel.close();
  }
  // A district policy (deploy/'s sample: school day, activities, colour key, rules, reasons) stored as the background
  // stores it; then the panel's first summary again, and the time spent applying the policy before that summary.
  await page.evaluate(() => (globalThis as unknown as { __bench: { setPolicy(): Promise<void> } }).__bench.setPolicy());
  for (let i = 0; i < 3; i++) {
    const panel = await profile.context.newPage();
    await panel.goto(`chrome-extension://${profile.extensionId}/sidepanel.html`);
    const painted = await markTime(panel, 'leadership-calendar:panel-summary-painted');
    store.panelWithPolicy.push(painted);
    const applied = await panel.evaluate(
      ([name, until]) =>
        performance
          .getEntriesByName(name as string)
          .filter((e) => e.startTime < (until as number))
          .map((e) => e.duration),
      [POLICY_APPLIED_MEASURE, painted] as const,
    );
    if (applied.length === 0) throw new Error('The panel applied no policy before its first summary: was it stored?');
    store.policyApplied.push(applied.reduce((a, b) => a + b, 0));
    store.policyReads.push(applied.length);
    await panel.close();
  }
  // The daily reconcile (issue #29) on the same ten years, with a 60-teacher staff list: the view painted, one block
  // answered (main-thread script time from the key to the next question painted), the Friday review painted.
  for (let i = 0; i < 3; i++) {
    const page = await profile.context.newPage();
    await page.goto(`chrome-extension://${profile.extensionId}/sidepanel.html#reconcile`);
    store.reconcile.push(await markTime(page, 'leadership-calendar:reconcile-painted'));
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.includes('Happened'),
      undefined,
      {
        timeout: 20_000,
      },
    );
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
    const before = await scriptSeconds();
    await page.keyboard.press('h');
    await page.waitForSelector('[aria-label="Which teachers did you see?"], [aria-label="With which teachers?"]');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    store.answer.push((await scriptSeconds()) - before);
    await page.close();
    const review = await profile.context.newPage();
    await review.goto(`chrome-extension://${profile.extensionId}/sidepanel.html#review`);
    store.review.push(await markTime(review, 'leadership-calendar:review-painted'));
    await review.close();
  }
  await profile.close();
}
if (SECTIONS.includes('store')) {
  const [panelBudget, reconcileBudget, reviewBudget, policyBudget, answerBudget] = [250, 150, 200, 5, 16].map((ms) =>
    scaledBudget(ms, storeYardstick),
  ) as [Budget, Budget, Budget, Budget, Budget];
  rows.push(
    `| store: write ${eventCount} events (10 years) in one transaction | ${median(store.write).toFixed(0)} ms | — |`,
  );
  rows.push(`| store: read one week (events + tags) | ${median(store.readWeek).toFixed(1)} ms | — |`);
  rows.push(`| store: baseline from the first tracked weeks | ${median(store.baseline).toFixed(1)} ms | — |`);
  rows.push(`| store: read a 12-week trend (with summaries) | ${median(store.readTrend12).toFixed(1)} ms | — |`);
  rows.push(`| store: read all 10 years | ${median(store.readAll).toFixed(0)} ms | — |`);
  rows.push(`| summary: one week | ${median(store.summaryWeek).toFixed(2)} ms | — |`);
  rows.push(`| summary: 12-week trend | ${median(store.summary12).toFixed(2)} ms | — |`);
  rows.push(`| summary: 10-year trend (${weekCount} weeks) | ${median(store.summaryAll).toFixed(0)} ms | — |`);
  rows.push(
    `| side panel: open to first summary painted (its own mark), 10 years of history | ${median(store.panel).toFixed(0)} ms | ${panelBudget.text} |`,
  );
  rows.push(
    `| side panel: the same, as the test driver sees it (sentence found over CDP, then a frame) | ` +
      `${median(store.panelSeen).toFixed(0)} ms | — |`,
  );
  budgets.push({
    name: `side panel first summary (10 years) ${panelBudget.text}`,
    ok: median(store.panel) <= panelBudget.ms,
  });
  rows.push(
    `| side panel: the same with a district policy stored (deploy/'s sample) | ${median(store.panelWithPolicy).toFixed(0)} ms | — |`,
  );
  rows.push(
    `| side panel: applying the policy before its first summary (${median(store.policyReads)} reads, summed) | ` +
      `${median(store.policyApplied).toFixed(2)} ms | ${policyBudget.text} |`,
  );
  budgets.push({
    name: `applying a district policy before the first summary ${policyBudget.text}`,
    ok: median(store.policyApplied) <= policyBudget.ms,
  });
  const answerMs = median(store.answer) * 1000;
  rows.push(
    `| reconcile: the view open to its first day painted (10 years, 60 teachers) | ${median(store.reconcile).toFixed(0)} ms | ${reconcileBudget.text} |`,
  );
  rows.push(
    `| reconcile: answering one block, main-thread script to the next question painted | ${answerMs.toFixed(1)} ms | ${answerBudget.text} |`,
  );
  rows.push(
    `| the Friday review with coverage and displacement painted (10 years, 60 teachers) | ${median(store.review).toFixed(0)} ms | ${reviewBudget.text} |`,
  );
  budgets.push({ name: `reconcile view ${reconcileBudget.text}`, ok: median(store.reconcile) <= reconcileBudget.ms });
  budgets.push({ name: `answering one block, script ${answerBudget.text}`, ok: answerMs <= answerBudget.ms });
  budgets.push({ name: `Friday review ${reviewBudget.text}`, ok: median(store.review) <= reviewBudget.ms });
}

// ---- the coach view at a district's scale: 500 leaders x 5 years of weekly rows (issue #26)
if (SECTIONS.includes('coach')) {
  const LEADERS = Number(process.env.BENCH_COACH_LEADERS ?? 500);
  const dir = mkdtempSync(join(tmpdir(), 'lc-bench-'));
  const rand = random(11);
  const files: string[] = [];
  for (let l = 0; l < LEADERS; l++) {
    const rowsForLeader: TrendRow[] = Array.from({ length: 260 }, (_, w) => {
      const d = new Date(Date.UTC(2021, 8, 6 + w * 7));
      const walk = Math.round(rand() * 600) / 100;
      const coach = Math.round(rand() * 400) / 100;
      const reclaimed = Math.round(rand() * 500) / 100;
      const redirected = Math.min(reclaimed, Math.round(rand() * 300) / 100);
      return {
        leader: `Leader ${l + 1}`,
        week_start: d.toISOString().slice(0, 10),
        worked_hours: 50,
        instructional_hours: walk + coach + 2,
        walkthrough_hours: walk,
        coaching_hours: coach,
        operational_hours: 40,
        reclaimed_hours: reclaimed,
        redirected_hours: redirected,
        redirect_rate: reclaimed ? Math.round((redirected / reclaimed) * 100) / 100 : null,
        untagged_hours: 1,
        planned_hours: Math.round(rand() * 300) / 100,
        displaced_hours: Math.round(rand() * 100) / 100,
        open_loops: Math.floor(rand() * 2),
        baseline_hours: 3,
        role: 'principal',
        ...NO_PRACTICE,
      };
    });
    const file = join(dir, `leader-${l + 1}.csv`);
    writeFileSync(file, toTrendCsv(rowsForLeader));
    files.push(file);
  }
  const coachYardstick = await machineYardstick('coach');
  const coachProfile = await launchExtension();
  const coachPage = await coachProfile.page('coach.html');
  const importStart = Date.now();
  await coachPage.getByLabel('Add export files').setInputFiles(files);
  await coachPage
    .getByRole('heading', { name: `${LEADERS} leaders, ${LEADERS * 260} leader-weeks of data` })
    .waitFor({ timeout: 900_000 });
  const importMs = Date.now() - importStart;
  const triageTimes: number[] = [];
  const triageCompleteTimes: number[] = [];
  const multiplesTimes: number[] = [];
  const markAt = async (mark: string) =>
    Number(
      await (
        await coachPage.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime ?? false, mark, {
          polling: 100,
          timeout: 60_000,
        })
      ).jsonValue(),
    );
  for (let i = 0; i < RUNS; i++) {
    await coachPage.reload();
    // From the start of navigation to the frame after the one that painted it (the page marks both).
    triageTimes.push(await markAt('leadership-calendar:triage-painted'));
    triageCompleteTimes.push(await markAt('leadership-calendar:triage-complete'));
    multiplesTimes.push(await markAt('leadership-calendar:multiples-painted'));
  }
  const [triageBudget, multiplesBudget] = [scaledBudget(300, coachYardstick), scaledBudget(1000, coachYardstick)];
  const charts = await coachPage.getByTestId('small-multiples').getByRole('img').count();
  if (charts !== LEADERS) throw new Error(`${charts} small charts for ${LEADERS} leaders`);
  await coachProfile.close();
  rows.push(
    `| coach: add ${LEADERS} files (${LEADERS} leaders x 5 years, ${LEADERS * 260} rows), validated and merged | ${importMs} ms | — |`,
  );
  rows.push(
    `| coach: open the view, the triage table ready to read: its first 40 rows (the opening order's top) painted ` +
      `(median of ${RUNS}) | ${median(triageTimes).toFixed(0)} ms | ${triageBudget.text} |`,
  );
  rows.push(
    `| coach: the same, all ${LEADERS} rows of the triage table painted (median of ${RUNS}) | ${median(triageCompleteTimes).toFixed(0)} ms | — |`,
  );
  rows.push(
    `| coach: the same page with ${LEADERS} small multiples painted (median of ${RUNS}) | ${median(multiplesTimes).toFixed(0)} ms | ${multiplesBudget.text} |`,
  );
  budgets.push({
    name: `coach triage table of ${LEADERS} leaders ready to read (first rows painted) ${triageBudget.text}`,
    ok: median(triageTimes) <= triageBudget.ms,
  });
  budgets.push({
    name: `coach small multiples of ${LEADERS} leaders ${multiplesBudget.text}`,
    ok: median(multiplesTimes) <= multiplesBudget.ms,
  });
}

for (const file of readdirSync(join(EXTENSION_DIR, 'content-scripts'))) {
  const gz = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', file))).length;
  rows.push(`| ${file} gzipped | ${(gz / 1024).toFixed(1)} KB | budget 30 KB |`);
  budgets.push({ name: `${file} under 30 KB`, ok: gz < 30 * 1024 });
}
console.log(
  `Leadership Calendar benchmark — medians of repeated runs in headless Chromium\n| measure | result | budget |\n|---|---|---|\n${rows.join('\n')}`,
);
console.log(`\nBudgets: ${budgets.map((b) => `${b.ok ? 'met' : 'MISSED'} — ${b.name}`).join('; ')}`);
