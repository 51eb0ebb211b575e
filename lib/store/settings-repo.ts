import { choicesAfter, resolveSettings, type District } from '../domain/settings/district';
import { SettingsSchema, type Settings, type SettingsInput, type SettingsRead } from '../domain/settings/settings';
import { describeZodError } from '../zod';
import type { LeadershipDb } from './db';
import { districtOf, POLICY_KEY } from './policy-repo';

export const SETTINGS_KEY = 'settings';

export type SettingsInUse = SettingsRead & { district: District };

/**
 * The settings in use: the leader's stored choices resolved with the district's policy (domain/settings/district.ts).
 * Every read of stored settings goes through the schema (see readSettings).
 */
export async function loadSettings(db: LeadershipDb): Promise<SettingsInUse> {
  const [row, policy] = await db.meta.bulkGet([SETTINGS_KEY, POLICY_KEY]);
  const district = districtOf(policy?.value);
  return { ...resolveSettings(row?.value, district), district };
}

/**
 * Validates the whole settings object first; an invalid change, or a change to a setting the district locked, is
 * refused with the reason and nothing is written. Only the leader's own choices are stored.
 */
export async function saveSettings(db: LeadershipDb, patch: Partial<SettingsInput>): Promise<Settings> {
  return db.transaction('rw', [db.meta], async () => {
    const [row, policy] = await db.meta.bulkGet([SETTINGS_KEY, POLICY_KEY]);
    const district = districtOf(policy?.value);
    const { settings } = resolveSettings(row?.value, district);
    const parsed = SettingsSchema.safeParse({ ...settings, ...patch });
    if (!parsed.success) throw new Error(`Settings not saved: ${describeZodError(parsed.error)}`);
    const next = choicesAfter(row?.value, parsed.data, district);
    if ('refused' in next) throw new Error(`Settings not saved: ${next.refused}`);
    await db.meta.put({ key: SETTINGS_KEY, value: next.choices });
    return resolveSettings(next.choices, district).settings;
  });
}
