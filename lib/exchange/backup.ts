// The backup file's contract and versions: docs/file-contracts.md.
import { z, describeZodError } from '../zod';
import { CalendarEventSchema } from '../domain/events/event';
import { WeekPlanSchema } from '../domain/planning/plan';
import { ReclaimedEntrySchema, RecurringEstimateSchema } from '../domain/planning/reclaimed';
import { SettingsSchema } from '../domain/settings/settings';
import { TagSchema } from '../domain/events/tag';
import { NudgeRecordSchema } from '../domain/measure/nudge';
import { RuleSchema } from '../rules/rule';
import type { LeadershipDb } from '../store/db';
import { mergeAllContents, readAllContents } from '../store/backup-repo';
import { CoachRowSchema } from '../domain/coach/coach';
import { CalendarInfoSchema } from '../domain/events/calendars';
import { MAX_STAFF, StaffMemberSchema } from '../domain/reconcile/staff';
import { DayRecordSchema } from '../domain/reconcile/day';

export const BACKUP_FORMAT = 'leadership-calendar-backup';
/**
 * v2 adds the calendars the pages showed (with their names); v3 the daily reconcile's staff list and reconciled days
 * (its answers are on the tags). An older file restores with none of what it lacks.
 */
export const BACKUP_VERSION = 3;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3];
/** Larger files are refused before they are read (10 years of history is a few MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Everything the extension stores, versioned. A restore validates all of it before writing any of it. */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(BACKUP_VERSION)]),
  exportedAt: z.string(),
  settings: SettingsSchema,
  events: z.array(CalendarEventSchema),
  tags: z.array(TagSchema),
  rules: z.array(RuleSchema),
  reclaimed: z.array(ReclaimedEntrySchema),
  recurring: z.array(RecurringEstimateSchema),
  plans: z.array(WeekPlanSchema),
  nudges: z.array(NudgeRecordSchema),
  coachRows: z.array(CoachRowSchema),
  calendars: z.array(CalendarInfoSchema).default([]),
  staff: z.array(StaffMemberSchema).max(MAX_STAFF).default([]),
  reconcileDays: z.array(DayRecordSchema).default([]),
});
export type Backup = z.output<typeof BackupSchema>;

export async function createBackup(db: LeadershipDb, now: Date): Promise<Backup> {
  const contents = await readAllContents(db);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...contents };
}

export class RestoreError extends Error {}

/** Parses and validates a backup file completely; throws a precise error (field path) and writes nothing. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RestoreError(`This is not a backup file: it is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new RestoreError(`This is not a Leadership Calendar backup (expected "format": "${BACKUP_FORMAT}").`);
  }
  if (!READABLE_VERSIONS.includes((json as { version?: unknown }).version)) {
    throw new RestoreError(
      `This backup has format version ${String((json as { version?: unknown }).version)}; this extension reads versions 1 to ${BACKUP_VERSION}.`,
    );
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success)
    throw new RestoreError(`The backup was not restored, nothing changed: ${describeZodError(parsed.error)}`);
  const eventIds = new Set(parsed.data.events.map((e) => e.id));
  const orphan = parsed.data.tags.find((t) => !eventIds.has(t.eventId));
  if (orphan)
    throw new RestoreError(
      `The backup was not restored, nothing changed: a tag refers to an event that is not in the file (${orphan.eventId}).`,
    );
  return parsed.data;
}

/** Applies a validated backup in one transaction, merging by stable ids: restoring twice changes nothing. */
export async function restoreBackup(db: LeadershipDb, backup: Backup): Promise<Record<string, number>> {
  const { format: _format, version: _version, exportedAt: _exportedAt, ...contents } = backup;
  await mergeAllContents(db, contents);
  return {
    events: backup.events.length,
    tags: backup.tags.length,
    reclaimed: backup.reclaimed.length,
    plans: backup.plans.length,
    rules: backup.rules.length,
    coachRows: backup.coachRows.length,
    calendars: backup.calendars.length,
    staff: backup.staff.length,
    reconcileDays: backup.reconcileDays.length,
  };
}
