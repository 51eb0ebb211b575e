import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isoDate, weekRange } from '../lib/domain/week';
import { deleteReclaimed, saveReclaimed } from '../lib/store/reclaimed-repo';
import { ReclaimedForm } from './ReclaimedForm';
import { weekKeyOf } from '../lib/domain/week';
import { shiftWeek } from '../lib/domain/week';
import { useReadHealth, useSettings, useWeek } from '../lib/live/hooks';
import { useNow } from '../lib/live/use-now';
import type { LeadershipDb } from '../lib/store/db';
import type { ReadHealth } from '../lib/store/read-health';
import { EmptyWeek } from './EmptyWeek';
import { EventList } from './EventList';
import { WeekGlance } from './WeekGlance';
import { WeekSwitcher } from './WeekSwitcher';

/** A calendar read within this window decides which week the panel opens on. */
const ON_SCREEN_WINDOW_MS = 30 * 60_000;

export function onScreenWeek(health: ReadHealth | null | undefined, now: number, weekStartsOn: 0 | 1 | 6): string {
  if (health?.range && now - health.at < ON_SCREEN_WINDOW_MS) {
    return weekKeyOf(health.range.start + (health.range.end - health.range.start) / 2, weekStartsOn);
  }
  return weekKeyOf(now, weekStartsOn);
}

interface Props {
  db: LeadershipDb;
}

export function SidePanelApp({ db }: Props) {
  const now = useNow();
  const settingsRead = useSettings(db);
  const health = useReadHealth(db);
  const [chosenWeek, setChosenWeek] = useState<string | null>(null);
  const settings = settingsRead?.settings;
  const followWeek = settings ? onScreenWeek(health, now, settings.weekStartsOn) : weekKeyOf(now, 1);
  const weekKey = chosenWeek ?? followWeek;
  const week = useWeek(db, weekKey, settings, now);
  const thisWeek = settings ? weekKeyOf(now, settings.weekStartsOn) : weekKey;
  const range = weekRange(weekKey);
  const entries = useLiveQuery(() => db.reclaimed.where('date').between(isoDate(range.start), isoDate(range.end - 1), true, true).toArray(), [db, weekKey]);
  const unreadable = health ? !health.recorded && health.range !== null && weekKeyOf(health.range.start, settings?.weekStartsOn ?? 1) === weekKey : false;

  return (
    <main>
      <h1>Leadership Calendar</h1>
      <WeekSwitcher
        weekKey={weekKey}
        isCurrent={weekKey === thisWeek}
        onPrevious={() => setChosenWeek(shiftWeek(weekKey, -1))}
        onNext={() => setChosenWeek(shiftWeek(weekKey, 1))}
        onToday={() => setChosenWeek(thisWeek)}
      />
      {week === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {unreadable && <EmptyWeek unreadable />}
          <WeekGlance summary={week.summary} />
          <ReclaimedForm
            today={isoDate(now)}
            entries={entries ?? []}
            onSave={async (draft) => void (await saveReclaimed(db, draft, Date.now()))}
            onDelete={(id) => deleteReclaimed(db, id)}
          />
          {week.events.length === 0 ? (
            !unreadable && <EmptyWeek />
          ) : (
            <section className="card" aria-labelledby="events-heading">
              <h2 id="events-heading">Events this week</h2>
              <EventList events={week.events} tags={week.tags} />
            </section>
          )}
        </>
      )}
    </main>
  );
}
