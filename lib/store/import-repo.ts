import type { RawEvent, Source } from '../domain/events/event';
import { captureTables, type LeadershipDb } from './db';
import { recordScan } from './events-repo';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  tagged: number;
  /** Imported events that are meetings already seen live (kept, counted once). */
  joined: number;
}

/**
 * Stores validated imported events through the same rules and store as captured ones, all sources in
 * one transaction. An import has no range, so it never marks anything removed; importing again adds nothing.
 */
export async function recordImportedEvents(
  db: LeadershipDb,
  bySource: ReadonlyMap<Source, readonly RawEvent[]>,
  now: number,
): Promise<ImportResult> {
  return db.transaction('rw', captureTables(db), async () => {
    const total: ImportResult = { added: 0, updated: 0, unchanged: 0, tagged: 0, joined: 0 };
    for (const [source, list] of bySource) {
      if (list.length === 0) continue;
      const result = await recordScan(db, { source, range: null, complete: false, events: [...list], now });
      total.added += result.added;
      total.updated += result.updated;
      total.unchanged += result.unchanged;
      total.tagged += result.tagged;
      total.joined += result.joined;
    }
    return total;
  });
}
