import { findActivity } from '../domain/events/activities';
import { GOOGLE_EVENT_COLORS, type GoogleColorId } from '../domain/events/colors';
import type { Rule } from './rule';

/**
 * The team's colour code as rules: "Grape means a feedback conversation". A colour-key rule matches an event
 * whose own Google colour has that name (never a calendar's colour), so what an assistant principal coloured
 * on the principal's calendar is tagged in the principal's browser with no file at all.
 */
const PREFIX = 'colour-key-';

export const colourKeyRuleId = (color: GoogleColorId) => `${PREFIX}${color}`;

/** The rule for one colour of the key (its order is set where it is stored). */
export function colourKeyRule(color: GoogleColorId, activity: string): Omit<Rule, 'order'> {
  const definition = findActivity(activity);
  if (!definition) throw new Error(`"${activity}" is not an activity`);
  const name = GOOGLE_EVENT_COLORS.find((c) => c.id === color)!.name;
  return {
    id: colourKeyRuleId(color),
    enabled: true,
    field: 'color',
    keywords: [name],
    kind: definition.kind,
    activity,
    builtIn: false,
  };
}

/** The colour key as it stands: colour id → activity id, from the stored rules. */
export function colourKeyOf(rules: readonly Rule[]): Map<GoogleColorId, string> {
  const key = new Map<GoogleColorId, string>();
  for (const c of GOOGLE_EVENT_COLORS) {
    const rule = rules.find((r) => r.id === colourKeyRuleId(c.id));
    if (rule?.enabled) key.set(c.id, rule.activity);
  }
  return key;
}
