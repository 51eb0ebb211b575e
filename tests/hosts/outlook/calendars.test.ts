import { describe, expect, test } from 'vitest';
import { outlookCalendarId, unmatchedCalendarId } from '../../../lib/domain/events/calendar-ids';
import { readCalendarList } from '../../../lib/hosts/outlook/calendar-list';
import { readOutlookCalendar } from '../../../lib/hosts/outlook/read-outlook';
import { renderOutlookPage } from '../../fixtures/calendar-pages';
import { AP, BIRTHDAYS, CATEGORY, OWN, overlayPage } from '../../fixtures/outlook-overlay';

const MONDAY = '2026-11-16';
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (extra: Parameters<typeof overlayPage>[1] = {}) =>
  readOutlookCalendar(load(renderOutlookPage(overlayPage(MONDAY, extra))));
const calendarOf = (r: ReturnType<typeof read>, title: string) => r.events.find((e) => e.title === title)?.calendarId;
const OWN_ID = outlookCalendarId(OWN.name);
const AP_ID = outlookCalendarId(AP.name);

describe("Outlook's calendar list", () => {
  test.each(['listbox', 'navigation'] as const)('the %s shape: names, shown state and colours', (pane) => {
    expect(readCalendarList(load(renderOutlookPage(overlayPage(MONDAY, { pane }))))).toEqual({
      state: 'read',
      calendars: [
        // In the pane's order: "My calendars" first, then "People's calendars".
        { name: OWN.name, shown: true, colour: OWN.colour },
        { name: BIRTHDAYS.name, shown: false, colour: BIRTHDAYS.colour },
        { name: AP.name, shown: true, colour: AP.colour },
      ],
    });
  });
  test('a collapsed pane is said to be collapsed, and a pane with no calendar rows unreadable', () => {
    expect(readCalendarList(load(renderOutlookPage(overlayPage(MONDAY, { pane: 'collapsed' }))))).toEqual({
      state: 'collapsed',
      calendars: [],
    });
    const empty = renderOutlookPage(overlayPage(MONDAY)).replace(/role="option" aria-selected="(true|false)"/g, '');
    expect(readCalendarList(load(empty)).state).toBe('unreadable');
  });
});

describe('attributing each chip, only when certain', () => {
  test('several shown: a chip of exactly one shown calendar’s colour is that calendar’s; a category colour is not known', () => {
    const r = read();
    expect(r.calendarList).toBe('read');
    expect(r.calendars).toEqual([
      { id: OWN_ID, name: OWN.name },
      { id: AP_ID, name: AP.name },
    ]);
    expect(r.failures).toBe(0);
    expect(calendarOf(r, 'Walkthrough: grade 3 reading')).toBe(OWN_ID);
    expect(calendarOf(r, 'Lunch duty')).toBe(AP_ID);
    expect(calendarOf(r, 'Budget review with district finance')).toBe(unmatchedCalendarId(CATEGORY));
    expect(r.events.find((e) => e.title === 'Lunch duty')!.color).toBe(AP.colour);
  });

  test('two shown calendars of one colour: their chips are not known, never guessed', () => {
    const r = read({ calendars: [OWN, { ...AP, colour: OWN.colour }, BIRTHDAYS] });
    expect(calendarOf(r, 'Walkthrough: grade 3 reading')).toBe(unmatchedCalendarId(OWN.colour));
    expect(calendarOf(r, 'Lunch duty')).toBe(unmatchedCalendarId(OWN.colour));
  });

  test('a hidden calendar sharing a colour does not make a shown one uncertain', () => {
    const r = read({ calendars: [OWN, AP, { ...BIRTHDAYS, colour: OWN.colour }] });
    expect(calendarOf(r, 'Walkthrough: grade 3 reading')).toBe(OWN_ID);
  });

  test('one calendar shown: every chip is that calendar’s, whatever its colour (categories too)', () => {
    const r = read({ calendars: [OWN, { ...AP, shown: false }, BIRTHDAYS] });
    expect(new Set(r.events.map((e) => e.calendarId))).toEqual(new Set([OWN_ID]));
  });

  test('Split view: a chip is the calendar of its column, even when the colours are equal', () => {
    const r = read({ calendars: [OWN, { ...AP, colour: OWN.colour }, BIRTHDAYS], split: true });
    expect(calendarOf(r, 'Walkthrough: grade 3 reading')).toBe(OWN_ID);
    expect(calendarOf(r, 'Lunch duty')).toBe(AP_ID);
    expect(calendarOf(r, 'Budget review with district finance')).toBe(OWN_ID);
  });

  test('with the pane collapsed nothing is guessed: the events carry no calendar, and the read says why', () => {
    const r = read({ pane: 'collapsed' });
    expect(r.calendarList).toBe('collapsed');
    expect(r.events.every((e) => e.calendarId === undefined)).toBe(true);
    expect(r.events.length).toBeGreaterThan(15);
  });

  test('the 2026 pane (navigation, toggle buttons) attributes the same way', () => {
    const r = read({ pane: 'navigation' });
    expect(calendarOf(r, 'Walkthrough: grade 3 reading')).toBe(OWN_ID);
    expect(calendarOf(r, 'Lunch duty')).toBe(AP_ID);
  });
});
