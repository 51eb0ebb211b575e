import { readSettings, SettingsSchema, type Settings, type SettingsRead } from '../domain/settings/settings';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';

export const SETTINGS_KEY = 'settings';

/** Every read of stored settings goes through the schema (see readSettings). */
export async function loadSettings(db: LeadershipDb): Promise<SettingsRead> {
  const row = await db.meta.get(SETTINGS_KEY);
  return readSettings(row?.value);
}

/** Validates the whole settings object first; an invalid change is refused with the reason and nothing is written. */
export async function saveSettings(db: LeadershipDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', [db.meta], async () => {
    const { settings } = await loadSettings(db);
    const parsed = SettingsSchema.safeParse({ ...settings, ...patch });
    if (!parsed.success) throw new Error(`Settings not saved: ${describeZodError(parsed.error)}`);
    await db.meta.put({ key: SETTINGS_KEY, value: parsed.data });
    return parsed.data;
  });
}
