import { describe, expect, test } from 'vitest';
import { readGoogleCalendar } from '../../../lib/hosts/google/read-whole';
import { toStoredEvent } from '../../../lib/domain/events/event';
import { RawEventSchema } from '../../../lib/domain/events/event';
import { matchRule } from '../../../lib/rules/apply';
import { colourKeyRule, coloursSeen, customColourKey } from '../../../lib/rules/colour-key';
import { renderGooglePage, type GoogleLang, type PageEvent } from '../../fixtures/calendar-pages';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ev = (id: string, title: string, from: string, extra: Partial<PageEvent> = {}): PageEvent => ({
  id,
  title,
  start: `2026-09-14T${from}`,
  end: `2026-09-14T${from.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, '0'))}`,
  ...extra,
});

/**
 * A week in dark mode with a custom colour ("Team Meetings", June 2026: any hex, a free-text name) and a palette colour
 * drawn in its dark-mode hex (research google-dom-2025-26.md §2). The custom colour's hex is the dark Blueberry's on
 * purpose: a custom colour may have any hex, so on an English page its name decides.
 */
function darkWeek(lang: GoogleLang, grape: string) {
  return readGoogleCalendar(
    load(
      renderGooglePage({
        view: 'week',
        lang,
        hour12: lang === 'en',
        firstDay: '2026-09-14',
        theme: 'dark',
        events: [
          ev('team', 'Grade team sync', '09:00', { color: '#6e72c3', colorName: 'Team Meetings' }),
          ev('fb', 'Feedback: Mr. Chen', '11:00', { color: '#a75aba', colorName: grape }),
          ev('plain', 'Budget', '13:00', { color: '#039be5' }),
        ],
      }),
    ),
  );
}

describe('Google colours as the page draws them in 2026', () => {
  test('dark mode, English: the palette colour by name, the custom colour by its own name, never by its hex', () => {
    const read = darkWeek('en', 'Grape');
    const by = (title: string) => read.events.find((e) => e.title === title)!;
    expect(by('Grade team sync').colorName).toBe('Team Meetings');
    expect(by('Feedback: Mr. Chen').colorName).toBe('Grape');
    expect(by('Budget').colorName).toBeUndefined();
  });

  test('another language: a translated palette name is known by its hex in the page’s own mode', () => {
    const read = darkWeek('es', 'Uva');
    expect(read.events.find((e) => e.title.startsWith('Feedback'))!.colorName).toBe('Grape');
  });

  test('the key offers the custom colour, tags both colours, and leaves the calendar-coloured event alone', () => {
    const stored = darkWeek('en', 'Grape').events.map((raw) =>
      toStoredEvent('google', RawEventSchema.parse(raw), 1, undefined),
    );
    expect(coloursSeen(stored, 0)).toEqual([
      { id: 'custom:team meetings', label: 'Team Meetings', hex: '#6e72c3', events: 1 },
    ]);
    const rules = [
      { ...colourKeyRule(customColourKey('Team Meetings'), 'plc', 'Team Meetings'), order: 0 },
      { ...colourKeyRule('grape', 'feedback'), order: 1 },
    ];
    const tagged = stored.map((e) => [e.title, matchRule(rules, e)?.rule.activity ?? null]);
    expect(tagged).toEqual([
      ['Grade team sync', 'plc'],
      ['Feedback: Mr. Chen', 'feedback'],
      ['Budget', null],
    ]);
  });
});
