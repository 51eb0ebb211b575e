import { describe, expect, test } from 'vitest';
import {
  activitiesOfKind,
  activityLabel,
  defaultActivityFor,
  findActivity,
  KINDS,
} from '../../../lib/domain/events/activities';
import { decidedByPerson, effectiveStatus, TAG_SOURCES, TagSchema, tagPriority } from '../../../lib/domain/events/tag';

const tag = (over: Record<string, unknown> = {}) => ({
  eventId: 'google:a',
  kind: 'instructional',
  activity: 'walkthrough',
  setBy: 'person',
  updatedAt: 0,
  ...over,
});
const problems = (value: unknown) => {
  const r = TagSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a tag is consistent with itself', () => {
  test('a status only on instructional tags', () => {
    expect(problems(tag({ status: 'displaced' }))).toEqual([]);
    expect(problems(tag({ kind: 'operational', activity: 'discipline', status: 'happened' }))).toEqual([
      'status: Only instructional blocks have a planned/happened/displaced status',
    ]);
    expect(problems(tag({ kind: 'operational', activity: 'discipline' }))).toEqual([]);
  });
  test('a known activity only with its own kind; an activity of one’s own with any kind', () => {
    expect(problems(tag({ kind: 'operational' }))).toEqual(['activity: The activity belongs to another kind']);
    expect(problems(tag({ kind: 'operational', activity: 'bus-duty' }))).toEqual([]);
    expect(problems(tag({ kind: 'personal', activity: 'personal' }))).toEqual([]);
  });
});

test('who decided: a person over an assistant over a series or a plan over a rule', () => {
  expect(TAG_SOURCES.map(tagPriority)).toEqual([4, 3, 2, 2, 1]);
  expect(TAG_SOURCES.filter((setBy) => decidedByPerson({ setBy }))).toEqual(['person', 'assistant']);
  expect(decidedByPerson(undefined)).toBe(false);
});

test('an instructional block is planned until said otherwise; other tags have no status', () => {
  expect(effectiveStatus(tag() as never)).toBe('planned');
  expect(effectiveStatus(tag({ status: 'happened' }) as never)).toBe('happened');
  expect(effectiveStatus(tag({ kind: 'operational', activity: 'discipline' }) as never)).toBeUndefined();
  expect(effectiveStatus(undefined)).toBeUndefined();
});

test('activities: found by id, labelled (or their own id), listed by kind, a default per kind', () => {
  expect(findActivity('feedback')?.label).toBe('Feedback conversation');
  expect(activityLabel('discipline')).toBe('Discipline');
  expect(activityLabel('bus-duty')).toBe('bus-duty');
  for (const kind of KINDS) {
    const list = activitiesOfKind(kind);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => a.kind === kind)).toBe(true);
    expect(list.map((a) => a.id)).toContain(defaultActivityFor(kind));
  }
  expect(KINDS.map(defaultActivityFor)).toEqual(['walkthrough', 'email-office', 'personal']);
});
