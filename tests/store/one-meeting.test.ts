import { expect, test } from 'vitest';
import { recordScan } from '../../lib/store/events-repo';
import { recordImportedEvents } from '../../lib/store/import-repo';
import { loadWeek } from '../../lib/store/queries';
import { loadSettings } from '../../lib/store/settings-repo';
import { setPersonTags } from '../../lib/store/tags-repo';
import { at, freshDb, rawEvent, TEST_WEEK } from '../builders';

const MONDAY = '2026-11-16';
const week = TEST_WEEK;
const meeting = rawEvent;
// The same Outlook week, live (Exchange item ids) and from its .ics export (UIDs).
const live = [
  meeting('AAMkAD1', 'Coaching conversation: Ms. Lee', 0, '10:00', '10:45'),
  meeting('AAMkAD2', 'Budget review', 1, '13:00', '14:30'),
  meeting('AAMkAD3', 'Walkthrough grade 3', 2, '09:00', '09:30'),
];
const exported = [
  meeting('040000008200E00074C5B7101A82E008-1', 'Coaching conversation: Ms. Lee', 0, '10:00', '10:45'),
  meeting('040000008200E00074C5B7101A82E008-2', 'Budget  review', 1, '13:00', '14:30'),
  meeting('040000008200E00074C5B7101A82E008-3', 'Walkthrough grade 3', 2, '09:00', '09:30'),
  meeting('040000008200E00074C5B7101A82E008-4', 'Only in the file', 3, '11:00', '12:00'),
];
const hoursOf = async (db: ReturnType<typeof freshDb>) => {
  const { settings } = await loadSettings(db);
  return (await loadWeek(db, MONDAY, settings, at('2026-11-30'))).summary;
};

test('importing an .ics of a week already captured does not change its hours', async () => {
  const db = freshDb();
  await recordScan(db, { source: 'outlook', range: week, complete: true, events: live, now: 1 });
  const before = await hoursOf(db);
  const result = await recordImportedEvents(db, new Map([['ics', exported]]), 2);
  expect(result.joined).toBe(3);
  const after = await hoursOf(db);
  expect(after.workedHours).toBe(before.workedHours + 1); // only the meeting that is not on the page adds time
  expect(after.excluded.duplicate).toBe(3);
  // Importing the same file again changes nothing.
  await recordImportedEvents(db, new Map([['ics', exported]]), 3);
  expect((await hoursOf(db)).workedHours).toBe(after.workedHours);
});

test('a meeting imported first and seen live later is counted once, and keeps the person’s tag', async () => {
  const db = freshDb();
  await recordImportedEvents(db, new Map([['ics', exported]]), 1);
  await setPersonTags(
    db,
    { eventIds: ['ics:040000008200E00074C5B7101A82E008-2'], kind: 'operational', activity: 'budget' },
    2,
  );
  const before = await hoursOf(db);
  await recordScan(db, { source: 'outlook', range: week, complete: true, events: live, now: 3 });
  const after = await hoursOf(db);
  expect(after.workedHours).toBe(before.workedHours);
  expect(await db.tags.get('outlook:AAMkAD2')).toMatchObject({ setBy: 'person', activity: 'budget' });
  expect((await db.events.get('ics:040000008200E00074C5B7101A82E008-2'))?.duplicateOf).toBe('outlook:AAMkAD2');
  // Re-reading the page again keeps the join (the copy is not un-marked).
  await recordScan(db, { source: 'outlook', range: week, complete: true, events: live, now: 4 });
  expect((await hoursOf(db)).workedHours).toBe(before.workedHours);
});
