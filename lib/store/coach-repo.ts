import { cohortByWeek, mergeRows, type CoachRow, type CohortWeek } from '../exchange/coach';
import { ImportError, readTrendFile } from '../exchange/trend-csv';
import type { TrendRow } from '../exchange/trend-format';
import type { LeadershipDb } from './db';

export interface FileResult {
  file: string;
  ok: boolean;
  /** What happened, or exactly what is wrong and where. */
  message: string;
  added: number;
  unchanged: number;
  conflicts: number;
}

/** What the coach view draws first, kept up to date with every change (measured: reading 52,000 rows takes seconds). */
export interface CoachSummary {
  weeks: CohortWeek[];
  leaders: string[];
  rows: number;
  conflicts: { leader: string; weekStart: string; files: string[]; others: string[] }[];
}

export const COACH_SUMMARY_KEY = 'coach-summary';

async function refreshSummary(db: LeadershipDb): Promise<void> {
  const all = await db.coachRows.toArray();
  const summary: CoachSummary = {
    weeks: cohortByWeek(all.map((r) => r.row)),
    leaders: [...new Set(all.map((r) => r.leader))].sort(),
    rows: all.length,
    conflicts: all
      .filter((r) => r.conflicts.length > 0)
      .map((r) => ({
        leader: r.leader,
        weekStart: r.weekStart,
        files: r.files,
        others: r.conflicts.map((c) => c.file),
      })),
  };
  await db.meta.put({ key: COACH_SUMMARY_KEY, value: summary });
}

export async function loadCoachSummary(db: LeadershipDb): Promise<CoachSummary | null> {
  return ((await db.meta.get(COACH_SUMMARY_KEY))?.value as CoachSummary | undefined) ?? null;
}

export async function leaderRows(db: LeadershipDb, leader: string): Promise<TrendRow[]> {
  return (await db.coachRows.where('leader').equals(leader).sortBy('weekStart')).map((r) => r.row);
}

/**
 * Adds trend files a coach received. Each file is read and validated completely first; a bad file is
 * reported with its name and the row/field, and the other files still load. All valid files are then
 * merged in one transaction (later files see earlier ones, so disagreements between them are flagged).
 */
export async function addTrendFiles(
  db: LeadershipDb,
  files: readonly { name: string; size: number; text(): Promise<string> }[],
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const valid: { name: string; rows: TrendRow[]; index: number }[] = [];
  for (const file of files) {
    try {
      valid.push({ name: file.name, rows: await readTrendFile(file), index: results.length });
      results.push({ file: file.name, ok: true, message: '', added: 0, unchanged: 0, conflicts: 0 });
    } catch (error) {
      const message = error instanceof ImportError ? error.message : `${file.name}: ${(error as Error).message}`;
      results.push({ file: file.name, ok: false, message, added: 0, unchanged: 0, conflicts: 0 });
    }
  }
  if (valid.length === 0) return results;
  await db.transaction('rw', [db.coachRows, db.meta], async () => {
    const keyOf = (leader: string, week: string) => `${leader}\u0000${week}`;
    const keys = [
      ...new Map(
        valid.flatMap((f) =>
          f.rows.map((r) => [keyOf(r.leader, r.week_start), [r.leader, r.week_start] as [string, string]]),
        ),
      ).values(),
    ];
    const existing = new Map<string, CoachRow>();
    (await db.coachRows.bulkGet(keys)).forEach((row) => row && existing.set(keyOf(row.leader, row.weekStart), row));
    const changed = new Map<string, CoachRow>();
    for (const file of valid) {
      const merged = mergeRows(existing, file.name, file.rows);
      for (const row of merged.rows) {
        existing.set(keyOf(row.leader, row.weekStart), row);
        changed.set(keyOf(row.leader, row.weekStart), row);
      }
      const conflictText = merged.conflicts.length
        ? ` ${merged.conflicts.length} ${merged.conflicts.length === 1 ? 'leader-week disagrees' : 'leader-weeks disagree'} with a file added earlier and ${merged.conflicts.length === 1 ? 'is' : 'are'} flagged.`
        : '';
      results[file.index] = {
        file: file.name,
        ok: true,
        message: `${file.rows.length} ${file.rows.length === 1 ? 'row' : 'rows'}: ${merged.added} new, ${merged.unchanged} already here.${conflictText}`,
        added: merged.added,
        unchanged: merged.unchanged,
        conflicts: merged.conflicts.length,
      };
    }
    await db.coachRows.bulkPut([...changed.values()]);
    await refreshSummary(db);
  });
  return results;
}

export async function removeLeader(db: LeadershipDb, leader: string): Promise<number> {
  return db.transaction('rw', [db.coachRows, db.meta], async () => {
    const removed = await db.coachRows.where('leader').equals(leader).delete();
    await refreshSummary(db);
    return removed;
  });
}

export async function allCoachRows(db: LeadershipDb): Promise<TrendRow[]> {
  return (await db.coachRows.toArray()).map((r) => r.row);
}
