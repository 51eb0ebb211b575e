import type { CalendarEvent } from '../domain/events/event';
import { keepOutcome, tagPriority, type Tag } from '../domain/events/tag';
import type { Rule, RuleField } from './rule';
import { escapeRegExp } from '../domain/time/text';
import { calendarsOf } from '../domain/events/calendar-ids';
import { eventColourName } from '../domain/events/colors';

export interface RuleMatch {
  rule: Rule;
  keyword: string;
  reason: string;
}

const FIELD_LABELS: Record<RuleField, string> = {
  title: 'title',
  calendar: 'calendar',
  color: 'colour',
  location: 'location',
};

const matcherCache = new Map<string, RegExp>();
const wholeWord = (alternatives: string) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternatives})(?:$|[^\\p{L}\\p{N}])`, 'iu');

/** Whole-word, case-insensitive, Unicode-aware ("PD" matches "PD day" but not "updates"). */
function keywordMatcher(keyword: string): RegExp {
  let re = matcherCache.get(keyword);
  if (!re) {
    re = wholeWord(escapeRegExp(keyword.trim()));
    matcherCache.set(keyword, re);
  }
  return re;
}

/**
 * All of a rule's keywords in one pattern: it matches exactly when one of them does, so an event no keyword
 * fits costs one test per rule instead of one per keyword (a week of 1000 events against the default rules).
 */
const ruleCache = new Map<string, RegExp>();
function anyKeywordMatcher(keywords: readonly string[]): RegExp {
  const key = keywords.join('\u0000');
  let re = ruleCache.get(key);
  if (!re) {
    if (ruleCache.size > 500) ruleCache.clear();
    re = wholeWord(keywords.map((k) => escapeRegExp(k.trim())).join('|'));
    ruleCache.set(key, re);
  }
  return re;
}

/** What a rule looks at (read only: a rule never changes the event). */
type RuleTarget = Pick<CalendarEvent, 'title' | 'calendarId' | 'color' | 'colorName' | 'location' | 'busyOnly'> & {
  alsoOn?: readonly string[];
};

function fieldValue(event: RuleTarget, field: RuleField): string {
  switch (field) {
    case 'title':
      return event.title;
    case 'calendar':
      return calendarsOf(event).join(' ');
    case 'color':
      // The event's own colour by name (Google's "Grape", or a custom "Team Meetings"), then as drawn ("#8e24aa").
      return [eventColourName(event), event.color].filter(Boolean).join(' ');
    case 'location':
      return event.location ?? '';
  }
}

const reasonFor = (field: RuleField, keyword: string) =>
  field === 'color' ? `colour is ${keyword} (your colour key)` : `${FIELD_LABELS[field]} contains "${keyword}"`;

/** The first enabled rule (by explicit order) that matches the event, with a plain-language reason. */
export function matchRule(rules: readonly Rule[], event: RuleTarget): RuleMatch | null {
  // Busy time without details has nothing a rule could know it by.
  if (event.busyOnly) return null;
  const ordered = [...rules].filter((r) => r.enabled).sort((a, b) => a.order - b.order);
  for (const rule of ordered) {
    const value = fieldValue(event, rule.field);
    if (!value || rule.keywords.length === 0 || !anyKeywordMatcher(rule.keywords).test(value)) continue;
    // The first of the rule's keywords that matches is the one the reason names.
    for (const keyword of rule.keywords) {
      if (keywordMatcher(keyword).test(value)) {
        return { rule, keyword, reason: reasonFor(rule.field, keyword) };
      }
    }
  }
  return null;
}

/**
 * The tag the rules suggest for an event, or what to keep: a person's or series tag is never
 * replaced, and an old rule tag is dropped when no rule matches any more.
 */
export function ruleTagFor(
  rules: readonly Rule[],
  event: CalendarEvent,
  existing: Tag | undefined,
  now: number,
): Tag | null | 'keep' {
  if (existing && tagPriority(existing.setBy) > tagPriority('rule')) return 'keep';
  const match = matchRule(rules, event);
  if (!match) return existing ? null : 'keep';
  if (
    existing &&
    existing.ruleId === match.rule.id &&
    existing.kind === match.rule.kind &&
    existing.activity === match.rule.activity &&
    existing.reason === match.reason
  ) {
    return 'keep';
  }
  const tag: Tag = {
    eventId: event.id,
    kind: match.rule.kind,
    activity: match.rule.activity,
    setBy: 'rule',
    ruleId: match.rule.id,
    reason: match.reason,
    updatedAt: now,
  };
  return keepOutcome(existing, tag);
}

/** Live preview: the past events a draft rule would match (only when it would be the first to match). */
export function previewRule(draft: Rule, rules: readonly Rule[], events: readonly CalendarEvent[]): CalendarEvent[] {
  const others = rules.filter((r) => r.id !== draft.id);
  const withDraft = [...others.map((r) => (r.order >= draft.order ? { ...r, order: r.order + 1 } : r)), draft];
  return events.filter((e) => matchRule([draft], e) !== null && matchRule(withDraft, e)?.rule.id === draft.id);
}
