import { expect, test } from 'vitest';
import type { RecurringEstimate } from '../../../lib/domain/planning/reclaimed';
import { dueRecurringEntries, recurringEntryId } from '../../../lib/domain/planning/recurring';

const newsletter: RecurringEstimate = {
  id: 'nl',
  task: 'Parent newsletter',
  minutes: 45,
  fromActivity: 'family-communication',
  weekday: 5,
  startWeek: '2026-11-02',
  stoppedAt: null,
};

test('one entry per week on the chosen weekday, never in the future', () => {
  const due = dueRecurringEntries([newsletter], new Set(), '2026-11-19', 1, 0);
  expect(due.map((e) => e.date)).toEqual(['2026-11-06', '2026-11-13']);
  expect(due[0]).toMatchObject({
    minutes: 45,
    task: 'Parent newsletter',
    recurringId: 'nl',
    id: recurringEntryId('nl', '2026-11-02'),
  });
});

test('entries already created are not created again', () => {
  const ids = new Set([recurringEntryId('nl', '2026-11-02')]);
  expect(dueRecurringEntries([newsletter], ids, '2026-11-20', 1, 0).map((e) => e.date)).toEqual([
    '2026-11-13',
    '2026-11-20',
  ]);
});

test('a stopped estimate creates nothing after it stopped', () => {
  expect(
    dueRecurringEntries([{ ...newsletter, stoppedAt: '2026-11-10' }], new Set(), '2026-12-31', 1, 0).map((e) => e.date),
  ).toEqual(['2026-11-06']);
});
