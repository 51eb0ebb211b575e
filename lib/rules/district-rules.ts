import type { ActivityDefinition } from '../domain/events/activities';
import { GOOGLE_EVENT_COLORS } from '../domain/events/colors';
import type { District } from '../domain/settings/district';
import type { Rule } from './rule';

/**
 * A district's colour key and keyword rules, as rules (docs/deployment.md). They are never stored: they are made
 * from the policy each time the rules are read, so removing the policy removes them and leaves the leader's own.
 *
 * Where they go: locked ones before everything; a default colour-key entry first among the leader's rules unless
 * the leader gave that colour a meaning of their own; default keyword rules after the leader's own rules and
 * before the first built-in one.
 */
export const DISTRICT_RULE_PREFIX = 'district-';

export function districtRules(
  district: District,
  find: (id: string) => ActivityDefinition | undefined,
): { locked: Rule[]; colours: Rule[]; keywords: Rule[] } {
  const { policy } = district;
  const lockedColours = district.locked.includes('colourKey');
  const lockedKeywords = district.locked.includes('keywordRules');
  const rule = (id: string, fields: Pick<Rule, 'field' | 'keywords' | 'activity'>, locked: boolean): Rule[] => {
    const activity = find(fields.activity) ?? policy.activities?.find((a) => a.id === fields.activity);
    if (!activity) return [];
    return [
      {
        id: `${DISTRICT_RULE_PREFIX}${id}`,
        order: 0,
        enabled: true,
        ...fields,
        kind: activity.kind,
        builtIn: false,
        district: locked ? 'locked' : 'default',
      },
    ];
  };
  const colours = (policy.colourKey ?? []).flatMap((c) =>
    rule(
      `colour-${c.colour}`,
      { field: 'color', keywords: [GOOGLE_EVENT_COLORS.find((g) => g.id === c.colour)!.name], activity: c.activity },
      lockedColours,
    ),
  );
  const keywords = (policy.keywordRules ?? []).flatMap((r, i) =>
    rule(`rule-${i + 1}`, { field: r.field, keywords: r.keywords, activity: r.activity }, lockedKeywords),
  );
  return {
    locked: [...(lockedColours ? colours : []), ...(lockedKeywords ? keywords : [])],
    colours: lockedColours ? [] : colours,
    keywords: lockedKeywords ? [] : keywords,
  };
}

/** The leader's stored rules with the district's put in their places (see above), numbered in that order. */
export function withDistrictRules(stored: readonly Rule[], district: ReturnType<typeof districtRules>): Rule[] {
  const own = [...stored].sort((a, b) => a.order - b.order);
  const ownColours = new Set(
    own.filter((r) => r.field === 'color').flatMap((r) => r.keywords.map((k) => k.toLowerCase())),
  );
  const colours = district.colours.filter((r) => !ownColours.has(r.keywords[0]!.toLowerCase()));
  const firstBuiltIn = own.findIndex((r) => r.builtIn);
  const cut = firstBuiltIn < 0 ? own.length : firstBuiltIn;
  return [...district.locked, ...colours, ...own.slice(0, cut), ...district.keywords, ...own.slice(cut)].map(
    (r, order) => ({ ...r, order }),
  );
}
