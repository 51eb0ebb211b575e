import { describe, expect, test } from 'vitest';
import { parseTagsFile, TAGS_FILE_FORMAT, TAGS_FILE_VERSION, type TagsFile } from '../../lib/domain/files/tags-file';
import { readGoogleCalendar } from '../../lib/hosts/google/read-whole';
import { acceptAssistantTag, importAssistantTags, tagsToSend } from '../../lib/store/assistant-tags-repo';
import type { LeadershipDb } from '../../lib/store/db';
import { recordScan } from '../../lib/store/events-repo';
import { setBlockStatus, setPersonTags } from '../../lib/store/tags-repo';
import { confirmRest, recordAnswer } from '../../lib/store/reconcile-repo';
import { at, freshDb, rawEvent, TEST_WEEK } from '../builders';
import { renderGooglePage, type GoogleAccount, type PageEvent } from '../fixtures/calendar-pages';
import { ASSISTANT, nextWeekOnPrincipalCalendar, overlayWeek, PRINCIPAL } from '../fixtures/overlay-week';

const MONDAY = '2026-12-07';
const LEE = 'lee@lincoln.k12.us';

async function capture(db: LeadershipDb, events: PageEvent[], account: GoogleAccount, first = MONDAY) {
  const html = renderGooglePage({ view: 'week', lang: 'en', hour12: true, firstDay: first, events, account });
  const read = readGoogleCalendar(new DOMParser().parseFromString(html, 'text/html'));
  await recordScan(db, {
    source: 'google',
    range: read.range,
    complete: true,
    events: read.events.map((e) => ({ response: 'unknown', cancelled: false, ...e })),
    calendars: read.calendars,
    account: read.account,
    now: 1,
  });
}

/** The file the AP's browser writes: through JSON and back, exactly as it travels. */
async function fileFrom(ap: LeadershipDb, weeks = { from: MONDAY, to: '2026-12-14' }): Promise<TagsFile> {
  const sent = await tagsToSend(ap, LEE, weeks.from, weeks.to);
  const file: TagsFile = {
    format: TAGS_FILE_FORMAT,
    version: TAGS_FILE_VERSION,
    exportedAt: '2026-12-11T21:00:00.000Z',
    from: 'Ms. Rivera',
    for: 'Dr. Lee',
    calendar: { id: LEE },
    weeks,
    entries: sent.map((s) => s.entry),
  };
  return parseTagsFile(JSON.stringify(file));
}

describe('an AP tags the principal’s calendar and sends the tags', () => {
  async function apWithTags() {
    const ap = freshDb();
    await capture(ap, overlayWeek(MONDAY, ASSISTANT), ASSISTANT);
    await capture(ap, nextWeekOnPrincipalCalendar(MONDAY), ASSISTANT, '2026-12-14');
    await setPersonTags(ap, { eventIds: ['google:ow-checkin'], kind: 'instructional', activity: 'feedback' }, 10);
    await setPersonTags(ap, { eventIds: ['google:ow-budget'], kind: 'operational', activity: 'budget' }, 10);
    await setPersonTags(ap, { eventIds: ['google:ow-walk'], kind: 'instructional', activity: 'walkthrough' }, 10);
    await setBlockStatus(ap, 'google:ow-walk', 'happened', undefined, 11);
    await setPersonTags(ap, { eventIds: ['google:nx-walk'], kind: 'instructional', activity: 'walkthrough' }, 10);
    // The AP's own event is not on the principal's calendar: it never travels.
    await setPersonTags(ap, { eventIds: ['google:ap-obs'], kind: 'instructional', activity: 'observation' }, 10);
    return ap;
  }

  test('the file holds only the kept calendar’s events the AP decided, named by event id with no title', async () => {
    const file = await fileFrom(await apWithTags());
    expect(file.entries.map((e) => (e.match === 'google-event-id' ? e.eventId : e.title))).toEqual([
      'ow-walk',
      'ow-budget',
      'ow-checkin',
      'nx-walk',
    ]);
    expect(JSON.stringify(file)).not.toMatch(/Check-in|Budget review/);
    expect(file.entries[0]).toMatchObject({ kind: 'instructional', activity: 'walkthrough', status: 'happened' });
  });

  test('the principal imports it: matched, conflicting and unmatched counted; the principal’s own tag wins', async () => {
    const file = await fileFrom(await apWithTags());
    const principal = freshDb();
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    // The principal already called the budget review something else.
    await setPersonTags(
      principal,
      { eventIds: ['google:ow-budget'], kind: 'operational', activity: 'district-meetings' },
      20,
    );
    const result = await importAssistantTags(principal, file, 30);
    expect(result).toMatchObject({ from: 'Ms. Rivera', matched: 3, applied: 2, unchanged: 0, unmatched: 1 });
    expect(result.conflicts).toEqual([
      {
        eventId: 'google:ow-budget',
        title: 'Budget review with district finance',
        start: at('2026-12-07', '13:00'),
        yours: expect.objectContaining({ activity: 'district-meetings' }),
        theirs: expect.objectContaining({ activity: 'budget' }),
      },
    ]);
    expect(await principal.tags.get('google:ow-checkin')).toMatchObject({
      kind: 'instructional',
      activity: 'feedback',
      setBy: 'assistant',
      reason: 'set by Ms. Rivera',
    });
    expect(await principal.tags.get('google:ow-walk')).toMatchObject({ setBy: 'assistant', status: 'happened' });
    expect(await principal.tags.get('google:ow-budget')).toMatchObject({
      setBy: 'person',
      activity: 'district-meetings',
    });

    // The same file again changes nothing.
    const before = await principal.tags.toArray();
    const again = await importAssistantTags(principal, file, 40);
    expect(again).toMatchObject({ matched: 3, applied: 0, unchanged: 2, unmatched: 1 });
    expect(again.conflicts).toHaveLength(1);
    expect(await principal.tags.toArray()).toEqual(before);

    // "Use theirs" on the conflict is the principal's choice.
    await acceptAssistantTag(principal, result.conflicts[0]!, 'Ms. Rivera', 50);
    expect(await principal.tags.get('google:ow-budget')).toMatchObject({ setBy: 'assistant', activity: 'budget' });
  });

  test('an assistant’s tag beats a rule and is never replaced by re-applying rules', async () => {
    const principal = freshDb();
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    expect((await principal.tags.get('google:ow-budget'))?.setBy).toBe('rule');
    await importAssistantTags(principal, await fileFrom(await apWithTags()), 30);
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    expect(await principal.tags.get('google:ow-budget')).toMatchObject({ setBy: 'assistant', activity: 'budget' });
  });

  test('an agreeing tag of the principal’s gains the AP’s “it happened”, and stays the principal’s', async () => {
    const principal = freshDb();
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    await setPersonTags(
      principal,
      { eventIds: ['google:ow-walk'], kind: 'instructional', activity: 'walkthrough' },
      20,
    );
    await importAssistantTags(principal, await fileFrom(await apWithTags()), 30);
    expect(await principal.tags.get('google:ow-walk')).toMatchObject({ setBy: 'person', status: 'happened' });
  });
});

describe('the daily reconcile travels in version 2: answers, a question for the principal, the confirmed rest', () => {
  const PATEL = { key: 'maria.patel@lincoln.k12.us', name: 'Maria Patel' };
  async function apReconciled() {
    const ap = freshDb();
    await capture(ap, overlayWeek(MONDAY, ASSISTANT), ASSISTANT);
    await setPersonTags(ap, { eventIds: ['google:ow-checkin'], kind: 'instructional', activity: 'feedback' }, 9);
    await recordAnswer(ap, 'google:ow-walk', { outcome: 'happened', teachers: [PATEL] }, 10);
    await recordAnswer(
      ap,
      'google:ow-coach',
      {
        outcome: 'not-happened',
        reason: 'discipline',
        nextTime: { who: 'responder', name: 'Ms. Rivera' },
        followUp: 'reschedule',
      },
      11,
    );
    await recordAnswer(ap, 'google:ow-checkin', { outcome: 'ask-principal', question: 'Did you meet Ms. Patel?' }, 12);
    await confirmRest(ap, 'lee@lincoln.k12.us', '2026-12-07', ['google:ow-budget'], 13);
    await confirmRest(ap, 'lee@lincoln.k12.us', '2026-12-09', ['google:ow-parent'], 13);
    return ap;
  }

  test('the file carries each answer (its author is the sender) and marks what was confirmed', async () => {
    const file = await fileFrom(await apReconciled());
    expect(file.version).toBe(2);
    const byId = new Map(file.entries.map((e) => [e.match === 'google-event-id' ? e.eventId : e.title, e]));
    expect(byId.get('ow-walk')).toMatchObject({
      status: 'happened',
      answer: { outcome: 'happened', teachers: [PATEL] },
    });
    expect(byId.get('ow-walk')!.answer).not.toHaveProperty('by');
    expect(byId.get('ow-coach')).toMatchObject({
      status: 'displaced',
      answer: { reason: 'discipline', followUp: 'reschedule' },
    });
    expect(byId.get('ow-checkin')).toMatchObject({ status: 'planned', answer: { outcome: 'ask-principal' } });
    // A rule's tag confirmed in "Confirm the rest" travels as the assistant's decision.
    expect(byId.get('ow-budget')).toMatchObject({ confirmed: true });
    expect(byId.get('ow-parent')).toMatchObject({ confirmed: true });
  });

  test("the principal gets the answers as Ms. Rivera's, her question waits, the confirmed rest joins the day; twice changes nothing", async () => {
    const file = await fileFrom(await apReconciled());
    const principal = freshDb();
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    // The principal answered the walkthrough themself: their answer wins.
    await recordAnswer(principal, 'google:ow-walk', { outcome: 'partly', minutesHappened: 30, reason: 'walk-in' }, 20);
    const result = await importAssistantTags(principal, file, 30);
    expect(result.questions).toBe(1);
    expect((await principal.tags.get('google:ow-walk'))?.answer).toMatchObject({ outcome: 'partly', by: 'you' });
    expect((await principal.tags.get('google:ow-coach'))?.answer).toMatchObject({
      outcome: 'not-happened',
      by: 'Ms. Rivera',
    });
    expect((await principal.tags.get('google:ow-checkin'))?.answer).toMatchObject({
      outcome: 'ask-principal',
      by: 'Ms. Rivera',
      question: 'Did you meet Ms. Patel?',
    });
    expect((await principal.reconcileDays.get('mine:2026-12-07'))?.confirmed).toEqual(['google:ow-budget']);
    expect((await principal.reconcileDays.get('mine:2026-12-09'))?.confirmed).toEqual(['google:ow-parent']);
    const before = { tags: await principal.tags.toArray(), days: await principal.reconcileDays.toArray() };
    const again = await importAssistantTags(principal, file, 40);
    expect(again.applied).toBe(0);
    expect({ tags: await principal.tags.toArray(), days: await principal.reconcileDays.toArray() }).toEqual(before);
    // The principal answers the question; the same file again leaves the principal's answer.
    await recordAnswer(principal, 'google:ow-checkin', { outcome: 'happened', teachers: [PATEL] }, 50);
    await importAssistantTags(principal, file, 60);
    expect((await principal.tags.get('google:ow-checkin'))?.answer).toMatchObject({ outcome: 'happened', by: 'you' });
  });

  test('a version 1 file (no answers) still imports', async () => {
    const file = await fileFrom(await apReconciled());
    const v1 = parseTagsFile(
      JSON.stringify({
        ...file,
        version: 1,
        entries: file.entries.map(({ answer: _a, confirmed: _c, ...e }) => e),
      }),
    );
    const principal = freshDb();
    await capture(principal, overlayWeek(MONDAY), PRINCIPAL);
    const result = await importAssistantTags(principal, v1, 30);
    expect(result.questions).toBe(0);
    expect(await principal.tags.get('google:ow-coach')).toMatchObject({ setBy: 'assistant', status: 'displaced' });
    expect((await principal.tags.get('google:ow-coach'))?.answer).toBeUndefined();
  });
});

test('Outlook events are matched on start, end and title (item ids differ per mailbox)', async () => {
  const ap = freshDb();
  const principal = freshDb();
  const meeting = rawEvent('AAMkAP-1', 'IEP meeting: grade 3', 1, '13:00', '14:00');
  await recordScan(ap, { source: 'outlook', range: TEST_WEEK, complete: true, events: [meeting], now: 1 });
  await recordScan(principal, {
    source: 'outlook',
    range: TEST_WEEK,
    complete: true,
    events: [
      { ...meeting, sourceId: 'AAMkPR-9', title: 'IEP  meeting: Grade 3' },
      rawEvent('AAMkPR-10', 'Other', 1, '13:00', '14:00'),
    ],
    now: 1,
  });
  await setPersonTags(ap, { eventIds: ['outlook:AAMkAP-1'], kind: 'operational', activity: 'compliance' }, 5);
  const entries = (await ap.events.toArray()).map((event) => ({
    match: 'start-end-title' as const,
    source: 'outlook' as const,
    start: event.start,
    end: event.end,
    title: event.title,
    kind: 'operational' as const,
    activity: 'compliance',
  }));
  const file = parseTagsFile(
    JSON.stringify({
      format: TAGS_FILE_FORMAT,
      version: 1,
      exportedAt: 'x',
      from: 'Ms. Rivera',
      for: 'Dr. Lee',
      calendar: { id: 'lee@lincoln.k12.us' },
      weeks: { from: '2026-11-16', to: '2026-11-16' },
      entries,
    }),
  );
  const result = await importAssistantTags(principal, file, 9);
  expect(result).toMatchObject({ matched: 1, applied: 1, unmatched: 0 });
  expect((await principal.tags.get('outlook:AAMkPR-9'))?.activity).toBe('compliance');
  expect((await principal.tags.get('outlook:AAMkPR-10'))?.activity).not.toBe('compliance');
});

describe('a file that is not a tags file, or is newer, is refused with a sentence and changes nothing', () => {
  const valid = {
    format: TAGS_FILE_FORMAT,
    version: 1,
    exportedAt: 'x',
    from: 'Ms. Rivera',
    for: 'Dr. Lee',
    calendar: { id: 'lee@lincoln.k12.us' },
    weeks: { from: '2026-12-07', to: '2026-12-07' },
    entries: [
      {
        match: 'google-event-id',
        eventId: 'ow-walk',
        start: 1,
        end: 2,
        kind: 'instructional',
        activity: 'walkthrough',
      },
    ],
  };
  test.each([
    ['not JSON', 'tags, but not JSON', /is not a tags file: it is not JSON/],
    [
      'another format',
      JSON.stringify({ ...valid, format: 'leadership-calendar-backup' }),
      /is not a Leadership Calendar tags file/,
    ],
    [
      'a newer version',
      JSON.stringify({ ...valid, version: 3 }),
      /newer version of Leadership Calendar \(tags file version 3\)/,
    ],
    [
      'an activity of another kind',
      JSON.stringify({ ...valid, entries: [{ ...valid.entries[0], kind: 'operational' }] }),
      /entries\.0\.activity: The activity belongs to another kind/,
    ],
    [
      'a status on operational work',
      JSON.stringify({
        ...valid,
        entries: [{ ...valid.entries[0], kind: 'operational', activity: 'budget', status: 'happened' }],
      }),
      /entries\.0\.status: Only instructional blocks/,
    ],
    ['an unknown field', JSON.stringify({ ...valid, extra: 1 }), /Unrecognized key.*extra/],
    ['a missing sender', JSON.stringify({ ...valid, from: '  ' }), /from:/],
  ])('%s', async (_name, text, message) => {
    const db = freshDb();
    expect(() => parseTagsFile(text, 'tags.json')).toThrow(message);
    expect(await db.tags.count()).toBe(0);
  });
  test('a valid file parses', () => expect(parseTagsFile(JSON.stringify(valid)).entries).toHaveLength(1));
});
