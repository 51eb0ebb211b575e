import { describe, expect, test } from 'vitest';
import { refreshBadge } from '../../lib/background/badge';
import { deliverReminder } from '../../lib/nudges/reminder';
import { nextReminder } from '../../lib/nudges/schedule';
import { recordScan } from '../../lib/store/events-repo';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { recordAnswer, confirmRest } from '../../lib/store/reconcile-repo';
import { at, freshDb, rawEventOn } from '../builders';

/** Tuesday 1 December 2026 read from the calendar: a walkthrough and bus duty, nothing reconciled yet. */
async function openDay() {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  await recordScan(db, {
    source: 'google',
    range: { start: at('2026-12-01'), end: at('2026-12-02') },
    complete: true,
    events: [
      rawEventOn('walk', 'Walkthrough: grade 3', '2026-12-01', '09:00', '09:30'),
      rawEventOn('bus', 'Bus duty', '2026-12-01', '07:15', '07:45'),
    ],
    now: 1,
  });
  return db;
}

describe('the daily reminder to reconcile', () => {
  test('off unless turned on; then on weekdays at the chosen time', async () => {
    const db = freshDb();
    await saveSettings(db, { onboarded: true });
    expect(nextReminder((await loadSettings(db)).settings, at('2026-12-01', '09:00'))).toBeNull();
    await saveSettings(db, {
      reconcile: { ...(await loadSettings(db)).settings.reconcile, reminder: { enabled: true, time: '15:45' } },
    });
    const { settings } = await loadSettings(db);
    expect(nextReminder(settings, at('2026-12-01', '09:00'))).toBe(at('2026-12-01', '15:45'));
    expect(nextReminder(settings, at('2026-12-01', '15:45'))).toBe(at('2026-12-02', '15:45'));
    // Friday evening: next Monday, never the weekend.
    expect(nextReminder(settings, at('2026-12-04', '16:00'))).toBe(at('2026-12-07', '15:45'));
    expect(nextReminder({ ...settings, role: 'coach' }, at('2026-12-01', '09:00'))).toBeNull();
  });

  test('delivered once a day, only when a day is left to reconcile', async () => {
    const db = await openDay();
    const shown: string[] = [];
    const notifier = {
      show: async (_id: string, title: string, message: string) => void shown.push(`${title}: ${message}`),
    };
    expect(await deliverReminder(db, at('2026-12-02', '16:00'), notifier)).toBeNull(); // off
    await saveSettings(db, {
      reconcile: { ...(await loadSettings(db)).settings.reconcile, reminder: { enabled: true, time: '15:45' } },
    });
    expect(await deliverReminder(db, at('2026-12-02', '15:00'), notifier)).toBeNull(); // not yet
    const sent = await deliverReminder(db, at('2026-12-02', '16:00'), notifier);
    expect(sent).toMatchObject({ id: 'reconcile:2026-12-02', kind: 'reconcile', target: 'reconcile' });
    expect(shown).toEqual([
      '1 day to reconcile: Tue, Dec 1: two minutes on what happened, what took the time, and who is owed feedback.',
    ]);
    expect(await deliverReminder(db, at('2026-12-02', '17:00'), notifier)).toBeNull();
    expect(shown).toHaveLength(1);
    // Reconciled: nothing to remind the next day.
    await recordAnswer(db, 'google:walk', { outcome: 'happened' }, 5);
    await confirmRest(db, 'mine', '2026-12-01', ['google:bus'], 6);
    expect(await deliverReminder(db, at('2026-12-03', '16:00'), notifier)).toBeNull();
  });
});

describe('the count on the toolbar button', () => {
  const fakeBadge = () => {
    const calls: string[] = [];
    return {
      calls,
      setBadgeText: ({ text }: { text: string }) => void calls.push(`text ${text}`),
      setBadgeBackgroundColor: ({ color }: { color: string }) => void calls.push(`color ${color}`),
    };
  };
  test('the days to reconcile, quietly; empty once done, for a coach, or when turned off', async () => {
    const db = await openDay();
    const badge = fakeBadge();
    expect(await refreshBadge(db, badge, at('2026-12-02', '16:00'))).toBe(1);
    expect(badge.calls).toEqual(['color #1f4e79', 'text 1']);
    await saveSettings(db, { reconcile: { ...(await loadSettings(db)).settings.reconcile, badge: false } });
    expect(await refreshBadge(db, badge, at('2026-12-02', '16:00'))).toBe(0);
    expect(badge.calls.at(-1)).toBe('text ');
    await saveSettings(db, {
      reconcile: { ...(await loadSettings(db)).settings.reconcile, badge: true },
      role: 'coach',
    });
    expect(await refreshBadge(db, badge, at('2026-12-02', '16:00'))).toBe(0);
  });
});
