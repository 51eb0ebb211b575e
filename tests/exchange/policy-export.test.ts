import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { districtFrom, resolveSettings } from '../../lib/domain/settings/district';
import { POLICY_SHAPE } from '../../lib/domain/settings/policy';
import { readPolicy } from '../../lib/domain/settings/policy-read';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../lib/domain/settings/settings';
import {
  CHROME_ID_PLACEHOLDER,
  EDGE_ID_PLACEHOLDER,
  extensionIdsFor,
  policyFile,
  policyFromSettings,
  policyInside,
  ROUTES,
} from '../../lib/exchange/policy-export';
import { defaultRules } from '../../lib/rules/default-rules';
import { DEPLOY_DIR, SAMPLE_IDS, SAMPLE_PATHS, SAMPLE_POLICY, sampleFiles } from '../../scripts/make-deploy-samples';

describe('deploy/ samples', () => {
  test.each(ROUTES)('%s: the committed file is what the export writes (scripts/make-deploy-samples.ts)', (route) => {
    expect(readFileSync(join(DEPLOY_DIR, SAMPLE_PATHS[route]), 'utf8')).toBe(sampleFiles()[SAMPLE_PATHS[route]]);
  });
  test.each(ROUTES)('%s: unwrapped, the sample passes the schema and the reader rejects nothing', (route) => {
    const inside = policyInside(route, readFileSync(join(DEPLOY_DIR, SAMPLE_PATHS[route]), 'utf8'), SAMPLE_IDS);
    expect(POLICY_SHAPE.safeParse(inside).success).toBe(true);
    expect(inside).toEqual(SAMPLE_POLICY);
    const read = readPolicy(inside);
    expect(read.rejected).toEqual([]);
    expect(districtFrom(read, 1).rejected).toEqual([]);
  });
});

describe('Export as district policy', () => {
  const settings = SettingsSchema.parse({
    ...DEFAULT_SETTINGS,
    schoolDay: { ...DEFAULT_SETTINGS.schoolDay, start: '07:40', officeMinutes: 20 },
    goal: { targetShare: 0.45, stepHours: 0.75 },
    coachName: 'Ms. Ortiz',
    calendarNames: { ownOnly: true, include: [], exclude: ['Holidays'] },
  });
  const own = { ...defaultRules()[0]!, id: 'mine', builtIn: false, keywords: ['IEP', 'ARD'], activity: 'discipline' };
  const policy = policyFromSettings({
    settings,
    rules: [own, ...defaultRules()],
    activities: [],
    organizationName: 'Lincoln USD',
    supportContact: '',
    locked: ['schoolDay'],
    skipFirstRun: true,
  });

  test('carries the leader’s own rules, not the built-in ones', () => {
    expect(policy.keywordRules).toEqual([{ keywords: ['IEP', 'ARD'], activity: 'discipline', field: own.field }]);
    expect(policy).not.toHaveProperty('supportContact');
  });

  test.each(ROUTES)('%s: reads back to the same policy, which gives the same settings', (route) => {
    const ids = { chrome: 'abcdefghijklmnopabcdefghijklmnop', edge: 'ponmlkjihgfedcbaponmlkjihgfedcba' };
    const file = policyFile(route, policy, ids);
    const inside = policyInside(route, file.text, ids);
    expect(inside).toEqual(policy);
    const read = readPolicy(inside);
    expect(read.rejected).toEqual([]);
    const applied = resolveSettings({}, districtFrom(read, 1)).settings;
    expect(applied).toEqual({ ...settings, onboarded: true });
  });

  test('Windows: the same policy for Chrome and for Edge, each under its own id', () => {
    const text = policyFile('windows', policy, { chrome: 'c'.repeat(32), edge: 'e'.repeat(32) }).text;
    expect(text).toContain(`Google\\Chrome\\3rdparty\\extensions\\${'c'.repeat(32)}\\policy]`);
    expect(text).toContain(`Microsoft\\Edge\\3rdparty\\extensions\\${'e'.repeat(32)}\\policy]`);
    expect(text).toContain('"skipFirstRun"=dword:00000001');
    expect(text.split('\r\n')[0]).toBe('Windows Registry Editor Version 5.00');
  });

  test('Firefox: force-installed, and the policy under 3rdparty.Extensions', () => {
    const parsed = JSON.parse(policyFile('firefox', policy, SAMPLE_IDS).text);
    expect(Object.values(parsed.policies.ExtensionSettings)).toEqual([
      expect.objectContaining({ installation_mode: 'force_installed' }),
    ]);
  });

  test('the ids: its own where the browser knows it, a placeholder for the other store', () => {
    expect(extensionIdsFor('x', 'Mozilla/5.0 Chrome/140 Safari/537.36', false)).toEqual({
      chrome: 'x',
      edge: EDGE_ID_PLACEHOLDER,
    });
    expect(extensionIdsFor('x', 'Mozilla/5.0 Chrome/140 Safari/537.36 Edg/140.0', false)).toEqual({
      chrome: CHROME_ID_PLACEHOLDER,
      edge: 'x',
    });
    expect(extensionIdsFor('x', 'Firefox/140', true)).toEqual({
      chrome: CHROME_ID_PLACEHOLDER,
      edge: EDGE_ID_PLACEHOLDER,
    });
  });
});
