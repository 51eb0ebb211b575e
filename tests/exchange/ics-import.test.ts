import { expect, test, vi } from 'vitest';
import { IcsError, MAX_ICS_BYTES } from '../../lib/exchange/ics';
import { importIcs } from '../../lib/exchange/ics-import';
import { freshDb } from '../builders';

const range = { start: Date.UTC(2026, 8, 1), end: Date.UTC(2026, 11, 1) };
const file = (text: string, size = text.length, name = 'history.ics') => ({ name, size, text: async () => text });
const calendar = (event: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', event, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

test('a file over 30 MB is refused by its size, before it is read, and nothing changes', async () => {
  const db = freshDb();
  const text = vi.fn(async () => '');
  const big = { name: 'all-years.ics', size: MAX_ICS_BYTES + 1, text };
  const error = await importIcs(db, big, range, 1).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IcsError);
  expect((error as Error).message).toBe('all-years.ics is 30 MB; calendar files up to 30 MB can be imported.');
  expect(text).not.toHaveBeenCalled();
  const huge = await importIcs(db, file('', 95 * 1024 * 1024, 'x.ics'), range, 1).catch((e: unknown) => e);
  expect((huge as Error).message).toBe('x.ics is 95 MB; calendar files up to 30 MB can be imported.');
  // Exactly 30 MB is read (and then judged on its content).
  await expect(importIcs(db, file('hello', MAX_ICS_BYTES), range, 1)).rejects.toThrow(/not a valid calendar/);
  expect(await db.events.count()).toBe(0);
});

test('an event the store would refuse names its number and title, and nothing is imported', async () => {
  const db = freshDb();
  const ok = 'UID:ok\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z\r\nSUMMARY:Walkthrough';
  const long = `UID:long\r\nDTSTART:20261106T150000Z\r\nDTEND:20261106T160000Z\r\nSUMMARY:${'x'.repeat(2001)}`;
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    ok,
    'END:VEVENT',
    'BEGIN:VEVENT',
    long,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const error = await importIcs(db, file(text), range, 1).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IcsError);
  expect((error as Error).message).toMatch(/^Event 2 \("x{2001}"\) is not valid: title: /);
  expect(await db.events.count()).toBe(0);
});

test('a valid file is stored by source: Google UIDs as Google events, others as imported ones', async () => {
  const db = freshDb();
  const google = calendar(
    'UID:abc@google.com\r\nDTSTART:20261105T150000Z\r\nDTEND:20261105T160000Z\r\nSUMMARY:Walkthrough',
  );
  expect(await importIcs(db, file(google), range, 1)).toMatchObject({ added: 1 });
  const other = calendar('UID:xyz\r\nDTSTART:20261105T170000Z\r\nDTEND:20261105T180000Z\r\nSUMMARY:PLC');
  expect(await importIcs(db, file(other), range, 1)).toMatchObject({ added: 1 });
  expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['google:abc', 'ics:xyz']);
});
