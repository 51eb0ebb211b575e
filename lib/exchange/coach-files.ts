import type { LeadershipDb } from '../store/db';
import { mergeTrendFiles, type TrendFileRows } from '../store/coach-repo';
import { ImportError, readTrendFile } from './trend-csv';

export interface FileResult {
  file: string;
  ok: boolean;
  /** What happened, or exactly what is wrong and where. */
  message: string;
  added: number;
  unchanged: number;
  conflicts: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Adds trend files a coach received. Each file is read and validated completely first; a bad file is
 * reported with its name and the row/field, and the other files still load in one transaction.
 */
export async function addTrendFiles(
  db: LeadershipDb,
  files: readonly { name: string; size: number; text(): Promise<string> }[],
): Promise<FileResult[]> {
  const read: ({ rows: TrendFileRows['rows'] } | { problem: string })[] = [];
  for (const file of files) {
    try {
      read.push({ rows: await readTrendFile(file) });
    } catch (error) {
      read.push({
        problem: error instanceof ImportError ? error.message : `${file.name}: ${(error as Error).message}`,
      });
    }
  }
  const valid = read.flatMap((r, index) => ('rows' in r ? [{ name: files[index]!.name, rows: r.rows, index }] : []));
  const counts = await mergeTrendFiles(db, valid);
  const merged = new Map(valid.map((file, i) => [file.index, counts[i]!]));
  return read.map((r, index) => {
    const file = files[index]!.name;
    if ('problem' in r) return { file, ok: false, message: r.problem, added: 0, unchanged: 0, conflicts: 0 };
    const { added, unchanged, conflicts } = merged.get(index)!;
    const conflictText = conflicts
      ? ` ${plural(conflicts, 'leader-week disagrees', 'leader-weeks disagree')} with a file added earlier` +
        ` and ${conflicts === 1 ? 'is' : 'are'} flagged.`
      : '';
    const message = `${plural(r.rows.length, 'row', 'rows')}: ${added} new, ${unchanged} already here.${conflictText}`;
    return { file, ok: true, message, added, unchanged, conflicts };
  });
}
