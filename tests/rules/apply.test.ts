import fc from 'fast-check';
import { expect, test } from 'vitest';
import { escapeRegExp } from '../../lib/domain/text';
import { matchRule } from '../../lib/rules/apply';
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
