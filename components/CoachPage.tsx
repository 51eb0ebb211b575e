import { useLiveQuery } from 'dexie-react-hooks';
import { isoDate } from '../lib/domain/week';
import { toTrendCsv } from '../lib/exchange/trend-csv';
import { downloadText } from '../lib/live/download';
import { addTrendFiles, removeLeader } from '../lib/store/coach-repo';
import type { LeadershipDb } from '../lib/store/db';
import { CoachApp } from './CoachApp';

/** Wires the coach view to the store (the view itself only gets rows and actions). */
export function CoachPage({ db }: { db: LeadershipDb }) {
  const rows = useLiveQuery(() => db.coachRows.toArray(), [db]);
  return (
    <CoachApp
      rows={rows}
      actions={{
        addFiles: (files) => addTrendFiles(db, files),
        removeLeader: async (leader) => void (await removeLeader(db, leader)),
        exportMerged: (all) => downloadText(`leadership-calendar-cohort-${isoDate(Date.now())}.csv`, toTrendCsv(all), 'text/csv'),
      }}
    />
  );
}
