import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../domain/settings';
import type { WeekSummary } from '../domain/summary';
import type { LeadershipDb } from '../store/db';
import { loadBaseline, loadTrend, loadWeek, type WeekView } from '../store/queries';
import { loadReadHealth, type ReadHealth } from '../store/read-health';
import { loadSettings } from '../store/settings-repo';
import type { SettingsRead } from '../domain/settings';

/** Live settings (re-read through the schema on every change). `undefined` while loading. */
export function useSettings(db: LeadershipDb): SettingsRead | undefined {
  return useLiveQuery(() => loadSettings(db), [db]);
}

export function useReadHealth(db: LeadershipDb): ReadHealth | null | undefined {
  return useLiveQuery(() => loadReadHealth(db), [db]);
}

/** One week's events, tags and summary, updated whenever the database changes. */
export function useWeek(db: LeadershipDb, weekKey: string, settings: Settings | undefined, now: number): WeekView | undefined {
  return useLiveQuery(async () => (settings ? loadWeek(db, weekKey, settings, now) : undefined), [db, weekKey, settings, now]);
}

export function useTrend(db: LeadershipDb, lastWeekKey: string, weeks: number, settings: Settings | undefined, now: number): WeekSummary[] | undefined {
  return useLiveQuery(async () => {
    if (!settings) return undefined;
    const baseline = await loadBaseline(db, settings, now);
    return loadTrend(db, lastWeekKey, weeks, settings, now, baseline);
  }, [db, lastWeekKey, weeks, settings, now]);
}
