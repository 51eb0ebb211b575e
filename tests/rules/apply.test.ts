import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeRegExp } from '../../lib/domain/time/text';
import { matchRule, previewRule, ruleTagFor } from '../../lib/rules/apply';
import { makeEvent, makeTag } from '../builders';
import { DEFAULT_RULES } from '../../lib/rules/default-rules';
import type { Rule } from '../../lib/rules/rule';

/** The plain definition: each enabled rule in order, each keyword in order, a whole-word test each. */
function reference(rules: readonly Rule[], title: string) {
  for (const rule of [...rules].filter((r) => r.enabled).sort((a, b) => a.order - b.order)) {
    if (rule.field !== 'title' || !title) continue;
    for (const keyword of rule.keywords) {
      const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(keyword.trim())}(?:$|[^\\p{L}\\p{N}])`, 'iu');
      if (re.test(title)) return { id: rule.id, keyword };
    }
  }
  return null;
}

const words = [
  'PD',
  'pd day',
  'Walkthrough',
  'IEP',
  'bus',
  'Coaching',
  'ÉTÉ',
  'straße',
  'c++',
  '(1:1)',
  'feedback',
  'Ünterricht',
];
const rule = (id: string, order: number, keywords: string[], enabled = true): Rule => ({
  id,
  order,
  enabled,
  field: 'title',
  keywords,
  kind: 'operational',
  activity: 'other-operational',
  builtIn: false,
});

test('one test per rule finds exactly what a test per keyword finds, and names the same keyword', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.subarray(words, { minLength: 1 }), fc.boolean()), { minLength: 1, maxLength: 5 }),
      fc.array(fc.constantFrom(...words, 'updates', 'the', ' ', ',', '-', 'pdf', 'busy', 'STRASSE'), { maxLength: 8 }),
      (ruleSpecs, titleParts) => {
        const rules = ruleSpecs.map(([keywords, enabled], i) => rule(`r${i}`, ruleSpecs.length - i, keywords, enabled));
        const title = titleParts.join(' ');
        const found = matchRule(rules, { title });
        const expected = reference(rules, title);
        expect(found ? { id: found.rule.id, keyword: found.keyword } : null).toEqual(expected);
      },
    ),
    { numRuns: 500 },
  );
});

test('the default rules: a week of titles gives the same suggestions as the plain definition', () => {
  const titles = [
    'Bus duty',
    'Walkthrough grade 3',
    'Coaching conversation',
    'PLC',
    'Parent call',
    'Budget review',
    'IEP meeting',
    'x',
  ];
  for (const title of titles) {
    const found = matchRule(DEFAULT_RULES, { title });
    expect(found ? { id: found.rule.id, keyword: found.keyword } : null).toEqual(reference(DEFAULT_RULES, title));
  }
});

describe('each field and its reason', () => {
  const on = (field: Rule['field'], keywords: string[]): Rule => ({ ...rule('f', 0, keywords), field });
  test.each([
    ['title', { title: 'Walkthrough grade 3' }, ['walkthrough'], 'title contains "walkthrough"'],
    ['location', { title: 'x', location: 'Main office, room 4' }, ['main office'], 'location contains "main office"'],
    [
      'calendar',
      { title: 'x', calendarId: 'ap@x.org', alsoOn: ['school@x.org'] },
      ['school@x.org'],
      'calendar contains "school@x.org"',
    ],
    ['color', { title: 'x', color: '#8e24aa', colorName: 'Grape' }, ['Grape'], 'colour is Grape (your colour key)'],
    ['color', { title: 'x', color: '#0b8043' }, ['#0b8043'], 'colour is #0b8043 (your colour key)'],
    // The name and the colour as drawn are two words: a rule may name either.
    ['color', { title: 'x', color: '#8e24aa', colorName: 'Grape' }, ['#8e24aa'], 'colour is #8e24aa (your colour key)'],
  ] as const)('%s', (field, event, keywords, reason) => {
    expect(matchRule([on(field, [...keywords])], event)).toMatchObject({ keyword: keywords[0], reason });
    // The other fields never match the same words.
    for (const other of (['title', 'location', 'calendar', 'color'] as const).filter((f) => f !== field))
      expect(matchRule([on(other, [...keywords])], event)).toBeNull();
  });
  test('no value, no match; a disabled rule never matches; the first rule by order wins', () => {
    expect(matchRule([on('location', ['office'])], { title: 'office' })).toBeNull();
    expect(matchRule([rule('off', 0, ['bus'], false)], { title: 'Bus duty' })).toBeNull();
    const first = rule('first', 2, ['bus']);
    const second = rule('second', 1, ['duty']);
    expect(matchRule([first, second], { title: 'Bus duty' })?.rule.id).toBe('second');
    // A rule whose keywords were all removed matches nothing (an empty pattern would match everything).
    expect(matchRule([rule('empty', 0, [])], { title: 'Bus duty' })).toBeNull();
  });
});

describe('what the rules do to a tag', () => {
  const event = makeEvent({ title: 'Bus duty', start: 0, end: 1 });
  const busRule: Rule = { ...rule('bus', 0, ['bus']), kind: 'operational', activity: 'supervision' };
  const walkRule: Rule = { ...rule('walk', 0, ['bus']), kind: 'instructional', activity: 'walkthrough' };
  test('a person’s, an assistant’s or a series tag is kept; a plan tag too', () => {
    for (const setBy of ['person', 'assistant', 'series', 'plan'] as const)
      expect(ruleTagFor([busRule], event, makeTag(event.id, 'budget', { setBy }), 5)).toBe('keep');
  });
  test('a new suggestion says which rule and why; the same one again is kept as it is', () => {
    const tag = ruleTagFor([busRule], event, undefined, 5);
    expect(tag).toEqual({
      eventId: event.id,
      kind: 'operational',
      activity: 'supervision',
      setBy: 'rule',
      ruleId: 'bus',
      reason: 'title contains "bus"',
      updatedAt: 5,
    });
    expect(ruleTagFor([busRule], event, tag as never, 6)).toBe('keep');
    // Another rule, another activity, another reason: each replaces the old suggestion.
    expect(ruleTagFor([{ ...busRule, id: 'other' }], event, tag as never, 6)).toMatchObject({ ruleId: 'other' });
    expect(ruleTagFor([{ ...busRule, activity: 'facilities-safety' }], event, tag as never, 6)).toMatchObject({
      activity: 'facilities-safety',
    });
    expect(ruleTagFor([{ ...busRule, keywords: ['duty'] }], event, tag as never, 6)).toMatchObject({
      reason: 'title contains "duty"',
    });
  });
  test('no rule matches: an old suggestion is dropped, no tag stays no tag', () => {
    const old = makeTag(event.id, 'supervision', { setBy: 'rule', ruleId: 'gone' });
    expect(ruleTagFor([], event, old, 5)).toBeNull();
    expect(ruleTagFor([], event, undefined, 5)).toBe('keep');
  });
  test('an instructional block keeps its "did it happen?" answer; other work never has one', () => {
    const happened = makeTag(event.id, 'walkthrough', { setBy: 'rule', ruleId: 'x', status: 'happened' });
    expect(ruleTagFor([walkRule], event, happened, 5)).toMatchObject({ status: 'happened' });
    expect(ruleTagFor([busRule], event, happened, 5)).not.toHaveProperty('status');
  });
});

test('a draft rule is previewed on the events it would be first to match', () => {
  const bus = makeEvent({ title: 'Bus duty', start: 0, end: 1 });
  const walk = makeEvent({ title: 'Walkthrough', start: 0, end: 1 });
  const existing = rule('existing', 0, ['walkthrough']);
  const draft = rule('draft', 0, ['bus', 'walkthrough']);
  // Placed first (order 0 pushes the others down): it takes both.
  expect(previewRule(draft, [existing], [bus, walk]).map((e) => e.title)).toEqual(['Bus duty', 'Walkthrough']);
  // Placed after the existing rule: the walkthrough stays the existing rule's.
  expect(previewRule({ ...draft, order: 1 }, [existing], [bus, walk]).map((e) => e.title)).toEqual(['Bus duty']);
  // Editing a rule: its old self is not counted against it.
  expect(previewRule({ ...existing, keywords: ['bus'] }, [existing], [bus, walk]).map((e) => e.title)).toEqual([
    'Bus duty',
  ]);
  // Moving a rule below another that takes the same events: its old place does not count for it.
  const other = rule('other', 1, ['walkthrough']);
  expect(previewRule({ ...existing, order: 2 }, [existing, other], [bus, walk])).toEqual([]);
});
