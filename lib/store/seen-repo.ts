import { addDays } from 'date-fns';
import { DAY_MS } from '../domain/time/numbers';
import { fromIsoDate, isoDate, type TimeRange } from '../domain/time/week';
import type { LeadershipDb } from './db';

/** Local dates whose calendar was fully read, with when (so "Find time" never proposes into unknown time). */
export const SEEN_DAYS_KEY = 'seen-days';
/** Older days are forgotten: nobody plans a week a year and a half back. */
const KEEP_DAYS = 550;

type SeenDays = Record<string, number>;

async function loadSeen(db: LeadershipDb): Promise<SeenDays> {
  const value = (await db.meta.get(SEEN_DAYS_KEY))?.value;
  return value && typeof value === 'object' ? (value as SeenDays) : {};
}

/** Marks every local date the range covers as seen. Call inside a transaction that includes `meta`. */
export async function markDaysSeen(db: LeadershipDb, range: TimeRange, now: number): Promise<void> {
  const seen = await loadSeen(db);
  let changed = false;
  for (let day = fromIsoDate(isoDate(range.start)); day.getTime() < range.end; day = addDays(day, 1)) {
    const key = isoDate(day);
    if (!seen[key]) changed = true;
    seen[key] = now;
  }
  const oldest = isoDate(now - KEEP_DAYS * DAY_MS);
  for (const key of Object.keys(seen)) {
    if (key < oldest) {
      delete seen[key];
      changed = true;
    }
  }
  if (changed) await db.meta.put({ key: SEEN_DAYS_KEY, value: seen });
}

/** Which of these local dates have not been read on the calendar yet. */
export async function unseenDays(db: LeadershipDb, dates: readonly string[]): Promise<string[]> {
  const seen = await loadSeen(db);
  return dates.filter((d) => !seen[d]);
}
