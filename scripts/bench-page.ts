// Evaluated inside an extension page by scripts/bench.ts: the real store and summary code against the
// real Chromium IndexedDB of the extension origin. Exposes one function on globalThis.
import '../lib/zod';
import { weekKeyOf, shiftWeek, weekKeysBetween } from '../lib/domain/time/week';
import { summarizeWeeks } from '../lib/domain/measure/trend';
import { LeadershipDb } from '../lib/store/db';
import { loadBaseline, loadTrend, loadWeek } from '../lib/store/queries';
import { loadSettings, saveSettings } from '../lib/store/settings-repo';
import { storePolicy } from '../lib/store/policy-repo';
import { SAMPLE_POLICY } from './data/sample-policy';
import { addPractice, generateHistory } from './data/history';

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

(globalThis as unknown as { __bench: unknown }).__bench = {
  /** Writes ten years of a leader's history into the extension database; returns timings in ms. */
  async seed(years: number) {
    const db = new LeadershipDb();
    const now = Date.now();
    const monday = new Date(
      new Date(now).getFullYear(),
      new Date(now).getMonth(),
      new Date(now).getDate() - ((new Date(now).getDay() + 6) % 7),
    );
    const history = generateHistory(monday, years * 52);
    // The daily reconcile's history too: a 60-teacher staff list, answered blocks, reconciled days (not this week's).
    const practice = addPractice(history, 60, 1);
    const [write] = await time(() =>
      db.transaction('rw', [db.events, db.tags, db.reclaimed, db.staff, db.reconcileDays], async () => {
        await db.events.bulkPut(history.events);
        await db.tags.bulkPut(history.tags);
        await db.reclaimed.bulkPut(history.reclaimed);
        await db.staff.bulkPut(practice.staff);
        await db.reconcileDays.bulkPut(practice.days);
      }),
    );
    await saveSettings(db, { onboarded: true });
    db.close();
    return { events: history.events.length, write };
  },
  /** Stores the deploy/ sample district's policy, as the background would after reading managed storage. */
  async setPolicy() {
    const db = new LeadershipDb();
    await storePolicy(db, SAMPLE_POLICY, Date.now());
    db.close();
  },
  /** Reads and summaries over the seeded history. */
  async measure() {
    const db = new LeadershipDb();
    const now = Date.now();
    const { settings } = await loadSettings(db);
    const week = weekKeyOf(now, settings.weekStartsOn);
    const [baselineMs, baseline] = await time(() => loadBaseline(db, settings, now));
    const [readWeek, view] = await time(() => loadWeek(db, week, settings, now, baseline));
    const [readTrend12] = await time(() => loadTrend(db, week, 12, settings, now, baseline));
    const [readAll, all] = await time(async () => {
      const events = await db.events.toArray();
      const tags = new Map((await db.tags.toArray()).map((t) => [t.eventId, t]));
      return { events, tags, reclaimed: await db.reclaimed.toArray() };
    });
    const first = weekKeyOf(
      all.events.reduce((m, e) => Math.min(m, e.start), Infinity),
      settings.weekStartsOn,
    );
    const input = { ...all, weekStartsOn: settings.weekStartsOn, now };
    const [summaryWeek] = await time(() => summarizeWeeks([week], input, baseline));
    const [summary12] = await time(() => summarizeWeeks(weekKeysBetween(shiftWeek(week, -11), week), input, baseline));
    const [summaryAll, weeks] = await time(() => summarizeWeeks(weekKeysBetween(first, week), input, baseline));
    db.close();
    return {
      baselineMs,
      readWeek,
      readTrend12,
      readAll,
      summaryWeek,
      summary12,
      summaryAll,
      weeks: weeks.length,
      weekEvents: view.events.length,
    };
  },
};
