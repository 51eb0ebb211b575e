import { z } from '../../zod';
import { calendarsOf, fullCalendarId, isUnmatched, unmatchedColour } from './calendar-ids';
import { HOST_IDS, type HostId } from './hosts';

/**
 * Whose time it is. Leaders overlay an assistant principal's calendar, the school's events and holidays on
 * their own (Google draws them in one grid), and an AP keeps the principal's calendar (the SAM practice,
 * research/leader-practice.md §1–2). Only the leader's own calendars count in any number; every other
 * calendar's events are still read, badged and listed for tagging.
 */

const epochMs = z.number().int().min(0).max(8.64e15);
const CalendarIdSchema = z.string().trim().min(1).max(500);

/** A calendar a page showed, with the name the page gives it. */
export const CalendarInfoSchema = z.strictObject({
  /** Full form (`name@gmail.com`, `…@group.calendar.google.com`). */
  id: CalendarIdSchema,
  source: z.enum(HOST_IDS),
  name: z.string().max(200).optional(),
  firstSeen: epochMs,
  lastSeen: epochMs,
});
export type CalendarInfo = z.infer<typeof CalendarInfoSchema>;

/** The signed-in account a calendar page showed (Google's account button): its address is its own calendar's id. */
export const AccountSchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
  name: z.string().max(200).optional(),
  source: z.enum(HOST_IDS),
  seenAt: epochMs,
});
export type Account = z.infer<typeof AccountSchema>;

export const KeptCalendarSchema = z.strictObject({
  calendarId: CalendarIdSchema,
  /** The person this calendar is kept for ("Dr. Lee"): tags on it are sent to them. */
  name: z.string().trim().min(1, 'Say whose calendar this is').max(80),
});
export type KeptCalendar = z.infer<typeof KeptCalendarSchema>;

/** The leader's answer to "which calendars are yours?" (part of the settings). */
export const CalendarChoiceSchema = z.strictObject({
  /** Calendar ids that are the leader's own; null until the leader has chosen. */
  mine: z.array(CalendarIdSchema).max(100).nullable(),
  /** Calendars this person keeps for someone else. Never counted as their own. */
  keptFor: z.array(KeptCalendarSchema).max(20),
  /**
   * Outlook events matched to no calendar, by colour (calendar-ids.ts): counted as the leader's (true) or not
   * (false). A colour not listed has not been answered: its events are not counted, and the glance asks.
   */
  unmatched: z.record(CalendarIdSchema, z.boolean()).default({}),
});
export type CalendarChoice = z.infer<typeof CalendarChoiceSchema>;
/** A choice as written before Outlook's unmatched colours were asked about (they default to none answered). */
export type CalendarChoiceInput = Omit<CalendarChoice, 'unmatched'> & { unmatched?: CalendarChoice['unmatched'] };
export const NO_CALENDAR_CHOICE: CalendarChoice = { mine: null, keptFor: [], unmatched: {} };

/** The form ids are compared in. */
export const calendarKey = (id: string) => fullCalendarId(id).toLowerCase();

export interface CalendarScope {
  /** Calendars that count; null: every calendar on screen counts (nothing chosen, no account seen). */
  mine: ReadonlySet<string> | null;
  /** Calendars kept for someone else: never counted. */
  kept: ReadonlySet<string>;
  /** Calendars a district's name rule leaves out (Holidays): never counted. */
  excluded?: ReadonlySet<string>;
  /** Outlook's calendars not known (by colour) the leader counts as theirs; every other one is not counted. */
  unmatched?: ReadonlySet<string>;
  /** Where `mine` came from: the leader's choice, the signed-in account's own calendar, or nothing yet. */
  how: 'chosen' | 'account' | 'all';
}

/** Counts everything: the scope of tests and of anything read before calendars were known. */
export const ALL_CALENDARS: CalendarScope = { mine: null, kept: new Set(), how: 'all' };

/** A district's calendar rules by name (settings.calendarNames); `locked` when the leader's choice may not pass them. */
export interface CalendarNameRules {
  ownOnly: boolean;
  include: readonly string[];
  exclude: readonly string[];
  locked?: boolean;
}
export const NO_NAME_RULES: CalendarNameRules = { ownOnly: true, include: [], exclude: [] };

/** The calendars whose name contains any of the parts (case-insensitive). */
function named(directory: ReadonlyMap<string, CalendarInfo>, parts: readonly string[]): Set<string> {
  const lower = parts.map((p) => p.toLowerCase());
  const out = new Set<string>();
  if (lower.length === 0) return out;
  for (const [id, info] of directory) {
    const name = info.name?.toLowerCase();
    if (name && lower.some((p) => name.includes(p))) out.add(id);
  }
  return out;
}

/**
 * The calendars that count. The leader's choice when made; until then the signed-in account's own calendar
 * when a page has shown it (Google: the account's address is its primary calendar's id); else all of them.
 * A district's name rules add calendars (include) and leave some out (exclude) where the leader has not chosen,
 * and always when they are locked.
 */
export function scopeFor(
  choice: CalendarChoiceInput,
  account: Pick<Account, 'email'> | null,
  seenIds: readonly string[],
  names: CalendarNameRules = NO_NAME_RULES,
  directory: ReadonlyMap<string, CalendarInfo> = new Map(),
): CalendarScope {
  const kept = new Set(choice.keptFor.map((k) => calendarKey(k.calendarId)));
  const chosen = choice.mine !== null;
  const rulesApply = !chosen || names.locked === true;
  const excluded = rulesApply ? named(directory, names.exclude) : new Set<string>();
  const included = rulesApply ? named(directory, names.include) : new Set<string>();
  const counted = Object.entries(choice.unmatched ?? {}).flatMap(([id, yes]) => (yes ? [calendarKey(id)] : []));
  const scope = (mine: Set<string> | null, how: CalendarScope['how']): CalendarScope => {
    if (mine) for (const id of [...mine]) if (kept.has(id) || excluded.has(id)) mine.delete(id);
    const out: CalendarScope = excluded.size ? { mine, kept, excluded, how } : { mine, kept, how };
    if (counted.length) out.unmatched = new Set(counted);
    return out;
  };
  if (chosen) return scope(new Set([...choice.mine!.map(calendarKey), ...included]), 'chosen');
  const own = account ? calendarKey(account.email) : null;
  if (names.ownOnly && own && !kept.has(own) && seenIds.some((id) => calendarKey(id) === own))
    return scope(new Set([own, ...included]), 'account');
  return scope(null, 'all');
}

/**
 * True when an event's time is the leader's. An event the page did not place on a calendar (an imported .ics file,
 * an Outlook page whose calendar list was hidden) is the leader's; an Outlook event matched to no calendar is not,
 * until the leader counts its colour; a meeting on several calendars counts when any of them is the leader's.
 */
export function countsAsMine(
  event: { calendarId?: string | undefined; alsoOn?: readonly string[] | undefined },
  scope: CalendarScope,
): boolean {
  const every = calendarsOf(event).map(calendarKey);
  if (every.length === 0) return true;
  if (scope.unmatched && every.some((id) => scope.unmatched!.has(id))) return true;
  const all = every.filter((id) => !isUnmatched(id));
  if (all.length === 0) return false;
  const ids = scope.excluded ? all.filter((id) => !scope.excluded!.has(id)) : all;
  if (scope.mine) return ids.some((id) => scope.mine!.has(id));
  return ids.some((id) => !scope.kept.has(id));
}

/** The events on the leader's own calendars: what reviews, protected blocks and Find time look at. */
export const ownEvents = <E extends { calendarId?: string | undefined; alsoOn?: readonly string[] | undefined }>(
  events: readonly E[],
  scope: CalendarScope,
): E[] => events.filter((e) => countsAsMine(e, scope));

export interface CalendarOnScreen {
  id: string;
  name: string;
  source: HostId | null;
  /** Events of the week on this calendar. */
  events: number;
  counted: boolean;
  /** The signed-in account's own calendar. */
  account: boolean;
  keptFor: string | null;
}

/** "Dr. Lee", or the calendar's address when the page gave no name. */
export function calendarName(
  id: string,
  directory: ReadonlyMap<string, CalendarInfo>,
  account: Pick<Account, 'email' | 'name'> | null,
): string {
  const key = calendarKey(id);
  const named = directory.get(key)?.name;
  if (named) return named;
  if (isUnmatched(key)) {
    const colour = unmatchedColour(key);
    return colour ? `Calendar not known (colour ${colour})` : 'Calendar not known';
  }
  if (account && calendarKey(account.email) === key) return account.name ?? account.email;
  return fullCalendarId(id);
}

/**
 * The calendars a week's events are on, the leader's first, each with its name and how many of the week's
 * events it holds: what the "Your calendars" question lists and the glance's "Not counted" line names.
 */
export function calendarsOnScreen(
  events: readonly { calendarId?: string | undefined; alsoOn?: readonly string[] | undefined; source?: string }[],
  directory: ReadonlyMap<string, CalendarInfo>,
  scope: CalendarScope,
  choice: CalendarChoiceInput,
  account: Pick<Account, 'email' | 'name'> | null,
): CalendarOnScreen[] {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const id of calendarsOf(event)) counts.set(calendarKey(id), (counts.get(calendarKey(id)) ?? 0) + 1);
  const kept = new Map(choice.keptFor.map((k) => [calendarKey(k.calendarId), k.name]));
  const list = [...counts].map(([id, n]): CalendarOnScreen => {
    const info = directory.get(id);
    return {
      id,
      name: calendarName(id, directory, account),
      source: info?.source ?? null,
      events: n,
      counted: countsAsMine({ calendarId: id }, scope),
      account: account !== null && calendarKey(account.email) === id,
      keptFor: kept.get(id) ?? null,
    };
  });
  return list.sort(
    (a, b) =>
      Number(b.counted) - Number(a.counted) || Number(b.account) - Number(a.account) || a.name.localeCompare(b.name),
  );
}

/** Where the tagging list puts an event: the leader's own calendars first, then each other calendar. */
export interface CalendarGroup {
  key: string;
  label: string;
  /** Lower first. */
  rank: number;
  /** The person a kept calendar's tags go to. */
  keptFor?: string;
}

export const OWN_CALENDARS_GROUP: CalendarGroup = { key: 'mine', label: 'Your calendars', rank: 0 };
export const NOT_KNOWN_GROUP: CalendarGroup = { key: 'not-known', label: 'Calendar not known', rank: 3 };

/** The tagging list's group for an event (see CalendarGroup). */
export function calendarGroupOf(
  event: { calendarId?: string | undefined; alsoOn?: readonly string[] | undefined },
  scope: CalendarScope,
  onScreen: readonly CalendarOnScreen[],
): CalendarGroup {
  if (countsAsMine(event, scope)) return OWN_CALENDARS_GROUP;
  const ids = calendarsOf(event).map(calendarKey);
  if (ids.every(isUnmatched)) return NOT_KNOWN_GROUP;
  const calendar = onScreen.find((c) => ids.includes(c.id));
  const key = calendar?.id ?? ids[0] ?? 'other';
  const name = calendar?.name ?? key;
  if (calendar?.keptFor)
    return { key, label: `${name} — you keep it for ${calendar.keptFor}`, rank: 1, keptFor: calendar.keptFor };
  return { key, label: `${name} — not counted`, rank: 2 };
}
