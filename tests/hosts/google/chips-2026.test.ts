import { describe, expect, test } from 'vitest';
import { decodeEventId } from '../../../lib/hosts/google/decode';
import { readGoogleCalendar } from '../../../lib/hosts/google/read-whole';
import { renderGooglePage } from '../../fixtures/calendar-pages';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const b64 = (text: string) => btoa(text).replace(/=+$/, '');

/** A week with two all-day events and one timed event, as the fixtures render it (all-day chips in the 2019 shape). */
const week = () =>
  renderGooglePage({
    view: 'week',
    lang: 'en',
    hour12: true,
    firstDay: '2026-09-14',
    events: [
      { id: 'pd', title: 'All-day one', start: '2026-09-14', end: '2026-09-15', allDay: true },
      { id: 'fair', title: 'Book fair week', start: '2026-09-15', end: '2026-09-18', allDay: true },
      { id: 'walk', title: 'Walkthrough', start: '2026-09-14T09:00', end: '2026-09-14T10:00' },
    ],
  });

/**
 * The all-day chip as the live page drew it in September 2026 (research google-dom-2025-26 §1): the button holds a
 * span with the title first and the visually hidden description after it; whether the title is aria-hidden was not
 * recorded, so both are built.
 */
function as2026AllDay(html: string, titleHidden: boolean): Document {
  const doc = load(html);
  for (const button of Array.from(doc.querySelectorAll('[data-stacked-layout-chip-container] [role="button"]'))) {
    const description = button.querySelector('.XuJrye')!;
    const title = button.querySelector('.WBi6vc')!;
    if (!titleHidden) title.removeAttribute('aria-hidden');
    const wrapper = doc.createElement('span');
    wrapper.append(title, description);
    button.replaceChildren(wrapper);
  }
  return doc;
}

describe('the 2026 all-day chip (title first, the hidden description after it)', () => {
  test.each([true, false])('is read whether or not its title is aria-hidden (hidden: %s)', (titleHidden) => {
    const doc = as2026AllDay(week(), titleHidden);
    // The shape really changed: the description is no longer the button's first child.
    const button = doc.querySelector('[data-stacked-layout-chip-container] [role="button"]')!;
    expect(button.firstElementChild!.firstElementChild!.textContent).toBe('All-day one');
    const read = readGoogleCalendar(doc);
    expect(read.failures).toBe(0);
    expect(read.events.filter((e) => e.allDay).map((e) => [e.title, new Date(e.start).getDate()])).toEqual([
      ['All-day one', 14],
      ['Book fair week', 15],
    ]);
  });

  test('a chip none of whose texts parses is counted as not read, never dropped in silence', () => {
    const doc = as2026AllDay(week(), false);
    for (const d of Array.from(doc.querySelectorAll('.XuJrye'))) d.textContent = 'Something we cannot read at all';
    const read = readGoogleCalendar(doc);
    expect(read.elements).toBe(3);
    expect(read.failures).toBe(3);
  });
});

describe('time-blocked tasks (ttb_ chips, since late 2025)', () => {
  const ttb = `ttb_${b64('15qmhor3c7v7f60rp0teq0lak3 principal@m')}`;

  test('are told from events by their prefix, before decoding', () => {
    expect(decodeEventId(ttb)).toBeNull();
    expect(decodeEventId('tasks_rollover_view')).toBeNull();
    // An event id that merely starts with the letters is still an event.
    expect(decodeEventId(b64('ttbmeeting principal@m'))).toEqual({ eventId: 'ttbmeeting', calendar: 'principal@m' });
  });

  test('are neither events nor unread chips: the week reads whole and the task gets no badge', () => {
    const html = week().replace(
      '</body>',
      `<div data-eventchip="" data-eventid="${ttb}" role="button"><div class="XuJrye">task: Write observation notes, ` +
        'Not completed, September 14, 2026, 1pm to 2pm</div></div></body>',
    );
    const read = readGoogleCalendar(load(html));
    expect(read.failures).toBe(0);
    expect(read.events.map((e) => e.title)).not.toContain('Write observation notes');
    expect(read.chips.map((c) => c.element.getAttribute('data-eventid'))).not.toContain(ttb);
    expect(read.elements).toBe(3);
  });
});
