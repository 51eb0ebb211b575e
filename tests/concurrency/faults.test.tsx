import { render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { SidePanelApp } from '../../components/panel/SidePanelApp';
import { createHandlers } from '../../lib/background/handlers';
import type { RawEvent } from '../../lib/domain/events/event';
import { withStoreErrors } from '../../lib/live/store-errors';
import { createRouter } from '../../lib/messages/router';
import { closeWhenOutdated } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { loadStoreProblem } from '../../lib/store/read-health';
import { loadSettings, SETTINGS_KEY, saveSettings } from '../../lib/store/settings-repo';
import { at, freshDb } from '../builders';

const EXT = 'abcdefghijklmnop';
const week = { start: at('2026-11-16'), end: at('2026-11-23') };
const ev = (id: string, title: string, from: string, to: string): RawEvent => ({
  sourceId: id,
  title,
  start: at('2026-11-16', from),
  end: at('2026-11-16', to),
  allDay: false,
  response: 'accepted',
  cancelled: false,
});
const first = [ev('a', 'Walkthrough grade 3', '09:00', '09:45'), ev('b', 'Bus duty', '07:15', '07:45')];
const second = [...first, ev('c', 'Coaching: Ms. Lee', '10:00', '10:45'), ev('d', 'Budget review', '13:00', '14:00')];
const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

afterEach(() => vi.restoreAllMocks());

test('a capture stopped half-way writes nothing; the next read completes it', async () => {
  const db = freshDb();
  await recordScan(db, { source: 'google', range: week, complete: true, events: first, now: 1 });
  // The worker dies after the events are written but before the tags are: the transaction aborts.
  vi.spyOn(db.tags, 'bulkPut').mockRejectedValueOnce(new Error('service worker stopped'));
  await expect(
    recordScan(db, { source: 'google', range: week, complete: true, events: second, now: 2 }),
  ).rejects.toThrow('service worker stopped');
  expect((await db.events.toCollection().primaryKeys()).sort()).toEqual(['google:a', 'google:b']);
  expect((await db.events.toArray()).every((e) => e.lastSeen === 1)).toBe(true);
  await recordScan(db, { source: 'google', range: week, complete: true, events: second, now: 3 });
  expect(await db.events.count()).toBe(4);
  expect(await db.tags.count()).toBeGreaterThanOrEqual(3);
});

test('storage full during a capture: a clear sentence for the page and the panel, nothing already stored is lost', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  await recordScan(db, { source: 'google', range: week, complete: true, events: first, now: 1 });
  const route = createRouter(
    createHandlers(
      () => db,
      () => at('2026-11-16', '12:00'),
    ),
    { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, log: () => {}, describeError: (e) => String(e) },
  );
  vi.spyOn(db.events, 'bulkPut').mockRejectedValueOnce(quotaError());
  const message = {
    type: 'events-seen',
    source: 'google',
    view: 'week',
    range: week,
    elements: 4,
    failures: 0,
    complete: true,
    events: second,
  };
  const reply = await route(message, { id: EXT, url: 'https://calendar.google.com/calendar/r/week', tab: {} });
  expect(reply.ok).toBe(false);
  expect((await db.events.toCollection().primaryKeys()).sort()).toEqual(['google:a', 'google:b']);
  expect((await loadStoreProblem(db))?.text).toMatch(/^Your browser has no storage space left for Leadership Calendar/);

  render(<SidePanelApp db={db} />);
  expect((await screen.findByTestId('store-problem', {}, { timeout: 5000 })).textContent).toMatch(
    /no storage space left/,
  );

  // Once a capture is saved again, the notice goes.
  await route(message, { id: EXT, url: 'https://calendar.google.com/calendar/r/week', tab: {} });
  expect(await loadStoreProblem(db)).toBeNull();
  expect(await db.events.count()).toBe(4);
});

test('page actions turn storage failures into a sentence, and keep their own refusals as they are', async () => {
  const actions = withStoreErrors({
    save: async () => Promise.reject(quotaError()),
    refuse: async () => Promise.reject(new Error('Plan not saved: minutes.walkthrough: Too big')),
    plain: () => 42,
  });
  await expect(actions.save()).rejects.toThrow(/^Your browser has no storage space left/);
  await expect(actions.refuse()).rejects.toThrow('Plan not saved: minutes.walkthrough: Too big');
  expect(actions.plain()).toBe(42);
});

test('a newer version upgrading the database: this connection closes at once, the page is told, the upgrade completes', async () => {
  const old = freshDb();
  await old.open();
  const outdated = vi.fn();
  closeWhenOutdated(old, outdated);
  const newer = new Dexie(old.name);
  newer.version(40).stores({ events: 'id, start, end, seriesId, [source+start]', extra: 'id' });
  await expect(
    Promise.race([newer.open().then(() => 'opened'), new Promise((r) => setTimeout(() => r('hung'), 2000))]),
  ).resolves.toBe('opened');
  expect(outdated).toHaveBeenCalledOnce();
  expect(old.isOpen()).toBe(false);
  newer.close();
});

test('settings written by a newer or corrupted version: the valid ones are kept, defaults for the rest, a notice, no crash', async () => {
  const db = freshDb();
  await db.meta.put({
    key: SETTINGS_KEY,
    value: { onboarded: true, role: 'superintendent', leaderLabel: 'Leader Q', weekStartsOn: 1, focusMode: 'deep' },
  });
  const read = await loadSettings(db);
  expect(read.settings).toMatchObject({ onboarded: true, role: 'principal', leaderLabel: 'Leader Q' });
  expect(read.problem).toBe(
    'Some stored settings could not be read: role was reset to the default; focusMode was ignored ' +
      '(a newer version may have written it). Check them in Settings and save.',
  );
  render(<SidePanelApp db={db} />);
  expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe(read.problem);
  // Saving writes a valid row; the notice goes away.
  await saveSettings(db, { role: 'assistant-principal' });
  expect((await loadSettings(db)).problem).toBeNull();

  for (const broken of ['not an object', 42, [1, 2]]) {
    await db.meta.put({ key: SETTINGS_KEY, value: broken });
    const again = await loadSettings(db);
    expect(again.settings.onboarded).toBe(false);
    expect(again.problem).toMatch(/^Stored settings could not be read \(they were not a settings record\)/);
  }
});
