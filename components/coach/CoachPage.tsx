import { useMemo, useState } from 'react';
import { createCoachActions, useCoachData } from '../../lib/live/coach';
import type { LeadershipDb } from '../../lib/store/db';
import { CoachApp } from './CoachApp';

/** Wires the coach view to its data and actions (lib/live); the view itself only renders. */
export function CoachPage({ db }: { db: LeadershipDb }) {
  const [leader, setLeader] = useState<string | null>(null);
  const data = useCoachData(db, leader);
  const store = useMemo(() => createCoachActions(db), [db]);
  return (
    <CoachApp
      summary={data.summary}
      leader={data.leader}
      leaderRows={data.rows}
      actions={{
        ...store,
        removeLeader: async (name) => {
          await store.removeLeader(name);
          if (name === leader) setLeader(null);
        },
        selectLeader: setLeader,
        print: () => window.print(),
      }}
    />
  );
}
