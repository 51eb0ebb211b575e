import { useLiveQuery } from 'dexie-react-hooks';
import type { CoachSummary } from '../domain/coach/coach';
import type { TrendRow } from '../domain/files/trend-format';
import { isoDate } from '../domain/time/week';
import { addTrendFiles } from '../exchange/coach-files';
import { toTrendCsv } from '../exchange/trend-csv';
import { allCoachRows, leaderRows, loadCoachSummary, removeLeader } from '../store/coach-repo';
import type { LeadershipDb } from '../store/db';
import { downloadText } from './download';
import { withStoreErrors } from './store-errors';

/** The coach view's data: the cached cohort summary first, the chosen leader's rows on demand. */
export function useCoachData(
  db: LeadershipDb,
  leader: string | null,
): { summary: CoachSummary | null | undefined; leader: string | null; rows: TrendRow[] | undefined } {
  const summary = useLiveQuery(async () => (await loadCoachSummary(db)) ?? null, [db]);
  const chosen = leader ?? summary?.leaders[0] ?? null;
  const rows = useLiveQuery(async () => (chosen ? leaderRows(db, chosen) : []), [db, chosen]);
  return { summary, leader: chosen, rows };
}

/** The coach view's store actions. */
export function createCoachActions(db: LeadershipDb) {
  return withStoreErrors({
    addFiles: (files: File[]) => addTrendFiles(db, files),
    removeLeader: async (leader: string) => void (await removeLeader(db, leader)),
    exportMerged: async () =>
      downloadText(
        `leadership-calendar-cohort-${isoDate(Date.now())}.csv`,
        toTrendCsv(await allCoachRows(db)),
        'text/csv',
      ),
  });
}
