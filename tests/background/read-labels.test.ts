import { expect, test } from 'vitest';
import { readLabels } from '../../lib/background/read-labels';
import { readAll } from '../../lib/hosts/types';
import { googleReader } from '../../lib/hosts/google/read-google';
import { MessageSchema, type MessageOf } from '../../lib/messages/schemas';
import { readFixture } from '../fixtures/read-fixture';

/** The message the content script sends for a fixture page: its chips' texts, unparsed. */
function pageMessage(file: string, edit: (doc: Document) => void = () => {}): MessageOf<'events-seen'> {
  const doc = new DOMParser().parseFromString(readFixture('google', file), 'text/html');
  edit(doc);
  const read = readAll(googleReader, doc);
  expect(read.events).toEqual([]);
  return MessageSchema.parse({
    type: 'events-seen',
    source: 'google',
    view: read.view,
    range: read.range,
    elements: read.elements,
    failures: 0,
    complete: true,
    events: [],
    labels: read.labels,
  }) as MessageOf<'events-seen'>;
}

const walk = (m: MessageOf<'events-seen'>) => m.events.find((e) => e.title.startsWith('Walkthrough'))!;

test('the worker reads the texts into events, with the same checks as a page’s events', () => {
  const { seen, outcome } = readLabels(pageMessage('week.en-US.12h.html'));
  expect(outcome).toMatchObject({ elements: 20, failures: 0, read: 20, unread: [], languageKnown: true });
  expect(seen.labels).toBeUndefined();
  expect(seen.complete).toBe(true);
  expect(walk(seen).response).toBe('unknown');
});

test('wall times are read in the page’s zone, not the worker’s', () => {
  // The fixture's label says GMT-05 and the tests run in New York, so the page sends its own zone as a table.
  const message = pageMessage('week.en-US.12h.html');
  expect(message.labels!.offset).toBeNull();
  expect(message.labels!.zone).toEqual([[Date.UTC(2026, 10, 9, 5), -300]]);
  const newYork = walk(readLabels(message).seen).start;
  const tokyo = walk(readLabels({ ...message, labels: { ...message.labels!, zone: [[0, 540]] } }).seen).start;
  expect(newYork - tokyo).toBe(14 * 3_600_000);
});

test('a zone no clock has, or texts that read into nothing storable, are refused with the reason', () => {
  const message = pageMessage('week.en-US.12h.html');
  const zoned = (zone: unknown) => MessageSchema.safeParse({ ...message, labels: { ...message.labels!, zone } });
  expect(zoned([[0, 5000]]).success).toBe(false);
  expect(zoned([]).success).toBe(false);
  expect(
    zoned([
      [10, -300],
      [5, -240],
    ]).error?.issues[0]?.message,
  ).toBe('zone changes in order');
  // A title longer than an event may hold: the worker's read passes the same schema as a page's events.
  const long = 'x'.repeat(3000);
  const chips = message.labels!.chips.map((c, i) =>
    i === 0 ? { ...c, texts: c.texts.map((t) => t.replace(c.titles[0]!, long)), titles: [long] } : c,
  );
  expect(() => readLabels({ ...message, labels: { ...message.labels!, chips } })).toThrow(/could not be read: .*title/);
});

test('a chip none of whose texts reads is counted, named, and left without a badge', () => {
  const message = pageMessage('week.en-US.12h.html', (doc) => {
    for (const el of Array.from(doc.querySelectorAll('.XuJrye')).slice(0, 2)) el.textContent = 'Something new';
  });
  const { outcome } = readLabels(message);
  expect(outcome.failures).toBe(2);
  expect(outcome.unread).toHaveLength(2);
  expect(outcome.read).toBe(18);
});
