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
  const results: FileResult[] = [];
  const valid: (TrendFileRows & { index: number })[] = [];
  for (const file of files) {
    try {
      valid.push({ name: file.name, rows: await readTrendFile(file), index: results.length });
      results.push({ file: file.name, ok: true, message: '', added: 0, unchanged: 0, conflicts: 0 });
    } catch (error) {
      const message = error instanceof ImportError ? error.message : `${file.name}: ${(error as Error).message}`;
      results.push({ file: file.name, ok: false, message, added: 0, unchanged: 0, conflicts: 0 });
    }
  }
  const counts = await mergeTrendFiles(db, valid);
  valid.forEach((file, i) => {
    const { added, unchanged, conflicts } = counts[i]!;
    const conflictText = conflicts
      ? ` ${plural(conflicts, 'leader-week disagrees', 'leader-weeks disagree')} with a file added earlier` +
        ` and ${conflicts === 1 ? 'is' : 'are'} flagged.`
      : '';
    const message = `${plural(file.rows.length, 'row', 'rows')}: ${added} new, ${unchanged} already here.${conflictText}`;
    results[file.index] = { file: file.name, ok: true, message, added, unchanged, conflicts };
  });
  return results;
}
