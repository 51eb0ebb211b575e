import { findActivity } from '../domain/events/activities';
import { districtRules, withDistrictRules } from '../rules/district-rules';
import type { Rule } from '../rules/rule';
import type { LeadershipDb } from './db';
import { loadDistrict } from './policy-repo';

/** The leader's own stored rules (and the built-in ones), in order: what rule edits renumber. */
export async function storedRules(db: LeadershipDb): Promise<Rule[]> {
  return db.rules.orderBy('order').toArray();
}

/** The rules that suggest tags: the stored ones with the district's in their places (lib/rules/district-rules.ts). */
export async function listRules(db: LeadershipDb): Promise<Rule[]> {
  const stored = await storedRules(db);
  const district = await loadDistrict(db);
  if (!district.policy.colourKey && !district.policy.keywordRules) return stored;
  return withDistrictRules(stored, districtRules(district, findActivity));
}
