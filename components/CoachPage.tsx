import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isoDate } from '../lib/domain/week';
import { toTrendCsv } from '../lib/exchange/trend-csv';
import { downloadText } from '../lib/live/download';
import { addTrendFiles, allCoachRows, leaderRows, loadCoachSummary, removeLeader } from '../lib/store/coach-repo';
import type { LeadershipDb } from '../lib/store/db';
import { CoachApp } from './CoachApp';

/** Wires the coach view to the store: the cohort summary first, one leader's rows on demand. */
export function CoachPage({ db }: { db: LeadershipDb }) {
  const summary = useLiveQuery(async () => (await loadCoachSummary(db)) ?? null, [db]);
  const [leader, setLeader] = useState<string | null>(null);
  const chosen = leader ?? summary?.leaders[0] ?? null;
  const rows = useLiveQuery(async () => (chosen ? leaderRows(db, chosen) : []), [db, chosen]);
  return (
    <CoachApp
      summary={summary}
      leader={chosen}
      leaderRows={rows}
      actions={{
        addFiles: (files) => addTrendFiles(db, files),
        removeLeader: async (name) => {
          await removeLeader(db, name);
          if (name === leader) setLeader(null);
        },
        selectLeader: setLeader,
        exportMerged: async () =>
          downloadText(
            `leadership-calendar-cohort-${isoDate(Date.now())}.csv`,
            toTrendCsv(await allCoachRows(db)),
            'text/csv',
          ),
      }}
    />
  );
}
