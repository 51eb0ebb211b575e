import { z } from '../zod';
import { HOST_IDS } from '../domain/events/hosts';
import type { LeadershipDb } from './db';

/** What the last calendar page read looked like: the side panel follows the on-screen week and shows read failures. */
export const ReadHealthSchema = z.strictObject({
  source: z.enum(HOST_IDS),
  view: z.string(),
  range: z.strictObject({ start: z.number(), end: z.number() }).nullable(),
  elements: z.number().int().min(0),
  failures: z.number().int().min(0),
  /** False when the view had events but none could be read, so nothing was recorded. */
  recorded: z.boolean(),
  at: z.number(),
  /** The calendar site's host name (Outlook has several; its compose link must go to the leader's). */
  hostname: z.string().max(253).optional(),
  /** Reads in which at least one event could not be parsed, since install. */
  failedReads: z.number().int().min(0),
});
export type ReadHealth = z.infer<typeof ReadHealthSchema>;

export const READ_HEALTH_KEY = 'read-health';

export async function recordReadHealth(db: LeadershipDb, read: Omit<ReadHealth, 'failedReads'>): Promise<void> {
  await db.transaction('rw', [db.meta], async () => {
    const previous = await loadReadHealth(db);
    const failedReads = (previous?.failedReads ?? 0) + (read.failures > 0 ? 1 : 0);
    await db.meta.put({ key: READ_HEALTH_KEY, value: { ...read, failedReads } });
  });
}

export async function loadReadHealth(db: LeadershipDb): Promise<ReadHealth | null> {
  const row = await db.meta.get(READ_HEALTH_KEY);
  const parsed = ReadHealthSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** The last capture that could not be saved (quota, closed database), until one is saved again. */
export const STORE_PROBLEM_KEY = 'store-problem';
export const StoreProblemSchema = z.strictObject({ text: z.string().max(500), at: z.number() });
export type StoreProblem = z.infer<typeof StoreProblemSchema>;

/** Best effort: with the disk full even this small write may fail, and that must not hide the first error. */
export async function recordStoreProblem(db: LeadershipDb, problem: StoreProblem): Promise<void> {
  await db.meta.put({ key: STORE_PROBLEM_KEY, value: problem }).catch(() => undefined);
}

export async function clearStoreProblem(db: LeadershipDb): Promise<void> {
  await db.meta.delete(STORE_PROBLEM_KEY).catch(() => undefined);
}

export async function loadStoreProblem(db: LeadershipDb): Promise<StoreProblem | null> {
  const parsed = StoreProblemSchema.safeParse((await db.meta.get(STORE_PROBLEM_KEY))?.value);
  return parsed.success ? parsed.data : null;
}
