import { RawEventSchema, type RawEvent } from '../domain/event';
import { IcsError, MAX_ICS_BYTES, parseIcs } from '../exchange/ics';
import type { TimeRange } from '../domain/week';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';
import { recordScan } from './events-repo';

export interface IcsImportResult {
  added: number;
  updated: number;
  unchanged: number;
  tagged: number;
}

/**
 * Imports calendar history from an .ics file. Everything is parsed and validated first; then the events
 * go through the same rules and store as captured ones (Google UIDs join the live Google events), in one
 * transaction. Importing the same file again adds nothing; a malformed file changes nothing.
 */
export async function importIcs(
  db: LeadershipDb,
  file: { name: string; size: number; text(): Promise<string> },
  range: TimeRange,
  now: number,
): Promise<IcsImportResult> {
  if (file.size > MAX_ICS_BYTES)
    throw new IcsError(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; calendar files up to ${MAX_ICS_BYTES / 1024 / 1024} MB can be imported.`,
    );
  const events = parseIcs(await file.text(), range);
  const bySource = new Map<'google' | 'ics', RawEvent[]>([
    ['google', []],
    ['ics', []],
  ]);
  for (const [i, event] of events.entries()) {
    const parsed = RawEventSchema.safeParse(event.raw);
    if (!parsed.success)
      throw new IcsError(`Event ${i + 1} ("${event.raw.title}") is not valid: ${describeZodError(parsed.error)}`);
    bySource.get(event.source)!.push(parsed.data);
  }
  return db.transaction('rw', [db.events, db.tags, db.rules], async () => {
    const total: IcsImportResult = { added: 0, updated: 0, unchanged: 0, tagged: 0 };
    for (const [source, list] of bySource) {
      if (list.length === 0) continue;
      // No range: an import never marks anything removed.
      const result = await recordScan(db, { source, range: null, complete: false, events: list, now });
      total.added += result.added;
      total.updated += result.updated;
      total.unchanged += result.unchanged;
      total.tagged += result.tagged;
    }
    return total;
  });
}
