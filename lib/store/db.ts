// The data model and the store's design choices: docs/architecture.md.
import { choicesFromRow } from '../domain/settings/district';
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CalendarEvent } from '../domain/events/event';
import type { WeekPlan } from '../domain/planning/plan';
import type { ReclaimedEntry, RecurringEstimate } from '../domain/planning/reclaimed';
import type { Tag } from '../domain/events/tag';
import type { NudgeRecord } from '../domain/measure/nudge';
import { type CoachRow, coachSummaryOf } from '../domain/coach/coach';
import { NO_PRACTICE } from '../domain/files/trend-format';
import type { CalendarInfo } from '../domain/events/calendars';
import { fullCalendarId } from '../domain/events/calendar-ids';
import { patternKey } from '../domain/events/series';
import { defaultRules } from '../rules/default-rules';
import type { Rule } from '../rules/rule';
import type { StaffMember } from '../domain/reconcile/staff';
import type { DayRecord } from '../domain/reconcile/day';

export const DB_NAME = 'leadership-calendar';

/** The meta row holding the coach view's cached summary (rebuilt only in derived.ts; v6 rebuilds it too). */
export const COACH_SUMMARY_KEY = 'coach-summary';

/** Small keyed records: settings, the last calendar view read, parse-failure counters. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The one database, in the extension's own origin (service worker + extension pages). Content
 * scripts never open it: their IndexedDB would belong to the calendar site.
 *
 * Schema history is append-only: never edit a released version; add a new one with an upgrade
 * and a test in tests/store/db-upgrade.test.ts.
 */
export class LeadershipDb extends Dexie {
  events!: Table<CalendarEvent, string>;
  tags!: Table<Tag, string>;
  rules!: Table<Rule, string>;
  reclaimed!: Table<ReclaimedEntry, string>;
  recurring!: Table<RecurringEstimate, string>;
  plans!: Table<WeekPlan, string>;
  meta!: Table<MetaRow, string>;
  nudges!: Table<NudgeRecord, string>;
  coachRows!: Table<CoachRow, [string, string]>;
  calendars!: Table<CalendarInfo, string>;
  staff!: Table<StaffMember, string>;
  reconcileDays!: Table<DayRecord, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // v1: first release.
    this.version(1).stores({
      events: 'id, start, end, seriesId, [source+start]',
      tags: 'eventId, kind, activity, setBy',
      rules: 'id, order',
      reclaimed: 'id, date, recurringId',
      recurring: 'id',
      plans: 'weekStart',
      meta: 'key',
    });
    // v2: weekly nudges and their delivery record (one per kind and week, so none is sent twice).
    this.version(2).stores({ nudges: 'id, weekKey, deliveredAt' });
    // v3: the coach's merged trend rows, one per leader and week.
    this.version(3).stores({ coachRows: '[leader+weekStart], leader, weekStart' });
    // v4: the calendars pages have shown (whose time it is). Google's short calendar ids (`name@m`) are written
    // out in full, as the account's address is, and every calendar already in the history is listed.
    this.version(4)
      .stores({ calendars: 'id, source' })
      .upgrade(async (tx) => {
        const seen = new Map<string, CalendarInfo>();
        await tx
          .table('events')
          .toCollection()
          .modify((event: CalendarEvent) => {
            if (!event.calendarId) return;
            event.calendarId = fullCalendarId(event.calendarId);
            if (event.source === 'ics') return;
            const id = event.calendarId.toLowerCase();
            const known = seen.get(id);
            seen.set(id, {
              id,
              source: event.source,
              firstSeen: Math.min(known?.firstSeen ?? event.firstSeen, event.firstSeen),
              lastSeen: Math.max(known?.lastSeen ?? event.lastSeen, event.lastSeen),
            });
          });
        await tx.table('calendars').bulkPut([...seen.values()]);
      });
    // v5: the series pattern (calendar, weekday, start time, length, title) is indexed, so a series is found when
    // Google's new instance ids no longer carry it (lib/domain/events/series.ts).
    this.version(5)
      .stores({ events: 'id, start, end, seriesId, patternKey, [source+start]' })
      .upgrade(async (tx) => {
        await tx
          .table('events')
          .toCollection()
          .modify((event: CalendarEvent) => {
            const pattern = patternKey(event);
            if (pattern) event.patternKey = pattern;
          });
      });
    // v6: the coach's cached summary also says who needs a conversation (triage) and holds each leader's latest
    // weeks; a summary cached by an earlier version is rebuilt from the stored rows.
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        const rows = (await tx.table('coachRows').toArray()) as CoachRow[];
        if (rows.length === 0) return;
        try {
          await tx.table('meta').put({ key: COACH_SUMMARY_KEY, value: coachSummaryOf(rows) });
        } catch {
          // Rows no version could have written: no summary rather than no database (the next import rebuilds it).
          await tx.table('meta').delete(COACH_SUMMARY_KEY);
        }
      });
    // v7: the daily reconcile — the staff list, and the days whose rest was confirmed (answers live on the tags).
    // The coach's stored rows gain the trend file's version 2 columns (empty), and the summary is rebuilt with the
    // triage's new reasons (feedback after visits, First Responder gaps, coverage).
    this.version(7)
      .stores({ staff: 'key, name', reconcileDays: 'id, date' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('coachRows').toArray()) as CoachRow[];
        if (rows.length === 0) return;
        const upgraded = rows.map((r) => ({ ...r, row: { ...NO_PRACTICE, ...r.row } }));
        await tx.table('coachRows').bulkPut(upgraded);
        try {
          await tx.table('meta').put({ key: COACH_SUMMARY_KEY, value: coachSummaryOf(upgraded) });
        } catch {
          await tx.table('meta').delete(COACH_SUMMARY_KEY);
        }
      });
    // v8: district policy. The settings row becomes the leader's own choices only (what differs from the defaults),
    // so a district's defaults reach what the leader never changed (domain/settings/district.ts); the policy itself
    // is kept in meta under 'policy' and needs no table.
    this.version(8)
      .stores({})
      .upgrade(async (tx) => {
        const settings = await tx.table('meta').get('settings');
        if (settings) await tx.table('meta').put({ key: 'settings', value: choicesFromRow(settings.value) });
      });
    this.on('populate', (tx) => {
      void tx.table('rules').bulkAdd(defaultRules());
    });
  }
}

/**
 * The tables every tagging write touches (rules and plans are read to suggest tags, and meta for the district's
 * rules): one list, one lock set.
 */
export function taggingTables(db: LeadershipDb) {
  return [db.events, db.tags, db.rules, db.plans, db.meta];
}

/** A capture writes events and tags, the read's health and the calendars it showed: one lock set. */
export function captureTables(db: LeadershipDb) {
  return [...taggingTables(db), db.calendars];
}

/**
 * A newer version of the extension is upgrading the database (another tab, or the updated worker):
 * this connection closes at once so the upgrade never waits on it, and `onOutdated` runs — pages
 * reload into the new code instead of hanging or reopening an old schema.
 */
export function closeWhenOutdated(db: LeadershipDb, onOutdated: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onOutdated();
    return false;
  });
}

let shared: LeadershipDb | undefined;

/** The shared instance for this context, created on first use (never at import time). */
export function getDb(onOutdated?: () => void): LeadershipDb {
  if (!shared) {
    const db = new LeadershipDb();
    closeWhenOutdated(db, () => {
      if (shared === db) shared = undefined; // the next getDb() opens the new version
      onOutdated?.();
    });
    shared = db;
  }
  return shared;
}

/** Extension pages: on an upgrade by a newer version, reload (the page's code is outdated too). */
export const getPageDb = () => getDb(() => location.reload());

const CLOSED =
  'The local database was closed (the browser may be updating the extension). Nothing was saved; try again.';
const WRONG_VERSION =
  'The local database could not be opened at this version. Nothing was changed; reload the extension.';

/** Failures of the storage itself, by error name, and the sentence a person can act on for each. */
const STORE_ERRORS: Record<string, string> = {
  QuotaExceededError:
    'Your browser has no storage space left for Leadership Calendar, so nothing was saved. ' +
    'Free some disk space or export and delete old history.',
  DatabaseClosedError: CLOSED,
  InvalidStateError: CLOSED,
  VersionError: WRONG_VERSION,
  UpgradeError: WRONG_VERSION,
};

const errorName = (error: unknown) => {
  const e = error as { name?: string; inner?: { name?: string } } | undefined;
  return e?.inner?.name ?? e?.name ?? '';
};

/** True for a failure of the storage itself (not a refusal with its own reason, such as invalid input). */
export function isStoreError(error: unknown): boolean {
  return Object.hasOwn(STORE_ERRORS, errorName(error));
}

/** Turns storage failures into a sentence a person can act on (quota, closed or blocked database). */
export function describeStoreError(error: unknown): string {
  const name = errorName(error);
  const known = Object.hasOwn(STORE_ERRORS, name) ? STORE_ERRORS[name] : undefined;
  return (
    known ??
    `Saving failed: ${(error as { message?: string } | undefined)?.message ?? String(error)}. Nothing was changed.`
  );
}
