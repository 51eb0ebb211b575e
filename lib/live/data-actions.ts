import { subMonths } from 'date-fns';
import { createBackup, MAX_BACKUP_BYTES, parseBackup, restoreBackup } from '../exchange/backup';
import { importIcs } from '../exchange/ics-import';
import { deleteAllData } from '../store/backup-repo';
import { toTrendCsv, toTrendJson } from '../exchange/trend-csv';
import { trendRows, type TrendRow } from '../domain/files/trend-format';
import { fromIsoDate, isoDate, shiftWeek, weekKeyOf, weekKeysBetween } from '../domain/time/week';
import type { LeadershipDb } from '../store/db';
import { loadBaseline, loadTrend } from '../store/queries';
import { loadSettings } from '../store/settings-repo';
import { loadPracticeWeeks } from '../store/reconcile-repo';
import { downloadText } from './download';
import { withStoreErrors } from './store-errors';
import { DAY_MS } from '../domain/time/numbers';

/** The options page's data actions, wired to the store (kept out of the React components). */
export function createDataActions(db: LeadershipDb) {
  const rowsFor = async (from: string, to: string): Promise<TrendRow[]> => {
    const { settings } = await loadSettings(db);
    const now = Date.now();
    const first = weekKeyOf(fromIsoDate(from), settings.weekStartsOn);
    const last = weekKeyOf(fromIsoDate(to), settings.weekStartsOn);
    if (last < first) throw new Error('The end of the range is before its start.');
    const weeks = weekKeysBetween(first, last).length;
    if (weeks > 600) throw new Error('Choose at most about ten years (600 weeks).');
    const baseline = await loadBaseline(db, settings, now);
    const summaries = await loadTrend(db, last, weeks, settings, now, baseline);
    const practice = await loadPracticeWeeks(
      db,
      settings,
      summaries.map((s) => s.weekKey),
      now,
    );
    return trendRows(summaries, settings.leaderLabel, settings.role, practice);
  };
  const stamp = () => isoDate(Date.now());
  return withStoreErrors({
    trendRows: rowsFor,
    exportCsv: (rows: TrendRow[]) =>
      downloadText(`leadership-calendar-trend-${stamp()}.csv`, toTrendCsv(rows), 'text/csv'),
    exportJson: (rows: TrendRow[]) =>
      downloadText(`leadership-calendar-trend-${stamp()}.json`, toTrendJson(rows, new Date()), 'application/json'),
    downloadBackup: async () =>
      downloadText(
        `leadership-calendar-backup-${stamp()}.json`,
        JSON.stringify(await createBackup(db, new Date())),
        'application/json',
      ),
    restoreBackup: async (file: File) => {
      if (file.size > MAX_BACKUP_BYTES) throw new Error(`${file.name} is too large to be a backup.`);
      const counts = await restoreBackup(db, parseBackup(await file.text()));
      return (
        `Restored ${counts.events} events, ${counts.tags} tags, ${counts.reclaimed} time-saved entries ` +
        `and ${counts.plans} plans. Anything already here with the same ids was kept in step.`
      );
    },
    importIcs: async (file: File, from: string, to: string) => {
      const range = { start: fromIsoDate(from).getTime(), end: fromIsoDate(to).getTime() + DAY_MS };
      const result = await importIcs(db, file, range, Date.now());
      return (
        `Imported ${file.name}: ${result.added} new events, ${result.updated} updated, ` +
        `${result.unchanged} already here; ${result.tagged} tagged by your rules.` +
        (result.joined
          ? ` ${result.joined} ${result.joined === 1 ? 'is a meeting' : 'are meetings'} already read from your calendar, counted once.`
          : '')
      );
    },
    deleteAll: () => deleteAllData(db),
  });
}

export function dataDefaults(now: number, weekStartsOn: 0 | 1 | 6 = 1) {
  const thisWeek = weekKeyOf(now, weekStartsOn);
  return { from: shiftWeek(thisWeek, -11), to: thisWeek, icsFrom: isoDate(subMonths(now, 6)), icsTo: isoDate(now) };
}
