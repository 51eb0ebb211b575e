import { expect, test } from 'vitest';
import { saveReclaimed } from '../../lib/store/reclaimed-repo';
import { repeatWeekly, stopRecurring } from '../../lib/store/recurring-repo';
import { freshDb } from '../builders';

test('repeating an entry just logged: it becomes the first occurrence, later weeks follow, and stopping stops them', async () => {
  const db = freshDb();
  const entry = { date: '2026-11-06', minutes: 45, task: 'Parent newsletter', fromActivity: 'family-communication' };
  await saveReclaimed(db, entry, 1);
  const estimate = await repeatWeekly(db, entry, '2026-11-20', 1, 2);
  expect((await db.reclaimed.orderBy('date').toArray()).map((e) => [e.date, e.recurringId])).toEqual([
    ['2026-11-06', estimate.id],
    ['2026-11-13', estimate.id],
    ['2026-11-20', estimate.id],
  ]);
  await stopRecurring(db, estimate.id, '2026-11-21');
  await repeatWeekly(db, { ...entry, task: 'Schedules', date: '2026-11-27' }, '2026-11-27', 1, 3);
  expect(await db.reclaimed.where('recurringId').equals(estimate.id).count()).toBe(3);
});
