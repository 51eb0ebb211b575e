import { expect, test } from 'vitest';
import { exclusionReason } from '../../../lib/domain/events/event';
import { explainExclusions } from '../../../lib/domain/measure/exclusions';
import { measureWeek } from '../../../lib/domain/measure/summary';
import { busyTime } from '../../../lib/domain/planning/protect';
import { matchRule } from '../../../lib/rules/apply';
import { defaultRules } from '../../../lib/rules/default-rules';
import { at, makeEvent } from '../../builders';

/** A limited-permission calendar's chip: Outlook shows only that the time is busy (issue #33). */
const busy = makeEvent({ title: '', start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00'), busyOnly: true });
const walk = makeEvent({ title: 'Walkthrough', start: at('2026-11-16', '11:00'), end: at('2026-11-16', '12:00') });

test('busy time without details blocks Find time, is never tagged, and is not counted in anyone’s hours', () => {
  expect(exclusionReason(busy)).toBe('busy-only');
  expect(busyTime([busy, walk])).toEqual([
    { start: busy.start, end: busy.end },
    { start: walk.start, end: walk.end },
  ]);
  // Even a rule that would match anything (a colour rule on its colour) leaves it alone.
  const everything = { ...defaultRules()[0]!, field: 'color' as const, keywords: ['#0078d4'], enabled: true };
  expect(matchRule([everything], { ...busy, color: '#0078d4' })).toBeNull();
  expect(matchRule([everything], { ...walk, color: '#0078d4' })).not.toBeNull();
  const week = measureWeek({ weekKey: '2026-11-16', events: [busy, walk], tags: new Map(), reclaimed: [], now: 0 });
  expect(week.workedHours).toBe(1);
  expect(week.excluded.busyOnly).toBe(1);
  expect(explainExclusions(week)).toMatch(/^Not counted: 1 busy time without details\./);
});
