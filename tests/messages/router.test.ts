import { describe, expect, test, vi } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/messages/router';
import { loadReadHealth } from '../../lib/store/read-health';
import { at, freshDb } from '../builders';

const EXT = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const calendarTab = { id: EXT, url: 'https://calendar.google.com/calendar/u/0/r/week', tab: { id: 1 } };
const week = { start: at('2026-11-16'), end: at('2026-11-23') };
const seen = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'events-seen',
  source: 'google',
  view: 'week',
  range: week,
  elements: events.length,
  failures: 0,
  complete: true,
  events,
  ...extra,
});
const event = {
  sourceId: 'abc',
  title: 'Walkthrough 3rd grade',
  start: at('2026-11-16', '09:00'),
  end: at('2026-11-16', '10:00'),
  allDay: false,
};

function setup() {
  const db = freshDb();
  const log = vi.fn();
  const route = createRouter(
    createHandlers(
      () => db,
      () => 1000,
    ),
    { extensionId: EXT, extensionOrigin: ORIGIN, log },
  );
  return { db, log, route };
}

describe('the message router', () => {
  test('accepts events from a Google Calendar tab and stores them', async () => {
    const { db, route } = setup();
    const reply = await route(seen([event]), calendarTab);
    expect(reply).toMatchObject({
      ok: true,
      data: {
        recorded: true,
        result: { added: 1 },
        tags: { abc: { kind: 'instructional', activity: 'walkthrough', setBy: 'rule' } },
      },
    });
    expect(await db.events.count()).toBe(1);
  });

  test.each([
    ['another extension', { ...calendarTab, id: 'someone-else' }, /not this extension/],
    [
      'a page that is not a calendar',
      { ...calendarTab, url: 'https://evil.example/calendar.google.com' },
      /not a calendar page/,
    ],
    ['plain http Google Calendar', { ...calendarTab, url: 'http://calendar.google.com/' }, /not a calendar page/],
    [
      'an Outlook page claiming to be Google',
      { ...calendarTab, url: 'https://outlook.office.com/calendar/view/week' },
      /outlook page sent data about google/,
    ],
  ])('rejects events from %s and says why', async (_name, sender, reason) => {
    const { db, log, route } = setup();
    const reply = await route(seen([event]), sender);
    expect(reply.ok).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(reason));
    expect(await db.events.count()).toBe(0);
  });

  test.each([
    ['an unknown type', { type: 'export-everything' }, /^malformed message: type: Invalid discriminator value/],
    ['a string time', seen([{ ...event, start: '9am' }]), /events\.0\.start/],
    ['an end before the start', seen([{ ...event, end: event.start - 1 }]), /ends before it starts/],
    ['extra fields', seen([{ ...event, attendees: ['Student Name'] }]), /attendees/],
    ['not an object', 'hello', /^malformed message: Invalid input: expected object, received string$/],
    [
      'a bad account address',
      { ...seen([event]), account: { email: 'not an address' } },
      /^malformed message: account\.email: an e-mail address$/,
    ],
  ])('rejects %s with a specific reason and stores nothing', async (_name, message, reason) => {
    const { db, route } = setup();
    const reply = await route(message, calendarTab);
    expect(reply).toMatchObject({ ok: false });
    if (!reply.ok) expect(reply.error).toMatch(reason);
    expect(await db.events.count()).toBe(0);
  });

  test('a view with event elements but nothing readable records nothing and counts the failure', async () => {
    const { db, route } = setup();
    await route(seen([event]), calendarTab);
    const reply = await route(seen([], { elements: 12, failures: 12, complete: false }), calendarTab);
    expect(reply).toMatchObject({ ok: true, data: { recorded: false } });
    expect((await db.events.get('google:abc'))?.removedAt).toBeNull();
    expect(await loadReadHealth(db)).toMatchObject({ recorded: false, elements: 12, failures: 12, failedReads: 1 });
  });

  test('a read with some failures stores what parsed but removes nothing', async () => {
    const { db, route } = setup();
    await route(seen([event, { ...event, sourceId: 'other', title: 'Bus duty' }]), calendarTab);
    await route(seen([event], { elements: 2, failures: 1 }), calendarTab);
    expect((await db.events.get('google:other'))?.removedAt).toBeNull();
  });

  test('set-tag from the badge stores a person tag and answers with it', async () => {
    const { db, route } = setup();
    await route(seen([event]), calendarTab);
    const reply = await route(
      { type: 'set-tag', source: 'google', sourceId: 'abc', kind: 'operational', activity: 'discipline' },
      calendarTab,
    );
    expect(reply).toMatchObject({
      ok: true,
      data: { tag: { kind: 'operational', activity: 'discipline', setBy: 'person' } },
    });
    expect(await db.tags.get('google:abc')).toMatchObject({ setBy: 'person' });
  });

  test('store errors come back as messages, not silence', async () => {
    const { db, route } = setup();
    const reply = await route(
      { type: 'set-tag', source: 'google', sourceId: 'missing', kind: 'operational' },
      calendarTab,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(await db.tags.count()).toBe(0);
  });

  test('extension pages may send messages too', async () => {
    const { route } = setup();
    const reply = await route(
      { type: 'get-tags', source: 'google', sourceIds: [] },
      { id: EXT, url: `${ORIGIN}sidepanel.html` },
    );
    expect(reply).toEqual({ ok: true, data: { tags: {} } });
  });
});
