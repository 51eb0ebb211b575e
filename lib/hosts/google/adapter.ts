import type { HostAdapter } from '../types';
import { hasMonthNames, registerMonthNames } from '../dates-in-text';
import { localeFor } from './locales';
import { googleReader } from './read-google';

/** Google Calendar: timed chips are buttons (badge beside them); stacked month/all-day chips hold it inside. */
export const googleAdapter: HostAdapter = {
  id: 'google',
  reader: googleReader,
  // Chips are re-rendered with new ids; weeks swap in place and change the grid's date keys; labels change on edit.
  observedAttributes: ['data-eventid', 'data-viewkey', 'data-start-date-key', 'aria-label'],
  badgeSlot: (chip) => (chip.getAttribute('role') === 'button' ? 'beside' : 'inside'),
  isChip: (element) => element.getAttribute('role') === 'button' && element.hasAttribute('data-eventid'),
  // Month names come from the extension's own data for the page's language, asked once per page load.
  async prepare(doc, send) {
    const { code } = localeFor(doc.documentElement.lang || 'en');
    if (code === 'fallback' || hasMonthNames(code)) return;
    const reply = await send<{ table: [string, number][] | null }>({ type: 'month-names', lang: code });
    if (reply?.ok && reply.data.table) registerMonthNames(code, reply.data.table);
  },
};
