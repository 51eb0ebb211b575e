import type { HostAdapter } from '../types';
import { googleReader } from './read-google';

/** Google Calendar: timed chips are buttons (badge beside them); stacked month/all-day chips hold it inside. */
export const googleAdapter: HostAdapter = {
  id: 'google',
  reader: googleReader,
  // Chips are re-rendered with new ids; weeks swap in place and change the grid's date keys; labels change on edit.
  observedAttributes: ['data-eventid', 'data-viewkey', 'data-start-date-key', 'aria-label'],
  badgeSlot: (chip) => (chip.getAttribute('role') === 'button' ? 'beside' : 'inside'),
  isChip: (element) => element.getAttribute('role') === 'button' && element.hasAttribute('data-eventid'),
};
