import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { activityLabel, setDistrictActivities } from '../../lib/domain/events/activities';
import { DEFAULT_SETTINGS } from '../../lib/domain/settings/settings';
import { readManaged, startPolicy, type ManagedStorage } from '../../lib/background/policy';
import { LeadershipDb } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { loadDistrict, storePolicy } from '../../lib/store/policy-repo';
import { listRules } from '../../lib/store/rule-list';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { freshDb, rawEvent } from '../builders';

afterEach(() => setDistrictActivities([], []));

const LOCKED_DAY = {
  organizationName: 'Lincoln USD',
  schoolDay: { start: '07:45', end: '15:15' },
  coachName: 'Ms. Ortiz',
  lockedSettings: ['schoolDay'],
};

describe('the stored policy and the settings in use', () => {
  test('a locked setting cannot be saved, nothing is written, and other settings still save', async () => {
    const db = freshDb();
    await saveSettings(db, { leaderLabel: 'Leader B' });
    await storePolicy(db, LOCKED_DAY, 1);
    const { settings, district } = await loadSettings(db);
    expect(settings.schoolDay.start).toBe('07:45');
    expect(district.organization).toBe('Lincoln USD');
    await expect(saveSettings(db, { schoolDay: { ...settings.schoolDay, start: '09:00' } })).rejects.toThrow(
      'Settings not saved: The school day is set by Lincoln USD and cannot be changed here.',
    );
    expect((await db.meta.get('settings'))!.value).toEqual({ leaderLabel: 'Leader B' });
    await saveSettings(db, { coachName: 'Mr. Lee' });
    expect((await loadSettings(db)).settings).toMatchObject({ coachName: 'Mr. Lee', leaderLabel: 'Leader B' });
  });

  test('removing the policy returns the leader’s own settings', async () => {
    const db = freshDb();
    await saveSettings(db, { leaderLabel: 'Leader B' });
    expect(await storePolicy(db, LOCKED_DAY, 1)).toBe(true);
    expect(await storePolicy(db, LOCKED_DAY, 2)).toBe(false);
    expect(await storePolicy(db, {}, 3)).toBe(true);
    const { settings, district } = await loadSettings(db);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, leaderLabel: 'Leader B' });
    expect(district.organization).toBeNull();
  });

  test('a tag on an activity the district removed keeps it, named as retired', async () => {
    const db = freshDb();
    const ard = { id: 'ard-meeting', label: 'ARD meeting', kind: 'operational' };
    await storePolicy(db, { activities: [ard], keywordRules: [{ keywords: ['ARD'], activity: 'ard-meeting' }] }, 1);
    await loadDistrict(db);
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [rawEvent('a', 'ARD for grade 3', 0, '09:00', '10:00')],
      now: 1,
    });
    expect(await db.tags.get('google:a')).toMatchObject({
      activity: 'ard-meeting',
      kind: 'operational',
      setBy: 'rule',
    });
    await db.tags.update('google:a', { setBy: 'person' });

    await storePolicy(db, {}, 2);
    await loadDistrict(db);
    expect(await db.tags.get('google:a')).toMatchObject({ activity: 'ard-meeting', kind: 'operational' });
    expect(activityLabel('ard-meeting')).toBe('ARD meeting (retired)');
    expect((await listRules(db)).some((r) => r.id.startsWith('district-'))).toBe(false);
  });
});

describe('reading the browser’s managed storage', () => {
  const storage = (get: () => Promise<Record<string, unknown>>) => {
    const listeners: ((changes: unknown, area: string) => void)[] = [];
    const s: ManagedStorage = { managed: { get }, onChanged: { addListener: (l) => listeners.push(l) } };
    const fire = (area: string) => {
      for (const l of listeners) l({}, area);
    };
    return { s, fire };
  };

  test('a rejected read (Firefox with no policy) is no policy, never an error', async () => {
    expect(
      await readManaged({ managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } }),
    ).toEqual({});
    expect(await readManaged({ managed: { get: () => Promise.resolve(undefined as never) } })).toEqual({});
  });

  test('re-applies when the browser says the managed area changed, one read at a time', async () => {
    const db = freshDb();
    let value: Record<string, unknown> = {};
    const { s, fire } = storage(async () => value);
    const afterChange = vi.fn(async () => {});
    const policy = startPolicy(() => db, { storage: s, now: () => 5, log: () => {}, afterChange });
    // Start-up and a change event together: both finish, and the policy is stored once per change.
    await Promise.all([policy.apply(), policy.apply()]);
    expect(afterChange).toHaveBeenCalledTimes(1);
    value = LOCKED_DAY;
    fire('local');
    fire('managed');
    await vi.waitFor(async () => expect((await loadDistrict(db)).organization).toBe('Lincoln USD'));
    expect(afterChange).toHaveBeenCalledTimes(2);
    expect((await loadSettings(db)).settings.schoolDay.start).toBe('07:45');
  });
});

test('upgrading a v7 database keeps the leader’s settings and stores only what they chose (v8)', async () => {
  const name = `policy-upgrade-${Math.random()}`;
  const v7 = new Dexie(name);
  v7.version(7).stores({ meta: 'key', rules: 'id, order', staff: 'key, name', reconcileDays: 'id, date' });
  await v7.open();
  // v7 stored the whole settings object.
  const row = {
    ...DEFAULT_SETTINGS,
    role: 'assistant-principal',
    schoolDay: { ...DEFAULT_SETTINGS.schoolDay, start: '07:30' },
  };
  await v7.table('meta').put({ key: 'settings', value: row });
  v7.close();
  const db = new LeadershipDb(name);
  await db.open();
  expect((await db.meta.get('settings'))!.value).toEqual({
    role: 'assistant-principal',
    schoolDay: { start: '07:30' },
  });
  expect((await loadSettings(db)).settings).toEqual(row);
  // A district's default now reaches what the leader never chose, and not what they did.
  await storePolicy(db, { schoolDay: { start: '07:45', end: '15:00' } }, 1);
  expect((await loadSettings(db)).settings.schoolDay).toMatchObject({ start: '07:30', end: '15:00' });
  db.close();
});
