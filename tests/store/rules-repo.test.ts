import { expect, test } from 'vitest';
import { recordScan } from '../../lib/store/events-repo';
import { previewRule } from '../../lib/rules/apply';
import { deleteRule, listRules, moveRule, ruleFromEvent, saveRule, setColourKey } from '../../lib/store/rules-repo';
import { setPersonTags } from '../../lib/store/tags-repo';
import { at, freshDb, rawEvent } from '../builders';

const week = { start: at('2026-11-16'), end: at('2026-11-23') };
const ev = (sourceId: string, title: string, h: number) => ({
  sourceId,
  title,
  start: at('2026-11-16', `${h}:00`),
  end: at('2026-11-16', `${h}:30`),
  allDay: false,
  response: 'unknown' as const,
  cancelled: false,
});

test('a new rule goes first, order stays explicit and contiguous, and rules are re-applied', async () => {
  const db = freshDb();
  await recordScan(db, {
    source: 'google',
    range: week,
    complete: true,
    events: [ev('a', 'Lunch with mentor teacher', 12)],
    now: 1,
  });
  expect((await db.tags.get('google:a'))?.activity).toBe('personal');
  const rule = await saveRule(
    db,
    { enabled: true, field: 'title', keywords: ['mentor teacher'], kind: 'instructional', activity: 'coaching' },
    2,
  );
  const rules = await listRules(db);
  expect(rules[0]!.id).toBe(rule.id);
  expect(rules.map((r) => r.order)).toEqual(rules.map((_, i) => i));
  expect(await db.tags.get('google:a')).toMatchObject({
    activity: 'coaching',
    ruleId: rule.id,
    reason: 'title contains "mentor teacher"',
  });
  await moveRule(db, rule.id, 1, 3);
  expect((await db.tags.get('google:a'))?.activity).toBe('coaching'); // still the first match for this title
  await deleteRule(db, rule.id, 4);
  expect((await db.tags.get('google:a'))?.activity).toBe('personal');
});

test('an invalid rule is refused and nothing changes', async () => {
  const db = freshDb();
  const before = await db.rules.count();
  await expect(
    saveRule(db, { enabled: true, field: 'title', keywords: [], kind: 'instructional', activity: 'coaching' }, 1),
  ).rejects.toThrow(/keywords/);
  expect(await db.rules.count()).toBe(before);
});

test("'always tag titles like this' makes a rule from the title; a person's tags stay", async () => {
  const db = freshDb();
  await recordScan(db, {
    source: 'google',
    range: week,
    complete: true,
    events: [ev('a', 'Rounds with AP', 9), ev('b', 'Rounds with AP', 10), ev('c', 'Rounds with AP', 11)],
    now: 1,
  });
  await setPersonTags(db, { eventIds: ['google:c'], kind: 'operational', activity: 'supervision' }, 2);
  const event = (await db.events.get('google:a'))!;
  await ruleFromEvent(db, event, 'instructional', 'walkthrough', 3);
  expect((await db.tags.get('google:b'))?.activity).toBe('walkthrough');
  expect(await db.tags.get('google:c')).toMatchObject({ activity: 'supervision', setBy: 'person' });
});

test('preview lists the past events a draft rule would tag', async () => {
  const db = freshDb();
  await recordScan(db, {
    source: 'google',
    range: week,
    complete: true,
    events: [ev('a', 'Learning lab visit', 9), ev('b', 'Walkthrough lab', 10), ev('c', 'Budget', 11)],
    now: 1,
  });
  const rules = await listRules(db);
  const draft = {
    id: 'draft',
    order: 0,
    enabled: true,
    field: 'title' as const,
    keywords: ['lab'],
    kind: 'instructional' as const,
    activity: 'observation',
    builtIn: false,
  };
  expect(previewRule(draft, rules, await db.events.toArray()).map((e) => e.title)).toEqual([
    'Learning lab visit',
    'Walkthrough lab',
  ]);
  expect(previewRule({ ...draft, order: 99 }, rules, await db.events.toArray()).map((e) => e.title)).toEqual([
    'Learning lab visit',
  ]);
});

test('the colour key: setting a colour tags the events of that colour at once, first of all rules; clearing it untags them', async () => {
  const db = freshDb();
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [
      { ...rawEvent('c', 'Check-in: Ms. Patel', 0, '08:30', '09:00'), color: '#8e24aa', colorName: 'Grape' },
      { ...rawEvent('w', 'Walkthrough: grade 2', 0, '09:00', '09:30'), color: '#8e24aa', colorName: 'Grape' },
      { ...rawEvent('p', 'Parent call', 0, '10:00', '10:30'), color: '#8e24aa' },
    ],
    now: 1,
  });
  await setColourKey(db, 'grape', 'feedback', 2);
  expect(await db.tags.get('google:c')).toMatchObject({
    activity: 'feedback',
    setBy: 'rule',
    reason: 'colour is Grape (your colour key)',
  });
  // A deliberate colour beats a keyword guess on the title.
  expect((await db.tags.get('google:w'))?.activity).toBe('feedback');
  // Drawn in its calendar's colour only: not touched.
  expect((await db.tags.get('google:p'))?.activity).toBe('family-communication');
  expect((await listRules(db))[0]!.id).toBe('colour-key-grape');
  await setColourKey(db, 'grape', null, 3);
  expect(await db.tags.get('google:c')).toBeUndefined();
  expect((await db.tags.get('google:w'))?.activity).toBe('walkthrough');
});
