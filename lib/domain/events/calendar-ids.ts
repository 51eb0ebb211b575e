/**
 * Which calendar an event is on. Plain functions and no zod, so the content script may use them too.
 *
 * Google's `data-eventid` ends in a shortened calendar id (research/calendar-dom-2026.md §1): `@m` is
 * gmail.com, `@g` group.calendar.google.com, `@v` group.v.calendar.google.com; anything else is the whole
 * address. The signed-in account's address (its primary calendar) is written out in full, so ids are
 * compared in their full form.
 */
const GOOGLE_DOMAINS: Record<string, string> = {
  m: 'gmail.com',
  g: 'group.calendar.google.com',
  v: 'group.v.calendar.google.com',
};

/** `name@m` → `name@gmail.com`; an address already in full, or anything unknown, is kept as written. */
export function fullCalendarId(id: string): string {
  const at = id.lastIndexOf('@');
  if (at < 0) return id;
  const domain = GOOGLE_DOMAINS[id.slice(at + 1)];
  return domain ? `${id.slice(0, at + 1)}${domain}` : id;
}

/** Compared without case: Google writes addresses in lower case, people type them in any case. */
export const sameCalendar = (a: string, b: string) =>
  fullCalendarId(a).toLowerCase() === fullCalendarId(b).toLowerCase();

/** The calendars an event is on (the one it was read from first, then the others showing the same meeting). */
export function calendarsOf(event: {
  calendarId?: string | undefined;
  alsoOn?: readonly string[] | undefined;
}): string[] {
  if (!event.calendarId) return [];
  return [event.calendarId, ...(event.alsoOn ?? [])];
}

/**
 * Outlook on the web names no chip's calendar (research/outlook-calendars.md): a chip is matched to a calendar of
 * the left pane by its colour, or by the Split view column it sits in. A matched chip's calendar is the pane's
 * name; a chip that cannot be matched with certainty is on "a calendar not known" of its colour, so the leader's
 * answer for one colour holds for every chip of that colour.
 */
export const OUTLOOK_CALENDAR_PREFIX = 'outlook:';
export const UNMATCHED_PREFIX = 'outlook-unmatched:';
export const outlookCalendarId = (name: string) => `${OUTLOOK_CALENDAR_PREFIX}${name.trim().toLowerCase()}`;
/** The calendar not known for a colour (`#0078d4`), or for chips with no colour to read. */
export const unmatchedCalendarId = (colour: string | undefined) => `${UNMATCHED_PREFIX}${colour ?? 'no colour'}`;
export const isUnmatched = (id: string) => id.toLowerCase().startsWith(UNMATCHED_PREFIX);
/** The colour an unmatched id stands for (`#0078d4`), or null for chips with no colour. */
export const unmatchedColour = (id: string): string | null => {
  const colour = id.slice(UNMATCHED_PREFIX.length);
  return colour.startsWith('#') ? colour : null;
};

/**
 * A person's own calendar (an address), as opposed to a shared group calendar (the school's events) or one of
 * Google's (holidays, birthdays): only a person's calendar is one somebody keeps for someone else.
 */
export function isPersonCalendar(id: string): boolean {
  const full = fullCalendarId(id).toLowerCase();
  // An Outlook calendar may be a person's shared calendar (the page gives only its name); an unmatched one is not.
  if (full.startsWith(OUTLOOK_CALENDAR_PREFIX)) return true;
  return full.includes('@') && !full.endsWith('.calendar.google.com');
}
