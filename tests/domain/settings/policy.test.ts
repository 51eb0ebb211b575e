import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { POLICY_NAMES, POLICY_SHAPE } from '../../../lib/domain/settings/policy';
import { readPolicy } from '../../../lib/domain/settings/policy-read';
import { dialectProblems, managedSchema, type JsonSchemaNode } from '../../../lib/domain/settings/policy-schema';
import { MANAGED_SCHEMA_FILE, managedSchemaText } from '../../../scripts/make-contract';

/**
 * A validator for the part of JSON schema Chrome's dialect uses (type, properties, items, minimum, maximum,
 * pattern, enum), written here so the generated file is checked by something other than zod itself.
 */
function violations(node: JsonSchemaNode, value: unknown, where = '$'): string[] {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const fits: Record<string, boolean> = {
    object: kind === 'object',
    array: kind === 'array',
    string: kind === 'string',
    boolean: kind === 'boolean',
    number: kind === 'number',
    integer: kind === 'number' && Number.isInteger(value),
  };
  if (node.type && !fits[node.type]) return [`${where}: not ${node.type}`];
  const out: string[] = [];
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) out.push(`${where}: below minimum`);
    if (node.maximum !== undefined && value > node.maximum) out.push(`${where}: above maximum`);
  }
  if (typeof value === 'string' && node.pattern && !new RegExp(node.pattern).test(value)) out.push(`${where}: pattern`);
  if (node.enum && !node.enum.includes(value)) out.push(`${where}: not in enum`);
  if (kind === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const child = node.properties?.[k];
      if (child) out.push(...violations(child, v, `${where}.${k}`));
      else if (node.additionalProperties === false) out.push(`${where}.${k}: not allowed`);
    }
  if (kind === 'array' && node.items)
    for (const [i, v] of (value as unknown[]).entries()) out.push(...violations(node.items, v, `${where}[${i}]`));
  return out;
}

/** Values both checks must agree on: each is one policy alone, in the types an admin console can produce. */
const ACCEPTED: Record<string, unknown>[] = [
  {},
  { organizationName: 'Lincoln USD' },
  { schoolDay: { start: '07:45', end: '15:15', officeMinutes: 30, walkthroughMinutes: 20 } },
  { activities: [{ id: 'ard-meeting', label: 'ARD meeting', kind: 'operational' }] },
  { colourKey: [{ colour: 'Grape', activity: 'feedback' }] },
  { keywordRules: [{ keywords: ['ARD'], activity: 'discipline' }] },
  { calendars: { ownOnly: true, exclude: ['Holidays'] } },
  { nudges: { enabled: false } },
  { goal: { targetShare: 0.4, stepHours: 0.5 } },
  { reconcile: { reasons: ['Bus problems'], coverageWeeks: 2 } },
  { disabledFeatures: ['ics-import'], skipFirstRun: true, lockedSettings: ['schoolDay'] },
];
const REJECTED: Record<string, unknown>[] = [
  { organizationName: 42 },
  { schoolDay: 'all day' },
  { schoolDay: { officeMinutes: 'thirty' } },
  { schoolDay: { officeMinutes: 12.5 } },
  { activities: { id: 'ard' } },
  { colourKey: [{ colour: 3 }] },
  { keywordRules: [{ keywords: 'ARD' }] },
  { calendars: { ownOnly: 'yes' } },
  { goal: { targetShare: '40%' } },
  { skipFirstRun: 'true' },
  { lockedSettings: 'schoolDay' },
];

describe('the managed schema', () => {
  test("keeps to Chrome's dialect", () => {
    expect(dialectProblems(managedSchema())).toEqual([]);
    expect(Object.keys(managedSchema().properties!)).toEqual(POLICY_NAMES);
  });
  test('the dialect check finds each rule broken', () => {
    const good = managedSchema();
    expect(dialectProblems({ ...good, additionalProperties: false })).toEqual([
      'the top level may not have additionalProperties',
    ]);
    expect(dialectProblems({ ...good, type: 'array' })[0]).toMatch(/top level must be type "object"/);
    const broken = structuredClone(good);
    broken.properties!.coachName = { type: 'string', title: 'Coach' };
    broken.properties!.goal!.properties!.targetShare = { title: 't', description: 'd' };
    broken.properties!.schoolDay!.properties!.start = { type: 'string', format: 'time' };
    broken.properties!.disabledFeatures = { type: 'array', title: 'x', description: 'y' };
    broken.properties!.schoolDay!.properties!.officeMinutes = { type: 'integer', maximum: 2 ** 53 };
    expect(dialectProblems(broken)).toEqual([
      'schoolDay.start: "format" is not a keyword Chrome reads',
      'schoolDay.officeMinutes: maximum must be a 32-bit number',
      'goal.targetShare: needs exactly one of a single "type" or a "$ref"',
      'coachName: every policy needs a title and a description',
      'disabledFeatures: an array needs "items"',
    ]);
  });
  test('public/managed_schema.json is what the zod schema generates (npm run contract)', () => {
    expect(readFileSync(MANAGED_SCHEMA_FILE, 'utf8')).toBe(managedSchemaText());
  });
  test.each([...ACCEPTED.map((v) => [v, true] as const), ...REJECTED.map((v) => [v, false] as const)])(
    'zod and the JSON schema agree on %j',
    (value, ok) => {
      expect(POLICY_SHAPE.safeParse(value).success).toBe(ok);
      expect(violations(managedSchema(), value).length === 0).toBe(ok);
    },
  );
});

describe('reading a policy', () => {
  test('never throws, whatever the browser hands over', () => {
    for (const raw of [undefined, null, 'x', 3, [], [1], { __proto__: null }, { schoolDay: null }])
      expect(() => readPolicy(raw)).not.toThrow();
    expect(readPolicy(undefined)).toEqual({ policy: {}, rejected: [] });
    expect(readPolicy([1]).rejected[0]!.sentence).toMatch(/not a group of named settings/);
  });

  test('a bad key is rejected alone with a sentence naming it, and the rest applies', () => {
    const { policy, rejected } = readPolicy({
      organizationName: 'Lincoln USD',
      schoolDay: { start: '25:00', end: '15:15' },
      colourKey: [
        { colour: 'Grape', activity: 'feedback' },
        { colour: 'Sage', activity: 'pep-rally' },
        { colour: 'Plum', activity: 'walkthrough' },
      ],
      goal: 'half',
      lockedSettings: ['schoolDay', 'everything'],
      superintendentMode: true,
    });
    expect(policy).toEqual({
      organizationName: 'Lincoln USD',
      schoolDay: { end: '15:15' },
      colourKey: [{ colour: 'grape', activity: 'feedback' }],
      lockedSettings: ['schoolDay'],
    });
    expect(rejected).toEqual([
      { key: 'goal', sentence: 'Goal was not applied: goal should be a group of settings.' },
      {
        key: 'superintendentMode',
        sentence: expect.stringMatching(/^"superintendentMode" is not a Leadership Calendar policy, so it was ignored/),
      },
      {
        key: 'colourKey[1]',
        sentence:
          'colourKey[1] was not applied: "pep-rally" is not an activity (neither built in nor one of the district\'s activities).',
      },
      { key: 'colourKey[2]', sentence: expect.stringMatching(/"Plum" is not a Google Calendar event colour \(Tomato/) },
      {
        key: 'schoolDay.start',
        sentence: 'schoolDay.start was not applied: "25:00" is not a time. Use a 24-hour time, HH:MM (07:30).',
      },
      {
        key: 'lockedSettings[1]',
        sentence: expect.stringMatching(/"everything" names no policy that can be locked \(schoolDay, colourKey/),
      },
    ]);
  });

  test("a district's activities are checked first, so the rules and colours may name them", () => {
    const { policy, rejected } = readPolicy({
      activities: [
        { id: 'ard-meeting', label: 'ARD meeting', kind: 'Operational' },
        { id: 'walkthrough', label: 'Walk', kind: 'instructional' },
        { id: 'Bad Id', label: 'x', kind: 'operational' },
        { id: 'pep', label: 'Pep rally', kind: 'fun' },
      ],
      keywordRules: [
        { keywords: ['ARD', ' '], activity: 'ard-meeting' },
        { keywords: [], activity: 'ard-meeting' },
        { keywords: ['x'], activity: 'ard-meeting', field: 'attendees' },
      ],
    });
    expect(policy.activities).toEqual([
      { id: 'ard-meeting', label: 'ARD meeting', kind: 'operational', research: 'District activity' },
    ]);
    expect(policy.keywordRules).toEqual([{ keywords: ['ARD'], activity: 'ard-meeting', field: 'title' }]);
    expect(rejected.map((r) => r.key)).toEqual([
      'activities[1]',
      'activities[2]',
      'activities[3]',
      'keywordRules[1]',
      'keywordRules[2]',
    ]);
    expect(rejected[0]!.sentence).toMatch(/"walkthrough" is already a built-in activity/);
    expect(rejected[3]!.sentence).toMatch(/has no keywords/);
  });

  test('times, ranges and days are checked entry by entry', () => {
    const { policy, rejected } = readPolicy({
      schoolDay: { start: '08:00', end: '07:00', lunchStart: '11:30', officeMinutes: 500, coachingMinutes: 45 },
      nudges: { enabled: true, planDay: 'Monday', reviewDay: 'someday', reviewTime: '2pm' },
      goal: { targetShare: 0.9, stepHours: 1 },
      reconcile: { reasons: ['Bus problems', 'A meeting ran over', 'bus problems'], coverageWeeks: 5 },
      disabledFeatures: ['backup', 'coffee'],
    });
    expect(policy).toEqual({
      blockMinutes: { coaching: 45 },
      nudges: { enabled: true, plan: { weekday: 1 } },
      goal: { stepHours: 1 },
      reconcile: {
        reasons: [
          { id: 'custom-bus-problems', label: 'Bus problems' },
          { id: 'meeting-ran-over', label: 'A meeting ran over' },
          { id: 'other', label: 'Other' },
        ],
      },
      disabledFeatures: ['backup'],
    });
    expect(rejected.map((r) => r.key)).toEqual([
      'schoolDay',
      'schoolDay.lunchStart',
      'schoolDay.officeMinutes',
      'nudges.reviewDay',
      'nudges.reviewTime',
      'goal.targetShare',
      'reconcile.coverageWeeks',
      'disabledFeatures[1]',
    ]);
    expect(rejected[0]!.sentence).toBe('schoolDay was not applied: the day ends (07:00) before it starts (08:00).');
    expect(rejected[2]!.sentence).toBe('schoolDay.officeMinutes was not applied: 500 is outside 0 to 180.');
  });
});
