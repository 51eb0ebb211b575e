import { mergeRows, type CoachRow } from '../exchange/coach';
import { ImportError, readTrendFile } from '../exchange/trend-csv';
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

/**
 * Adds trend files a coach received. Each file is read and validated completely before anything is
 * written; a bad file is reported with its name and the row/field, and the other files still load.
 */
export async function addTrendFiles(db: LeadershipDb, files: readonly { name: string; size: number; text(): Promise<string> }[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const rows = await readTrendFile(file);
      const merged = await db.transaction('rw', [db.coachRows], async () => {
        const keys = rows.map((r) => [r.leader, r.week_start] as [string, string]);
        const current = await db.coachRows.bulkGet(keys);
        const existing = new Map<string, CoachRow>();
        current.forEach((row) => row && existing.set(`${row.leader}\u0000${row.weekStart}`, row));
        const result = mergeRows(existing, file.name, rows);
        await db.coachRows.bulkPut(result.rows);
        return result;
      });
      const conflictText = merged.conflicts.length ? ` ${merged.conflicts.length} leader-weeks disagree with a file added earlier and are flagged.` : '';
      results.push({ file: file.name, ok: true, message: `${rows.length} rows: ${merged.added} new, ${merged.unchanged} already here.${conflictText}`, added: merged.added, unchanged: merged.unchanged, conflicts: merged.conflicts.length });
    } catch (error) {
      const message = error instanceof ImportError ? error.message : `${file.name}: ${(error as Error).message}`;
      results.push({ file: file.name, ok: false, message, added: 0, unchanged: 0, conflicts: 0 });
    }
  }
  return results;
}

export async function removeLeader(db: LeadershipDb, leader: string): Promise<number> {
  return db.coachRows.where('leader').equals(leader).delete();
}
