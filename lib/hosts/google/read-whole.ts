import { readAll, type HostRead } from '../types';
import { interpretGoogleLabels } from './interpret';
import { googleReader } from './read-google';

/**
 * Reads a Google page and interprets its texts on one thread: what the content script and the worker do between
 * them (tests, the bench's measures). The content script itself never imports this, so the parser stays out of it.
 */
export function readGoogleCalendar(doc: Document): HostRead {
  const read = readAll(googleReader, doc);
  if (!read.labels) return read;
  const { elements, failures, events, calendars, languageKnown } = interpretGoogleLabels(read.labels);
  return { ...read, elements, failures, events, calendars, languageKnown };
}
