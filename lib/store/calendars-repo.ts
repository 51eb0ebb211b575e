import { calendarsOf } from '../domain/events/calendar-ids';
import {
  type Account,
  AccountSchema,
  type CalendarInfo,
  CalendarInfoSchema,
  calendarKey,
  type CalendarScope,
  scopeFor,
} from '../domain/events/calendars';
import type { Source } from '../domain/events/event';
import type { HostId } from '../domain/events/hosts';
import type { Settings } from '../domain/settings/settings';
import { isLocked } from '../domain/settings/district';
import { loadDistrict } from './policy-repo';
import type { LeadershipDb } from './db';
import { DAY_MS } from '../domain/time/numbers';

/** The meta row holding the signed-in account the calendar page last showed. */
export const ACCOUNT_KEY = 'account';

/** What a read says about calendars (a subset of the capture). */
export interface CalendarsSeen {
  source: Source;
  events: readonly { calendarId?: string | undefined; alsoOn?: readonly string[] | undefined }[];
  calendars?: readonly { id: string; name?: string | undefined }[] | undefined;
  account?: { email: string; name?: string | undefined } | undefined;
  now: number;
}

/**
 * Keeps the directory of calendars pages have shown (names as the page gives them) and the signed-in account.
 * Returns the calendars this read showed events from.
 */
export async function recordCalendars(db: LeadershipDb, scan: CalendarsSeen): Promise<Set<string>> {
  const named = new Map<string, string | undefined>();
  for (const c of scan.calendars ?? []) named.set(calendarKey(c.id), c.name);
  for (const e of scan.events)
    for (const id of calendarsOf(e)) if (!named.has(calendarKey(id))) named.set(calendarKey(id), undefined);
  if (scan.source === 'ics') return new Set(named.keys());
  // Written only when something changed (a new calendar, a name, a day since it was last noted): reading the
  // same week again writes nothing.
  const keys = [...named.keys()];
  const known = await db.calendars.bulkGet(keys);
  const changed = keys.flatMap((id, i): CalendarInfo[] => {
    const before = known[i];
    const name = named.get(id) ?? before?.name;
    if (before && before.name === name && scan.now - before.lastSeen < DAY_MS) return [];
    const info: CalendarInfo = {
      id,
      source: scan.source as HostId,
      firstSeen: before?.firstSeen ?? scan.now,
      lastSeen: scan.now,
    };
    if (name) info.name = name;
    return [info];
  });
  if (changed.length) await db.calendars.bulkPut(changed);
  if (scan.account) {
    const before = await loadAccount(db);
    if (
      before?.email !== scan.account.email ||
      before.name !== scan.account.name ||
      scan.now - before.seenAt >= DAY_MS
    ) {
      const account: Account = { email: scan.account.email, source: scan.source as HostId, seenAt: scan.now };
      if (scan.account.name) account.name = scan.account.name;
      await db.meta.put({ key: ACCOUNT_KEY, value: account });
    }
  }
  return new Set(named.keys());
}

/** The signed-in account a calendar page last showed, or null (stored reads go through the schema). */
export async function loadAccount(db: LeadershipDb): Promise<Account | null> {
  const parsed = AccountSchema.safeParse((await db.meta.get(ACCOUNT_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Every calendar pages have shown, by its key; a row that no longer validates is left out. */
export async function loadCalendarDirectory(db: LeadershipDb): Promise<Map<string, CalendarInfo>> {
  const rows = await db.calendars.toArray();
  return new Map(rows.flatMap((row) => (CalendarInfoSchema.safeParse(row).success ? [[row.id, row] as const] : [])));
}

/** Whose time counts, from the settings, the account and whether its calendar has been seen (see scopeFor). */
export async function loadScope(db: LeadershipDb, settings: Settings): Promise<CalendarScope> {
  const byName = settings.calendarNames.include.length > 0 || settings.calendarNames.exclude.length > 0;
  // Name rules are a district's (or the leader's); whether they pass the leader's own choice depends on the lock.
  const locked = byName && isLocked(await loadDistrict(db), 'calendarNames');
  const names = { ...settings.calendarNames, locked };
  const directory = byName ? await loadCalendarDirectory(db) : undefined;
  if (settings.calendars.mine !== null) return scopeFor(settings.calendars, null, [], names, directory);
  const account = await loadAccount(db);
  const own = account ? await db.calendars.get(calendarKey(account.email)) : undefined;
  return scopeFor(settings.calendars, account, own ? [own.id] : [], names, directory);
}
