import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../domain/settings/settings';
import type { Baseline, WeekSummary } from '../domain/measure/summary';
import type { LeadershipDb } from '../store/db';
import { loadBaseline, loadTrend, loadWeek, type WeekView } from '../store/queries';
import { loadReadHealth, loadStoreProblem, type ReadHealth, type StoreProblem } from '../store/read-health';
import { loadSettings, type SettingsInUse } from '../store/settings-repo';
import type { Account, CalendarInfo } from '../domain/events/calendars';
import { loadAccount, loadCalendarDirectory } from '../store/calendars-repo';

/** Live settings (re-read through the schema on every change). `undefined` while loading. */
export function useSettings(db: LeadershipDb): SettingsInUse | undefined {
  return useLiveQuery(() => loadSettings(db), [db]);
}

export function useTrend(
  db: LeadershipDb,
  lastWeekKey: string,
  weeks: number,
  settings: Settings | undefined,
  now: number,
  baseline: Baseline | undefined,
): WeekSummary[] | undefined {
  return useLiveQuery(
    async () => (settings && baseline ? loadTrend(db, lastWeekKey, weeks, settings, now, baseline) : undefined),
    [db, lastWeekKey, weeks, settings, now, baseline],
  );
}

export interface PanelData {
  settingsRead: SettingsInUse;
  health: ReadHealth | null;
  /** The last capture that could not be saved (disk full, database closed), until one is saved again. */
  storeProblem: StoreProblem | null;
  weekKey: string;
  baseline: Baseline;
  week: WeekView | null;
  /** Every calendar pages have shown, by key, and the signed-in account (whose time it is). */
  calendars: { directory: Map<string, CalendarInfo>; account: Account | null };
}

/**
 * Everything the panel needs for its first paint in one live query (settings → on-screen week →
 * baseline → week), instead of a waterfall of hooks that each wait for a render. Measured with
 * `npm run bench` (side panel first summary with 10 years of history).
 */
export function usePanelData(
  db: LeadershipDb,
  chosenWeek: string | null,
  now: number,
  pickWeek: PickWeek,
  withWeek = true,
): PanelData | undefined {
  // One read-only transaction for every read of the first paint: a read outside one opens and commits
  // a transaction of its own, a round trip to the database each.
  return useLiveQuery(
    () => db.transaction('r', db.tables, () => firstPaint(db, chosenWeek, now, pickWeek, withWeek)),
    [db, chosenWeek, now, withWeek],
  );
}

type PickWeek = (health: ReadHealth | null, now: number, weekStartsOn: Settings['weekStartsOn']) => string;

async function firstPaint(
  db: LeadershipDb,
  chosenWeek: string | null,
  now: number,
  pickWeek: PickWeek,
  withWeek: boolean,
) {
  const [settingsRead, health, storeProblem, directory, account] = await Promise.all([
    loadSettings(db),
    loadReadHealth(db),
    loadStoreProblem(db),
    loadCalendarDirectory(db),
    loadAccount(db),
  ]);
  const calendars = { directory, account };
  const weekKey = chosenWeek ?? pickWeek(health, now, settingsRead.settings.weekStartsOn);
  if (!settingsRead.settings.onboarded || !withWeek)
    return {
      settingsRead,
      health,
      storeProblem,
      weekKey,
      baseline: { hours: null, source: 'none', weeks: [] },
      week: null,
      calendars,
    } satisfies PanelData;
  // Baseline and week are read side by side (the week's summary waits for the baseline, not its reads).
  const baseline = loadBaseline(db, settingsRead.settings, now);
  const week = await loadWeek(db, weekKey, settingsRead.settings, now, baseline);
  return { settingsRead, health, storeProblem, weekKey, baseline: await baseline, week, calendars } satisfies PanelData;
}
