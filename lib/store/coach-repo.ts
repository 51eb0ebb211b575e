import { COACH_SUMMARY_VERSION, type CoachRow, type CoachSummary, mergeRows } from '../domain/coach/coach';
import type { TrendRow } from '../domain/files/trend-format';
import { COACH_SUMMARY_KEY, type LeadershipDb } from './db';
import { rebuildCoachSummary } from './derived';

/** One validated trend file's rows, and what merging it did. */
export interface TrendFileRows {
  name: string;
  rows: TrendRow[];
}
export interface MergeCounts {
  added: number;
  unchanged: number;
  conflicts: number;
}

/** The cached summary (derived.ts keeps it current; db.ts rebuilds one of an older shape on upgrade). */
export async function loadCoachSummary(db: LeadershipDb): Promise<CoachSummary | null> {
  const value = (await db.meta.get(COACH_SUMMARY_KEY))?.value as CoachSummary | undefined;
  return value?.version === COACH_SUMMARY_VERSION ? value : null;
}

export async function leaderRows(db: LeadershipDb, leader: string): Promise<TrendRow[]> {
  return (await db.coachRows.where('leader').equals(leader).sortBy('weekStart')).map((r) => r.row);
}

/**
 * Merges validated trend files in one transaction, in order: later files see earlier ones, so
 * disagreements between them are flagged. Returns what happened per file, in the same order.
 */
export async function mergeTrendFiles(db: LeadershipDb, files: readonly TrendFileRows[]): Promise<MergeCounts[]> {
  if (files.length === 0) return [];
  return db.transaction('rw', [db.coachRows, db.meta], async () => {
    const keyOf = (leader: string, week: string) => `${leader}\u0000${week}`;
    const keys = [
      ...new Map(
        files.flatMap((f) =>
          f.rows.map((r) => [keyOf(r.leader, r.week_start), [r.leader, r.week_start] as [string, string]]),
        ),
      ).values(),
    ];
    const existing = new Map<string, CoachRow>();
    for (const row of await db.coachRows.bulkGet(keys)) {
      if (row) existing.set(keyOf(row.leader, row.weekStart), row);
    }
    const changed = new Map<string, CoachRow>();
    const counts: MergeCounts[] = [];
    for (const file of files) {
      const merged = mergeRows(existing, file.name, file.rows);
      for (const row of merged.rows) {
        existing.set(keyOf(row.leader, row.weekStart), row);
        changed.set(keyOf(row.leader, row.weekStart), row);
      }
      counts.push({ added: merged.added, unchanged: merged.unchanged, conflicts: merged.conflicts.length });
    }
    await db.coachRows.bulkPut([...changed.values()]);
    await rebuildCoachSummary(db);
    return counts;
  });
}

export async function removeLeader(db: LeadershipDb, leader: string): Promise<number> {
  return db.transaction('rw', [db.coachRows, db.meta], async () => {
    const removed = await db.coachRows.where('leader').equals(leader).delete();
    await rebuildCoachSummary(db);
    return removed;
  });
}

export async function allCoachRows(db: LeadershipDb): Promise<TrendRow[]> {
  return (await db.coachRows.toArray()).map((r) => r.row);
}
