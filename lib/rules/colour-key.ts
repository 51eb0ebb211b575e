import { findActivity } from '../domain/events/activities';
import { eventColorOf, GOOGLE_EVENT_COLORS, type GoogleColorId } from '../domain/events/colors';
import type { CalendarEvent } from '../domain/events/event';
import type { Rule } from './rule';

/**
 * The team's colour code as rules: "Grape means a feedback conversation". A colour-key rule matches an event
 * whose own colour has that name (never a calendar's colour), so what an assistant principal coloured on the
 * principal's calendar is tagged in the principal's browser with no file at all.
 *
 * A key is one of Google's eleven palette colours (by id), a custom Google colour by the name its owner gave it
 * (since June 2026: `custom:team meetings`), or a colour Outlook drew on a chip (a category's, by hex:
 * `hex:#ff8c00`), since Outlook's page names no category (research/outlook-calendars.md §5).
 */
const PREFIX = 'colour-key-';
export type ColourKeyId = GoogleColorId | `custom:${string}` | `hex:${string}`;

const isPalette = (id: string): id is GoogleColorId => GOOGLE_EVENT_COLORS.some((c) => c.id === id);
export const isColourKeyId = (id: string): id is ColourKeyId =>
  isPalette(id) || /^custom:.{1,60}$/.test(id) || /^hex:#[0-9a-f]{6}$/.test(id);
export const customColourKey = (name: string): ColourKeyId => `custom:${name.trim().toLowerCase()}`;
export const hexColourKey = (hex: string): ColourKeyId => `hex:${hex.toLowerCase()}`;

export const colourKeyRuleId = (color: ColourKeyId) => `${PREFIX}${color}`;

/** What a rule for this key looks for in an event's colour (see fieldValue in apply.ts). */
function keywordOf(id: ColourKeyId, customName?: string): string {
  if (isPalette(id)) return GOOGLE_EVENT_COLORS.find((c) => c.id === id)!.name;
  if (id.startsWith('hex:')) return id.slice(4);
  return customName?.trim() || id.slice('custom:'.length);
}

/** The rule for one colour of the key (its order is set where it is stored). */
export function colourKeyRule(color: ColourKeyId, activity: string, customName?: string): Omit<Rule, 'order'> {
  const definition = findActivity(activity);
  if (!definition) throw new Error(`"${activity}" is not an activity`);
  return {
    id: colourKeyRuleId(color),
    enabled: true,
    field: 'color',
    keywords: [keywordOf(color, customName)],
    kind: definition.kind,
    activity,
    builtIn: false,
  };
}

/** The colour key as it stands: colour key id → activity id, from the stored rules (palette colours first). */
export function colourKeyOf(rules: readonly Rule[]): Map<ColourKeyId, string> {
  const key = new Map<ColourKeyId, string>();
  for (const c of GOOGLE_EVENT_COLORS) {
    const rule = rules.find((r) => r.id === colourKeyRuleId(c.id));
    if (rule?.enabled) key.set(c.id, rule.activity);
  }
  for (const rule of rules) {
    const id = rule.id.slice(PREFIX.length);
    if (rule.id.startsWith(PREFIX) && rule.enabled && !isPalette(id) && isColourKeyId(id)) key.set(id, rule.activity);
  }
  return key;
}

/** The name a key's colour goes by on the options page. */
export function colourKeyLabel(id: ColourKeyId, rules: readonly Rule[] = []): string {
  if (isPalette(id)) return GOOGLE_EVENT_COLORS.find((c) => c.id === id)!.name;
  if (id.startsWith('hex:')) return `Outlook colour ${id.slice(4)}`;
  return rules.find((r) => r.id === colourKeyRuleId(id))?.keywords[0] ?? id.slice('custom:'.length);
}

export interface SeenColour {
  id: ColourKeyId;
  label: string;
  hex?: string;
  events: number;
}

/**
 * Colours beyond Google's palette actually seen on the leader's calendars since `since`: custom Google colours by
 * name, and Outlook chip colours by hex, most used first. The palette's eleven are always offered.
 */
export function coloursSeen(
  events: readonly Pick<CalendarEvent, 'source' | 'color' | 'colorName' | 'start'>[],
  since: number,
): SeenColour[] {
  const seen = new Map<ColourKeyId, SeenColour>();
  for (const e of events) {
    if (e.start < since || eventColorOf(e)) continue;
    let entry: Omit<SeenColour, 'events'> | null = null;
    if (e.source === 'google' && e.colorName?.trim())
      entry = { id: customColourKey(e.colorName), label: e.colorName.trim(), ...(e.color ? { hex: e.color } : {}) };
    else if (e.source === 'outlook' && e.color && /^#[0-9a-f]{6}$/i.test(e.color))
      entry = {
        id: hexColourKey(e.color),
        label: `Outlook colour ${e.color.toLowerCase()}`,
        hex: e.color.toLowerCase(),
      };
    if (!entry) continue;
    const before = seen.get(entry.id);
    seen.set(entry.id, { ...entry, events: (before?.events ?? 0) + 1 });
  }
  return [...seen.values()].sort((a, b) => b.events - a.events || a.label.localeCompare(b.label));
}
