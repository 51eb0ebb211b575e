import type { HostAdapter } from '../types';
import { outlookReader } from './read-outlook';
import { outlookSelectors } from './selectors';

/** Outlook on the web: the item wrapper (not its labelled button) holds the badge as its first child. */
export const outlookAdapter: HostAdapter = {
  id: 'outlook',
  reader: outlookReader,
  observedAttributes: ['data-calitemid', 'aria-label'],
  badgeSlot: () => 'inside',
  isChip: (element) => element.matches(outlookSelectors.item),
};
