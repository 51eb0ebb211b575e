import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderCorpusWeek } from '../fixtures/corpus-page';
import { readRows } from './idb';
import { launchExtension, serveAt, type ExtensionSession } from './harness';

describe('Google Calendar in other languages, from the real label corpus', () => {
  let session: ExtensionSession;
  let html = '';
  beforeAll(async () => {
    session = await launchExtension({ timezoneId: 'UTC' });
    await serveAt(session.context, 'https://calendar.google.com/**', () => html);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each([
    ['es', '12h'],
    ['de', '24h'],
    ['ja', '12h'],
    ['ar', '12h'],
    ['hi', '24h'],
  ] as const)('%s (%s) is captured with the right times', async (lang, format) => {
    const page = renderCorpusWeek(lang, format);
    html = page.html;
    const calendar = await session.context.newPage();
    await calendar.goto(`https://calendar.google.com/calendar/u/0/r/week/2024/6/9?hl=${lang}`);
    await calendar.locator('button[data-leadership-calendar]').first().waitFor();
    const options = await session.page('options.html');
    const stored = await readRows<{ sourceId: string; start: number; end: number }>(options, 'events');
    for (const [id, times] of page.expected) {
      const event = stored.find((e) => e.sourceId === id);
      expect(event, `${lang} ${id}`).toBeDefined();
      expect([event!.start, event!.end], `${lang} ${id}`).toEqual([times.start, times.end]);
    }
    await options.close();
    await calendar.close();
  });
});
