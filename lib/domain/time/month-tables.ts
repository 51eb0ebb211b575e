import data from './month-tables.json';

/**
 * Month names per Google Calendar language, generated at build time from Node's full ICU data
 * (scripts/make-month-tables.ts). Only the background and tests import this: a content script asks
 * the background for its page's language, so it never carries all of them.
 */
export const MONTH_TABLES_SOURCE: string = data.source;

export function monthTableFor(code: string): [string, number][] | null {
  const table = (data.tables as unknown as Record<string, [string, number][]>)[code];
  return table ?? null;
}

export const MONTH_TABLE_CODES = Object.keys(data.tables);
