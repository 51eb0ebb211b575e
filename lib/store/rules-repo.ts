import type { CalendarEvent } from '../domain/events/event';
import { RuleSchema, type Rule } from '../rules/rule';
import { describeZodError } from '../zod';
import { type LeadershipDb, taggingTables } from './db';
import { reapplyRules } from './tags-repo';
import { newId } from './reclaimed-repo';
import { type ColourKeyId, colourKeyRule, colourKeyRuleId, isColourKeyId } from '../rules/colour-key';
import { listRules, storedRules } from './rule-list';

export { listRules };

function validRule(rule: Rule): Rule {
  const parsed = RuleSchema.safeParse(rule);
  if (!parsed.success) throw new Error(`Rule not saved: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Adds or edits a rule and re-applies the rules. New rules go first (a person's own rule beats the defaults). */
export async function saveRule(
  db: LeadershipDb,
  rule: Omit<Rule, 'id' | 'order' | 'builtIn'> & Partial<Pick<Rule, 'id' | 'order' | 'builtIn'>>,
  now: number,
): Promise<Rule> {
  return db.transaction('rw', taggingTables(db), async () => {
    const all = await storedRules(db);
    const existing = rule.id ? all.find((r) => r.id === rule.id) : undefined;
    let saved: Rule;
    if (existing) {
      saved = validRule({ ...existing, ...rule, id: existing.id, order: existing.order, builtIn: existing.builtIn });
      await db.rules.put(saved);
    } else {
      saved = validRule({ ...rule, id: newId('rule'), order: 0, builtIn: false } as Rule);
      await db.rules.bulkPut(all.map((r, i) => ({ ...r, order: i + 1 })));
      await db.rules.put(saved);
    }
    await reapplyRules(db, now);
    return saved;
  });
}

/** Moves a rule one place up (-1) or down (+1); order is explicit and contiguous. */
export async function moveRule(db: LeadershipDb, id: string, direction: -1 | 1, now: number): Promise<void> {
  await db.transaction('rw', taggingTables(db), async () => {
    const all = await storedRules(db);
    const i = all.findIndex((r) => r.id === id);
    const j = i + direction;
    if (i < 0 || j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j]!, all[i]!];
    await db.rules.bulkPut(all.map((r, order) => ({ ...r, order })));
    await reapplyRules(db, now);
  });
}

export async function deleteRule(db: LeadershipDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', taggingTables(db), async () => {
    await db.rules.delete(id);
    const rest = await storedRules(db);
    await db.rules.bulkPut(rest.map((r, order) => ({ ...r, order })));
    await reapplyRules(db, now);
  });
}

/** "Always tag titles like this": a rule on the event's own title. */
export async function ruleFromEvent(
  db: LeadershipDb,
  event: CalendarEvent,
  kind: Rule['kind'],
  activity: string,
  now: number,
): Promise<Rule> {
  const keyword = event.title.trim().replace(/\s+/g, ' ').slice(0, 100);
  if (!keyword) throw new Error('This event has no title to make a rule from');
  return saveRule(db, { enabled: true, field: 'title', keywords: [keyword], kind, activity }, now);
}

/**
 * Sets one colour of the colour key (or clears it with null) and re-applies the rules. A colour the leader's team
 * gave a meaning is a deliberate mark, so its rule goes first, before keyword guesses on titles.
 */
export async function setColourKey(
  db: LeadershipDb,
  color: ColourKeyId,
  activity: string | null,
  now: number,
  customName?: string,
): Promise<void> {
  if (!isColourKeyId(color)) throw new Error(`"${color}" is not a colour of the colour key.`);
  await db.transaction('rw', taggingTables(db), async () => {
    const id = colourKeyRuleId(color);
    if (activity === null) await db.rules.delete(id);
    else {
      const rest = (await storedRules(db)).filter((r) => r.id !== id);
      await db.rules.bulkPut(rest.map((r, i) => ({ ...r, order: i + 1 })));
      await db.rules.put(validRule({ ...colourKeyRule(color, activity, customName), order: 0 }));
    }
    const all = await storedRules(db);
    await db.rules.bulkPut(all.map((r, order) => ({ ...r, order })));
    await reapplyRules(db, now);
  });
}
