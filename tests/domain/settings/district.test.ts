import { afterEach, describe, expect, test } from 'vitest';
import {
  activityLabel,
  allActivities,
  findActivity,
  retiredActivities,
  setDistrictActivities,
} from '../../../lib/domain/events/activities';
import {
  choicesAfter,
  choicesFromRow,
  districtFrom,
  isLocked,
  NO_DISTRICT,
  resolveSettings,
} from '../../../lib/domain/settings/district';
import { readPolicy } from '../../../lib/domain/settings/policy-read';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings/settings';
import { districtRules, withDistrictRules } from '../../../lib/rules/district-rules';
import { defaultRules } from '../../../lib/rules/default-rules';

const district = (raw: unknown) => districtFrom(readPolicy(raw), 1);
const settingsOf = (choices: unknown, raw: unknown) => resolveSettings(choices, district(raw)).settings;

describe('the merge order: locked policy, then the leader, then the district default, then ours', () => {
  const policy = {
    organizationName: 'Lincoln USD',
    schoolDay: { start: '07:45', end: '15:15' },
    goal: { targetShare: 0.5 },
    coachName: 'Ms. Ortiz',
  };

  test('a default reaches only what the leader never chose', () => {
    const s = settingsOf({ goal: { targetShare: 0.3 } }, policy);
    expect(s.schoolDay).toMatchObject({ start: '07:45', end: '15:15' });
    expect(s.goal.targetShare).toBe(0.3);
    expect(s.goal.stepHours).toBe(DEFAULT_SETTINGS.goal.stepHours);
    expect(s.coachName).toBe('Ms. Ortiz');
  });

  test('a locked policy wins over the leader, and the leader cannot change it', () => {
    const locked = { ...policy, lockedSettings: ['schoolDay'] };
    const choices = { schoolDay: { start: '09:00' }, goal: { targetShare: 0.3 } };
    const s = settingsOf(choices, locked);
    expect(s.schoolDay.start).toBe('07:45');
    expect(s.goal.targetShare).toBe(0.3);
    expect(isLocked(district(locked), 'schoolDay')).toBe(true);
    expect(isLocked(district(locked), 'goal')).toBe(false);

    const refused = choicesAfter(choices, { ...s, schoolDay: { ...s.schoolDay, end: '16:00' } }, district(locked));
    expect(refused).toEqual({ refused: 'The school day is set by Lincoln USD and cannot be changed here.' });
    // Another change goes through, and the choice made before the lock is kept for the day the lock goes.
    const after = choicesAfter(choices, { ...s, coachName: 'Mr. Lee' }, district(locked));
    expect(after).toEqual({
      choices: { schoolDay: { start: '09:00' }, goal: { targetShare: 0.3 }, coachName: 'Mr. Lee' },
    });
    expect(settingsOf('choices' in after ? after.choices : {}, {}).schoolDay.start).toBe('09:00');
  });

  test('removing the policy returns the leader’s own settings', () => {
    const choices = { goal: { targetShare: 0.3 } };
    expect(settingsOf(choices, {})).toEqual(resolveSettings(choices, NO_DISTRICT).settings);
    expect(settingsOf(choices, {}).schoolDay).toEqual(DEFAULT_SETTINGS.schoolDay);
  });

  test('choosing what the district already seeds stores nothing', () => {
    const s = settingsOf({}, policy);
    expect(choicesAfter({}, s, district(policy))).toEqual({ choices: {} });
  });

  test('a part that cannot stand with the rest is rejected whole with a sentence, and the rest applies', () => {
    const d = district({
      schoolDay: { start: '07:00', end: '08:00', officeMinutes: 45 },
      coachName: 'A',
    });
    expect(d.rejected).toEqual([
      {
        key: 'schoolDay',
        sentence: 'schoolDay was not applied: the office time and dismissal leave no time for classes.',
      },
    ]);
    expect(resolveSettings({}, d).settings.schoolDay).toEqual(DEFAULT_SETTINGS.schoolDay);
    expect(resolveSettings({}, d).settings.coachName).toBe('A');
  });

  test('a feature switched off is silent: its nudges and reminders are forced off', () => {
    const d = district({ disabledFeatures: ['nudges', 'reconcile'] });
    const s = resolveSettings({ nudges: { plan: { enabled: true } } }, d).settings;
    expect(s.nudges.plan.enabled).toBe(false);
    expect(s.nudges.review.enabled).toBe(false);
    expect(s.reconcile.badge).toBe(false);
    expect(d.organization).toBe('your district');
  });

  test('a full row from an older version becomes the leader’s choices only', () => {
    expect(choicesFromRow({ ...DEFAULT_SETTINGS, role: 'assistant-principal' })).toEqual({
      role: 'assistant-principal',
    });
    expect(choicesFromRow('junk')).toEqual({});
  });
});

describe('district activities', () => {
  afterEach(() => setDistrictActivities([], []));
  const ard = { id: 'ard-meeting', label: 'ARD meeting', kind: 'operational' as const, research: 'District activity' };

  test('are offered beside the built-in ones, and a removed one is retired, never lost', () => {
    setDistrictActivities([ard], []);
    expect(allActivities().map((a) => a.id)).toContain('ard-meeting');
    expect(activityLabel('ard-meeting')).toBe('ARD meeting');

    setDistrictActivities([], [ard]);
    expect(allActivities().map((a) => a.id)).not.toContain('ard-meeting');
    expect(findActivity('ard-meeting')).toMatchObject({ kind: 'operational', retired: true });
    expect(activityLabel('ard-meeting')).toBe('ARD meeting (retired)');
    expect(retiredActivities().map((a) => a.id)).toEqual(['ard-meeting']);
  });
});

describe("the district's rules", () => {
  const find = (id: string) => findActivity(id);
  const policy = {
    colourKey: [{ colour: 'Grape', activity: 'feedback' }],
    keywordRules: [{ keywords: ['ARD'], activity: 'discipline' }],
  };

  test('defaults: colours first, keywords after the leader’s own and before the built-in ones', () => {
    const own = { ...defaultRules()[0]!, id: 'mine', order: -1, builtIn: false, keywords: ['IEP'] };
    const rules = withDistrictRules([own, ...defaultRules()], districtRules(district(policy), find));
    expect(rules.slice(0, 3).map((r) => r.id)).toEqual(['district-colour-grape', 'mine', 'district-rule-1']);
    expect(rules[3]!.builtIn).toBe(true);
    expect(rules.map((r) => r.order)).toEqual(rules.map((_, i) => i));
    expect(rules[0]).toMatchObject({ district: 'default', field: 'color', keywords: ['Grape'], kind: 'instructional' });
  });

  test('locked ones come before everything, and the leader’s own colour meaning beats a default only', () => {
    const ownGrape = {
      ...defaultRules()[0]!,
      id: 'my-grape',
      order: 0,
      builtIn: false,
      field: 'color' as const,
      keywords: ['grape'],
    };
    const asDefault = withDistrictRules([ownGrape], districtRules(district(policy), find));
    expect(asDefault.map((r) => r.id)).toEqual(['my-grape', 'district-rule-1']);
    const locked = district({ ...policy, lockedSettings: ['colourKey', 'keywordRules'] });
    const rules = withDistrictRules([ownGrape], districtRules(locked, find));
    expect(rules.map((r) => [r.id, r.district])).toEqual([
      ['district-colour-grape', 'locked'],
      ['district-rule-1', 'locked'],
      ['my-grape', undefined],
    ]);
  });
});
