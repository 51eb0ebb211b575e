import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../lib/domain/events/answer';
import { coverage, touchesOf } from '../../../lib/domain/reconcile/coverage';
import type { StaffMember } from '../../../lib/domain/reconcile/staff';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const member = (name: string): StaffMember => ({ key: name.toLowerCase(), name, addedAt: 0 });
const STAFF = ['Ana Ruiz', 'James Chen', 'Maria Patel', 'Omar Haddad'].map(member);
const ref = (m: StaffMember) => ({ key: m.key, name: m.name });
const NOW = at('2026-12-04', '16:00');

function block(activity: string, date: string, teachers: StaffMember[], outcome: Answer['outcome'] = 'happened') {
  const e = makeEvent({ start: at(date, '09:00'), end: at(date, '09:30') });
  const status = outcome === 'happened' || outcome === 'partly' ? 'happened' : 'displaced';
  const answer = {
    outcome,
    ...(outcome === 'partly' ? { minutesHappened: 10 } : {}),
    ...(status === 'happened' ? { teachers: teachers.map(ref) } : {}),
    by: 'you',
    answeredAt: 1,
  } as Answer;
  return { e, tag: makeTag(e.id, activity, { status, answer }) };
}

describe('touches and coverage', () => {
  const [ana, james, maria, omar] = STAFF as [StaffMember, StaffMember, StaffMember, StaffMember];
  const blocks = [
    block('walkthrough', '2026-11-02', [omar]),
    block('walkthrough', '2026-11-23', [maria, james]),
    block('feedback', '2026-11-24', [maria]),
    block('observation', '2026-11-30', [ana], 'partly'),
    block('coaching', '2026-12-01', [james], 'not-happened'),
    block('plc', '2026-12-02', [omar]),
  ];
  const events = blocks.map((b) => b.e);
  const tags = tagMap(blocks.map((b) => b.tag));

  test('each visit or conversation that happened (even in part) is a touch for each teacher in it', () => {
    expect(touchesOf(events, tags).map((t) => `${t.teacherKey}:${t.kind}`)).toEqual([
      'omar haddad:visit',
      'maria patel:visit',
      'james chen:visit',
      'maria patel:feedback',
      'ana ruiz:visit',
    ]);
  });

  test('seen within the target; the unseen listed longest-unseen first; the share of the staff list', () => {
    const three = coverage(STAFF, touchesOf(events, tags), 3, NOW);
    expect(three.notSeen.map((t) => t.teacher.name)).toEqual(['Omar Haddad']);
    expect(three.share).toBe(0.75);
    const one = coverage(STAFF, touchesOf(events, tags), 1, NOW);
    expect(one.notSeen.map((t) => t.teacher.name)).toEqual(['Omar Haddad', 'James Chen', 'Maria Patel']);
    expect(coverage([], [], 3, NOW).share).toBeNull();
  });

  test("a teacher's visits and feedback over the last eight weeks, in order", () => {
    const maria = coverage(STAFF, touchesOf(events, tags), 3, NOW).teachers.find(
      (t) => t.teacher.name === 'Maria Patel',
    )!;
    expect(maria.sequence.map((t) => t.kind)).toEqual(['visit', 'feedback']);
    expect(maria.lastSeen).toBe(at('2026-11-24', '09:00'));
    const late = coverage(STAFF, touchesOf(events, tags), 3, at('2027-02-01'));
    expect(late.teachers.every((t) => t.sequence.length === 0)).toBe(true);
  });
});
