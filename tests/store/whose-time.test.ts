import { describe, expect, test } from 'vitest';
import { explainExclusions } from '../../lib/domain/measure/exclusions';
import { readGoogleCalendar } from '../../lib/hosts/google/read-whole';
import { loadAccount, loadCalendarDirectory, loadScope } from '../../lib/store/calendars-repo';
import type { LeadershipDb } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { loadBaseline, loadTrend, loadWeek } from '../../lib/store/queries';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { at, freshDb } from '../builders';
import { renderGooglePage, type PageEvent } from '../fixtures/calendar-pages';
import { ASSISTANT, overlayWeek, PRINCIPAL } from '../fixtures/overlay-week';

const MONDAY = '2026-12-07';
const AFTER = at('2026-12-14', '12:00');
const LEE = 'lee@lincoln.k12.us';
const RIVERA = 'rivera@lincoln.k12.us';
const SCHOOL = 'c_8f2a1lincolnevents@group.calendar.google.com';

/** Reads a rendered Google page with the real reader and records it as the background would. */
async function capture(db: LeadershipDb, events: PageEvent[], account = PRINCIPAL, now = 1) {
  const html = renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: MONDAY, events, account });
  const read = readGoogleCalendar(new DOMParser().parseFromString(html, 'text/html'));
  expect(read.failures).toBe(0);
  return recordScan(db, {
    source: 'google',
    range: read.range,
    complete: true,
    events: read.events.map((e) => ({ response: 'unknown', cancelled: false, ...e })),
    calendars: read.calendars,
    account: read.account,
    now,
  });
}

async function week(db: LeadershipDb) {
  const { settings } = await loadSettings(db);
  return loadWeek(db, MONDAY, settings, AFTER);
}

describe('a principal with an AP’s, the school’s and the holiday calendars overlaid', () => {
  test('only the principal’s own calendar counts, by default the signed-in account’s', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY));
    const { summary, scope, events } = await week(db);
    expect(scope.how).toBe('account');
    expect(summary.workedHours).toBe(8);
    expect(summary.walkthroughHours).toBe(1);
    expect(summary.coachingHours).toBe(0.75);
    // The AP's three, the school's two, the holiday: six events on three other calendars, named in the glance.
    expect(summary.excluded.otherCalendar).toBe(6);
    expect(summary.otherCalendars).toBe(3);
    expect(explainExclusions(summary)).toMatch(/^Not counted: 6 events on 3 other calendars\./);
    // Every event is still there for the tagging list.
    expect(events).toHaveLength(15);
  });

  test('counting every calendar (no account shown, nothing chosen) gives the numbers the issue found', async () => {
    const db = freshDb();
    const html = renderGooglePage({
      view: 'week',
      lang: 'en',
      hour12: true,
      firstDay: MONDAY,
      events: overlayWeek(MONDAY),
    });
    const read = readGoogleCalendar(new DOMParser().parseFromString(html, 'text/html'));
    await recordScan(db, {
      source: 'google',
      range: read.range,
      complete: true,
      events: read.events as never,
      calendars: read.calendars,
      now: 1,
    });
    const { summary, scope } = await week(db);
    expect(scope.how).toBe('all');
    expect(summary.workedHours).toBe(16.5);
    expect(summary.walkthroughHours).toBe(3);
    expect(summary.excluded.otherCalendar).toBe(0);
  });

  test('changing the choice recomputes the week and the history, and nothing stored is lost', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY));
    const stored = await db.events.count();
    await saveSettings(db, { calendars: { mine: [LEE, RIVERA], keptFor: [] } });
    const both = (await week(db)).summary;
    expect(both.workedHours).toBe(13.5);
    expect(both.walkthroughHours).toBe(3);
    expect((await week(db)).scope.how).toBe('chosen');
    await saveSettings(db, { calendars: { mine: [LEE], keptFor: [] } });
    expect((await week(db)).summary.workedHours).toBe(8);
    expect(await db.events.count()).toBe(stored);
    // The trend and the baseline count the same calendars as the week.
    const { settings } = await loadSettings(db);
    const baseline = await loadBaseline(db, settings, AFTER);
    expect(baseline.hours).toBe(1.75);
    const trend = await loadTrend(db, MONDAY, 2, settings, AFTER, baseline);
    expect(trend.at(-1)!.workedHours).toBe(8);
  });

  test('a meeting on two calendars counts once, for whichever of them is the leader’s', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY));
    expect((await db.events.get('google:ow-admin'))!).toMatchObject({ calendarId: LEE, alsoOn: [RIVERA] });
    await saveSettings(db, { calendars: { mine: [RIVERA], keptFor: [] } });
    // Ms. Rivera's 5.5 h plus the shared admin meeting.
    expect((await week(db)).summary.workedHours).toBe(6.5);
  });

  test('the calendar directory keeps each calendar’s name and the signed-in account', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY));
    const directory = await loadCalendarDirectory(db);
    expect(directory.get(RIVERA)?.name).toBe('Ms. Rivera');
    expect(directory.get(SCHOOL)?.name).toBe('Lincoln Elementary events');
    expect(directory.get(LEE)?.name).toBeUndefined();
    expect(await loadAccount(db)).toMatchObject({ email: LEE, name: 'Dr. Lee', source: 'google' });
    // Reading the same week again writes nothing to the directory.
    const before = await db.calendars.toArray();
    await capture(db, overlayWeek(MONDAY), PRINCIPAL, 2);
    expect(await db.calendars.toArray()).toEqual(before);
  });

  test('hiding a calendar in the page’s list removes none of its events; deleting an event does', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY));
    const withoutSchool = overlayWeek(MONDAY).filter((e) => e.calendar?.id !== 'c_8f2a1lincolnevents@g');
    const result = await capture(
      db,
      withoutSchool.filter((e) => e.id !== 'ow-iep'),
      PRINCIPAL,
      2,
    );
    expect(result.removed).toBe(1);
    expect((await db.events.get('google:ow-iep'))!.removedAt).toBe(2);
    expect((await db.events.get('google:sc-concert'))!.removedAt).toBeNull();
  });
});

describe('an assistant principal who keeps the principal’s calendar', () => {
  test('the principal’s events are never the AP’s own time, even before the AP has chosen', async () => {
    const db = freshDb();
    await capture(db, overlayWeek(MONDAY, ASSISTANT), ASSISTANT);
    // The account default already counts only the AP's own calendar.
    expect((await week(db)).summary.workedHours).toBe(6.5);
    await saveSettings(db, { calendars: { mine: null, keptFor: [{ calendarId: LEE, name: 'Dr. Lee' }] } });
    expect((await week(db)).summary.workedHours).toBe(6.5);
    // Without an account on the page, every calendar but the kept one counts.
    await db.meta.delete('account');
    const { settings } = await loadSettings(db);
    const scope = await loadScope(db, settings);
    expect(scope.how).toBe('all');
    // The AP's 5.5 h, the school's 3 h and the shared meeting (also on the AP's calendar).
    expect((await week(db)).summary.workedHours).toBe(9.5);
    // Choosing a kept calendar as one's own does not make it count.
    await saveSettings(db, { calendars: { mine: [LEE, RIVERA], keptFor: [{ calendarId: LEE, name: 'Dr. Lee' }] } });
    expect((await week(db)).summary.workedHours).toBe(6.5);
  });
});
