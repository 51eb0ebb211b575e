import { ReclaimedEntrySchema, type ReclaimedEntry } from '../domain/planning/reclaimed';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';

export type ReclaimedDraft = Omit<ReclaimedEntry, 'id' | 'createdAt'> & { id?: string; createdAt?: number };

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Adds or edits an entry; invalid input is refused with a specific reason and nothing is written. */
export async function saveReclaimed(db: LeadershipDb, draft: ReclaimedDraft, now: number): Promise<ReclaimedEntry> {
  const parsed = ReclaimedEntrySchema.safeParse({
    ...draft,
    id: draft.id ?? newId('reclaimed'),
    createdAt: draft.createdAt ?? now,
  });
  if (!parsed.success) throw new Error(describeZodError(parsed.error));
  await db.reclaimed.put(parsed.data);
  return parsed.data;
}

export async function deleteReclaimed(db: LeadershipDb, id: string): Promise<void> {
  await db.reclaimed.delete(id);
}
