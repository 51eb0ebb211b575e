import { describe, expect, test } from 'vitest';
import { recordScan } from '../../lib/store/events-repo';
import {
  clearAnswer,
  closeFeedbackByHand,
  confirmRest,
  daysToReconcile,
  loadPracticeWeeks,
  loadReconcile,
  loadWeekPractice,
  recordAnswer,
} from '../../lib/store/reconcile-repo';
import { loadSettings, saveSettings } from '../../lib/store/settings-repo';
import { addStaff } from '../../lib/store/staff-repo';
import { setBlockStatus } from '../../lib/store/tags-repo';
import { at, freshDb, rawEventOn } from '../builders';

const PATEL = { key: 'maria.patel@lincoln.k12.us', name: 'Maria Patel' };

/** Tuesday 1 December 2026: a typical day (6 events, 2 protected blocks), read from the calendar. */
async function typicalDay(date = '2026-12-01') {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  await addStaff(db, [{ name: 'Maria Patel', email: PATEL.key }, { name: 'James Chen' }], 1);
  await recordScan(db, {
    source: 'google',
    range: { start: at(date), end: at(date) + 86_400_000 },
    complete: true,
    events: [
      rawEventOn('bus', 'Bus duty', date, '07:15', '07:45'),
      rawEventOn('walk', 'Walkthrough: Ms. Patel, grade 3 reading', date, '09:00', '09:30'),
      rawEventOn('coach', 'Coaching conversation: Mr. Chen', date, '10:00', '10:45'),
      rawEventOn('parent', 'Parent call: attendance', date, '11:00', '11:30'),
      rawEventOn('budget', 'Budget review with district finance', date, '13:00', '14:00'),
      rawEventOn('email', 'Email and office time', date, '15:00', '15:30'),
    ],
    now: 2,
  });
  const { settings } = await loadSettings(db);
  return { db, settings };
}

describe('recording an answer', () => {
  test('answering confirms the block: a rule suggestion becomes the person’s tag, with status and answer in step', async () => {
    const { db } = await typicalDay();
    expect((await db.tags.get('google:walk'))?.setBy).toBe('rule');
    const tag = await recordAnswer(db, 'google:walk', { outcome: 'happened', teachers: [PATEL] }, 10);
    expect(tag).toMatchObject({
      setBy: 'person',
      status: 'happened',
      answer: { outcome: 'happened', by: 'you', answeredAt: 10 },
    });
    expect(tag.ruleId).toBeUndefined();
    const missed = await recordAnswer(db, 'google:coach', { outcome: 'not-happened', reason: 'discipline' }, 11);
    expect(missed.status).toBe('displaced');
    await clearAnswer(db, 'google:coach', 12);
    const cleared = await db.tags.get('google:coach');
    expect([cleared?.answer, cleared?.status]).toEqual([undefined, undefined]);
  });

  test('refused with its reason, and nothing written: a part as long as the block, an operational event', async () => {
    const { db } = await typicalDay();
    await expect(recordAnswer(db, 'google:walk', { outcome: 'partly', minutesHappened: 30 }, 10)).rejects.toThrow(
      /1 to 29/,
    );
    expect((await db.tags.get('google:walk'))?.answer).toBeUndefined();
    await expect(recordAnswer(db, 'google:bus', { outcome: 'happened' }, 10)).rejects.toThrow(/Only instructional/);
    await expect(recordAnswer(db, 'google:nothing', { outcome: 'happened' }, 10)).rejects.toThrow(/no longer/);
  });

  test('the tagging list’s quick "did it happen?" is the answer in its simplest form; a fuller one agreeing stays', async () => {
    const { db } = await typicalDay();
    await setBlockStatus(db, 'google:coach', 'displaced', 'discipline', 10);
    expect((await db.tags.get('google:coach'))?.answer).toMatchObject({ outcome: 'not-happened' });
    await recordAnswer(db, 'google:walk', { outcome: 'partly', minutesHappened: 10, reason: 'walk-in' }, 11);
    await setBlockStatus(db, 'google:walk', 'happened', undefined, 12);
    expect((await db.tags.get('google:walk'))?.answer).toMatchObject({ outcome: 'partly', minutesHappened: 10 });
    await setBlockStatus(db, 'google:walk', 'planned', undefined, 13);
    expect((await db.tags.get('google:walk'))?.answer).toBeUndefined();
  });
});

describe('the reconcile of a day', () => {
  test('it opens on the oldest open school day; a day is reconciled once every block is answered and the rest confirmed', async () => {
    const { db, settings } = await typicalDay();
    const now = at('2026-12-02', '16:00');
    let view = await loadReconcile(db, settings, now, 'mine', null);
    expect(view.recent).toEqual([{ date: '2026-12-01', state: 'open' }]);
    expect(view.day.date).toBe('2026-12-01');
    expect(view.day.items.questions.map((q) => q.event.title)).toEqual([
      'Walkthrough: Ms. Patel, grade 3 reading',
      'Coaching conversation: Mr. Chen',
    ]);
    expect(view.day.items.rest).toHaveLength(4);
    expect(await daysToReconcile(db, settings, now)).toBe(1);
    await recordAnswer(db, 'google:walk', { outcome: 'happened', teachers: [PATEL] }, 10);
    await recordAnswer(db, 'google:coach', { outcome: 'not-happened', reason: 'discipline', followUp: 'drop' }, 11);
    view = await loadReconcile(db, settings, now, 'mine', null);
    expect(view.day.state).toBe('open');
    await confirmRest(
      db,
      'mine',
      '2026-12-01',
      view.day.items.rest.map((r) => r.event.id),
      12,
    );
    view = await loadReconcile(db, settings, now, 'mine', null);
    expect(view.day.state).toBe('reconciled');
    expect(await daysToReconcile(db, settings, now)).toBe(0);
    // Confirming again adds nothing twice.
    await confirmRest(db, 'mine', '2026-12-01', ['google:bus'], 13);
    expect((await db.reconcileDays.get('mine:2026-12-01'))?.confirmed).toHaveLength(4);
  });

  test('a calendar kept for the principal is its own day for the assistant, and counts in their toolbar number', async () => {
    const { db } = await typicalDay();
    await saveSettings(db, {
      calendars: { mine: ['rivera@lincoln.k12.us'], keptFor: [{ calendarId: 'lee@lincoln.k12.us', name: 'Dr. Lee' }] },
    });
    await recordScan(db, {
      source: 'google',
      range: null,
      complete: false,
      events: [
        {
          ...rawEventOn('lee-walk', 'Walkthrough: kindergarten', '2026-12-01', '09:00', '09:30'),
          calendarId: 'lee@lincoln.k12.us',
        },
      ],
      now: 3,
    });
    const { settings } = await loadSettings(db);
    const now = at('2026-12-02', '16:00');
    const kept = await loadReconcile(db, settings, now, 'lee@lincoln.k12.us', null);
    expect(kept.who).toBe('keeper');
    expect(kept.day.items.questions.map((q) => q.event.id)).toEqual(['google:lee-walk']);
    // The typical day's events have no calendar: they are the assistant's own; the kept one is counted apart.
    expect(await daysToReconcile(db, settings, now)).toBe(2);
    await recordAnswer(db, 'google:lee-walk', { outcome: 'ask-principal', question: 'Did this happen?' }, 5);
    expect((await loadReconcile(db, settings, now, 'lee@lincoln.k12.us', null)).day.state).toBe('reconciled');
  });
});

describe("the week's practice", () => {
  test('feedback owed after a visit, closed by hand; coverage; the practice of each week for the trend file', async () => {
    const { db, settings } = await typicalDay('2026-11-24');
    await recordAnswer(db, 'google:walk', { outcome: 'happened', teachers: [PATEL] }, 10);
    await recordAnswer(
      db,
      'google:coach',
      { outcome: 'partly', minutesHappened: 15, reason: 'discipline', nextTime: { who: 'unassigned' } },
      11,
    );
    const now = at('2026-12-02', '16:00');
    let practice = await loadWeekPractice(db, settings, '2026-11-23', now);
    expect(practice.owed.map((o) => [o.teacher.name, o.state])).toEqual([['Maria Patel', 'overdue']]);
    expect(practice.coverage.notSeen.map((t) => t.teacher.name)).toEqual(['James Chen']);
    expect(practice.week.byReason).toEqual([{ reason: 'discipline', minutes: 30 }]);
    const weeks = await loadPracticeWeeks(db, settings, ['2026-11-23'], now);
    expect(weeks.get('2026-11-23')).toEqual({
      byReason: [{ reason: 'discipline', minutes: 30 }],
      unassignedMinutes: 30,
      unassignedReasons: ['discipline'],
      visitsJudged: 1,
      visitsFollowed: 0,
      coverage: 0.5,
      coverageWeeks: 3,
      daysReconciled: 0,
      schoolDays: 1,
    });
    await closeFeedbackByHand(db, 'google:walk', PATEL.key, 20);
    practice = await loadWeekPractice(db, settings, '2026-11-23', now);
    expect(practice.owed[0]).toMatchObject({ state: 'closed', closed: { how: 'by-hand' } });
    await expect(closeFeedbackByHand(db, 'google:walk', 'someone-else', 21)).rejects.toThrow(/no feedback/);
  });
});
