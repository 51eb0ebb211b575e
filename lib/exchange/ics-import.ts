import { type RawEvent, RawEventSchema, type Source } from '../domain/events/event';
import type { TimeRange } from '../domain/time/week';
import type { LeadershipDb } from '../store/db';
import { type ImportResult, recordImportedEvents } from '../store/import-repo';
import { describeZodError } from '../zod';
import { IcsError, MAX_ICS_BYTES, parseIcs } from './ics';

/**
 * Imports calendar history from an .ics file. Everything is parsed and validated first; then the events
 * are stored like captured ones (Google UIDs join the live Google events), in one transaction.
 * A malformed file changes nothing.
 */
export async function importIcs(
  db: LeadershipDb,
  file: { name: string; size: number; text(): Promise<string> },
  range: TimeRange,
  now: number,
): Promise<ImportResult> {
  if (file.size > MAX_ICS_BYTES) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    throw new IcsError(
      `${file.name} is ${mb(file.size)} MB; calendar files up to ${mb(MAX_ICS_BYTES)} MB can be imported.`,
    );
  }
  const bySource = new Map<Source, RawEvent[]>();
  for (const [i, event] of parseIcs(await file.text(), range).entries()) {
    const parsed = RawEventSchema.safeParse(event.raw);
    if (!parsed.success) {
      throw new IcsError(`Event ${i + 1} ("${event.raw.title}") is not valid: ${describeZodError(parsed.error)}`);
    }
    const list = bySource.get(event.source) ?? [];
    list.push(parsed.data);
    bySource.set(event.source, list);
  }
  return recordImportedEvents(db, bySource, now);
}
