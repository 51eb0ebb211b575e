import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { parseBackup, RestoreError, restoreBackup } from '../../lib/exchange/backup';
import { addTrendFiles } from '../../lib/exchange/coach-files';
import { IcsError } from '../../lib/exchange/ics';
import { importIcs } from '../../lib/exchange/ics-import';
import { localeFor } from '../../lib/hosts/google/locales';
import { parseGoogleLabel } from '../../lib/hosts/google/parse-label';
import { parseOutlookLabel } from '../../lib/hosts/outlook/parse-label';
import { createRouter } from '../../lib/messages/router';
import type { LeadershipDb } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { loadCorpus } from '../hosts/google/corpus';
import { at, freshDb } from '../builders';

/** Inputs tried by the property tests, printed for the record. */
const tried: Record<string, number> = {};
const count = (name: string) => {
  tried[name] = (tried[name] ?? 0) + 1;
};

/** Titles made to look like the parts of a label: times, am/pm, dates, month names, commas, digits. */
const adversarialTitle = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '10:30',
        '9am',
        '12:15pm',
        'to',
        '–',
        ',',
        'June 9, 2024',
        'at',
        '23:59',
        'PM',
        'a.m.',
        '午後',
        '٣:٤٥',
      ),
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.integer({ min: 0, max: 2400 }).map(String),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(' ').trim())
  .filter((t) => t.length > 0);

describe('chip labels never give a wrong time (unreadable is fine)', () => {
  const { cases } = loadCorpus();
  const timed = cases.filter((c) => !c.expected.startDate && c.label.includes(c.summary));

  test('any title, however much it looks like a time, in every corpus language and format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...timed), adversarialTitle, (c, title) => {
        count('labels with adversarial titles');
        const label = c.label.replace(c.summary, title);
        const parsed = parseGoogleLabel(label, { lang: c.lang, locale: localeFor(c.lang).table, title });
        if (parsed && !parsed.allDay) {
          expect([parsed.startMinutes, parsed.endMinutes], `${c.lang}: ${label}`).toEqual([
            c.expected.startMinutes,
            c.expected.endMinutes,
          ]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('Outlook: any title before the time part, in 12 h and 24 h labels', () => {
    fc.assert(
      fc.property(adversarialTitle, fc.boolean(), (title, h12) => {
        count('Outlook labels with adversarial titles');
        const times = h12 ? '8:45 AM to 9:30 AM' : '08:45 to 09:30';
        const label = `${title}, ${times}, Monday, August 31, 2026, By A Colleague, Busy`;
        const parsed = parseOutlookLabel(label);
        if (parsed && !parsed.allDay) expect([parsed.startMinutes, parsed.endMinutes], label).toEqual([525, 570]);
      }),
      { numRuns: 2000 },
    );
  });

  test('any string at all: no crash, and any time read is a time of day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('en', 'de', 'ja', 'ar', 'hi', 'xx'), (label, lang) => {
        count('arbitrary label strings');
        const parsed = parseGoogleLabel(label, { lang, locale: localeFor(lang).table });
        if (parsed && !parsed.allDay) {
          count('arbitrary label strings read as a time');
          for (const m of [parsed.startMinutes, parsed.endMinutes])
            expect(m !== undefined && m >= 0 && m <= 24 * 60).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('label-shaped strings with any times, possible or not: the time read is the one written, an impossible one is never read', () => {
    // A time as a 12-hour or 24-hour clock might write it, or as no clock can ("13pm", "0am", "9:75", "25:00").
    const clock = fc.oneof(
      fc
        .record({ h: fc.integer({ min: 0, max: 14 }), m: fc.constantFrom(0, 15, 30, 59, 60, 75), pm: fc.boolean() })
        .map((t) => ({
          text: `${t.h}${t.m ? `:${String(t.m).padStart(2, '0')}` : ''}${t.pm ? 'pm' : 'am'}`,
          minutes: t.h >= 1 && t.h <= 12 && t.m <= 59 ? (t.h % 12) * 60 + t.m + (t.pm ? 720 : 0) : null,
        })),
      fc.record({ h: fc.integer({ min: 0, max: 26 }), m: fc.constantFrom(0, 5, 45, 59, 60, 99) }).map((t) => ({
        text: `${String(t.h).padStart(2, '0')}:${String(t.m).padStart(2, '0')}`,
        minutes: t.h <= 24 && t.m <= 59 ? t.h * 60 + t.m : null,
      })),
    );
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(clock, clock, adversarialTitle, (from, to, title) => {
        const label = `${from.text} to ${to.text}, ${title}, No location, June 10, 2024`;
        const parsed = parseGoogleLabel(label, { lang: 'en', locale: localeFor('en').table, title });
        if (from.minutes === null || to.minutes === null) {
          expect(parsed, label).toBeNull();
          refused++;
        } else if (parsed) {
          expect([parsed.startMinutes, parsed.endMinutes], label).toEqual([from.minutes, to.minutes]);
          read++;
        }
      }),
      { numRuns: 2000 },
    );
    // Both halves of the property were exercised, many times.
    expect(read).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
    count('label-shaped strings read exactly');
    tried['label-shaped strings read exactly'] = read;
    tried['label-shaped strings refused'] = refused;
  });
});

describe('messages from a calendar page', () => {
  const EXT = 'abcdefghijklmnop';
  const googleTab = { id: EXT, url: 'https://calendar.google.com/calendar/u/0/r/week', tab: { id: 1 } };
  const valid = {
    type: 'events-seen',
    source: 'google',
    view: 'week',
    range: { start: at('2026-11-16'), end: at('2026-11-23') },
    elements: 1,
    failures: 0,
    complete: true,
    events: [
      {
        sourceId: 'a',
        title: 'Walkthrough',
        start: at('2026-11-16', '09:00'),
        end: at('2026-11-16', '10:00'),
        allDay: false,
      },
    ],
  };
  const routeFor = (db: LeadershipDb) =>
    createRouter(
      createHandlers(
        () => db,
        () => 1000,
      ),
      { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, log: () => {} },
    );
  const stored = async (db: LeadershipDb) => (await db.events.count()) + (await db.tags.count());

  test('random values are refused and nothing is stored', async () => {
    const db = freshDb();
    const route = routeFor(db);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (message) => {
        count('random messages');
        const reply = await route(message, googleTab);
        expect(reply.ok).toBe(false);
        expect(await stored(db)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('a valid message with one field made wrong is refused and nothing is stored', async () => {
    const db = freshDb();
    const route = routeFor(db);
    const wrongField = fc.oneof(
      fc.record({
        path: fc.constantFrom('type', 'source', 'view', 'elements', 'complete', 'range'),
        value: fc.anything(),
      }),
      fc.record({ path: fc.constantFrom('start', 'end', 'title', 'sourceId', 'allDay'), value: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(wrongField, async ({ path, value }) => {
        count('mutated messages');
        const message = structuredClone(valid) as Record<string, unknown> & { events: Record<string, unknown>[] };
        if (['start', 'end', 'title', 'sourceId', 'allDay'].includes(path)) message.events[0]![path] = value;
        else message[path] = value;
        const reply = await route(message, googleTab);
        if (reply.ok) {
          // Only values the schema accepts get through (e.g. another view name or a 0 count): exactly the one
          // event the message carried is stored, as the message says it.
          count('mutated messages accepted');
          const events = await db.events.toArray();
          expect(events).toHaveLength(1);
          const sent = message.events[0]!;
          expect(events[0]).toMatchObject({
            sourceId: sent.sourceId,
            title: sent.title,
            start: sent.start,
            end: sent.end,
          });
          await db.events.clear();
          await db.tags.clear();
          return;
        }
        count('mutated messages refused');
        expect(reply.error.length).toBeGreaterThan(10);
        expect(await stored(db)).toBe(0);
      }),
      { numRuns: 400 },
    );
    expect(tried['mutated messages accepted']).toBeGreaterThan(0);
    expect(tried['mutated messages refused']).toBeGreaterThan(100);
  });

  test('a Google page may not write Outlook events (the sender decides the host, not the message)', async () => {
    const db = freshDb();
    const reply = await routeFor(db)({ ...valid, source: 'outlook' }, googleTab);
    expect(reply).toEqual({ ok: false, error: `a google page sent data about outlook` });
    expect(await stored(db)).toBe(0);
    const fromOutlook = { ...googleTab, url: 'https://outlook.office.com/calendar/view/week' };
    expect((await routeFor(db)({ ...valid, source: 'google' }, fromOutlook)).ok).toBe(false);
    expect((await routeFor(db)(valid, { ...googleTab, url: 'http://calendar.google.com/' })).ok).toBe(false);
    expect((await routeFor(db)(valid, { ...googleTab, url: 'https://calendar.google.com.evil.example/' })).ok).toBe(
      false,
    );
    expect(await stored(db)).toBe(0);
  });
});

describe('any bytes as a file change nothing and get a specific error', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ maxLength: 500 }).map((s) => new TextEncoder().encode(s)),
    fc
      .constantFrom(
        '{"format":"leadership-calendar-backup","version":1}',
        'BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR',
        'leader,week_start\n',
        '{"format":"leadership-calendar-trend","version":1,"rows":[{}]}',
      )
      .chain((start) => fc.string({ maxLength: 200 }).map((tail) => new TextEncoder().encode(start + tail))),
  );
  const asFile = (name: string, data: Uint8Array) => {
    const text = new TextDecoder().decode(data);
    return { name, size: data.length, text: async () => text };
  };
  let seeded: LeadershipDb;
  let before = '';
  const snapshot = async (db: LeadershipDb) =>
    JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

  test('backup, .ics and trend files', async () => {
    seeded = freshDb();
    await recordScan(seeded, {
      source: 'google',
      range: null,
      complete: false,
      events: [
        {
          sourceId: 'x',
          title: 'Walkthrough',
          start: at('2026-11-16', '09:00'),
          end: at('2026-11-16', '10:00'),
          allDay: false,
          response: 'unknown',
          cancelled: false,
        },
      ],
      now: 1,
    });
    before = await snapshot(seeded);
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        count('hostile files (backup, .ics, trend)');
        const text = new TextDecoder().decode(data);
        let backupError: unknown;
        try {
          await restoreBackup(seeded, parseBackup(text));
        } catch (error) {
          backupError = error;
        }
        expect(backupError).toBeInstanceOf(RestoreError);
        expect((backupError as Error).message.length).toBeGreaterThan(20);

        let icsError: unknown;
        try {
          await importIcs(seeded, asFile('x.ics', data), { start: 0, end: 8.64e15 }, 2);
        } catch (error) {
          icsError = error;
        }
        // A random file is never a valid calendar with valid events.
        expect(icsError).toBeInstanceOf(IcsError);

        const [result] = await addTrendFiles(seeded, [asFile('x.csv', data)]);
        expect(result!.ok).toBe(false);
        expect(result!.message.startsWith('x.csv: ')).toBe(true);

        expect(await snapshot(seeded)).toBe(before);
      }),
      { numRuns: 150 },
    );
    console.log(`Inputs tried by the hostile-input property tests: ${JSON.stringify(tried)}`);
  });
});
