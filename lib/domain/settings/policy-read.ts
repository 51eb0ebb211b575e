import type { z } from '../../zod';
import { ACTIVITIES, KINDS, type ActivityDefinition, type Kind } from '../events/activities';
import { GOOGLE_EVENT_COLORS, type GoogleColorId } from '../events/colors';
import { COVERAGE_WEEKS } from '../reconcile/coverage';
import { DEFAULT_REASONS, reasonIdFor, type Reason } from '../reconcile/reasons';
import {
  FEATURES,
  LOCKABLE,
  POLICY_DAYS,
  POLICY_NAMES,
  POLICY_SHAPE,
  type Feature,
  type Lockable,
  type PolicyName,
  type PolicyShape,
} from './policy';

/**
 * A district policy as the extension applies it: every value checked and put in the extension's own terms
 * (weekday numbers, colour ids, reason ids). What is absent was not set, or was rejected.
 */
export interface DistrictPolicy {
  organizationName?: string;
  supportContact?: string;
  schoolDay?: {
    start?: string;
    end?: string;
    lunch?: { start: string; end: string };
    officeMinutes?: number;
    dismissalMinutes?: number;
    afterSchoolMinutes?: number;
    bufferMinutes?: number;
    maxBlocksPerDay?: number;
  };
  blockMinutes?: Partial<Record<'walkthrough' | 'observation' | 'coaching' | 'feedback', number>>;
  activities?: ActivityDefinition[];
  colourKey?: { colour: GoogleColorId; activity: string }[];
  keywordRules?: { keywords: string[]; activity: string; field: 'title' | 'calendar' | 'color' | 'location' }[];
  calendars?: { ownOnly?: boolean; include?: string[]; exclude?: string[] };
  nudges?: {
    enabled?: boolean;
    plan?: { weekday?: number; time?: string };
    review?: { weekday?: number; time?: string };
  };
  goal?: { targetShare?: number; stepHours?: number };
  coachName?: string;
  reconcile?: { reasons?: Reason[]; coverageWeeks?: 1 | 2 | 3 | 4 };
  disabledFeatures?: Feature[];
  skipFirstRun?: boolean;
  lockedSettings?: Lockable[];
}

/** A policy key (or one entry of it) that was not applied, and why, in words an IT admin can act on. */
export interface RejectedPolicy {
  /** Where: `schoolDay.start`, `colourKey[2]`. */
  key: string;
  sentence: string;
}

export interface PolicyRead {
  policy: DistrictPolicy;
  rejected: RejectedPolicy[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ACTIVITY_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const RULE_FIELDS = ['title', 'calendar', 'color', 'location'] as const;
const BUILT_IN_IDS = new Set(ACTIVITIES.map((a) => a.id));
const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
/** The admin-facing title (the policy is optional, so its title sits on the wrapped schema). */
const titleOf = (schema: z.ZodType): string => {
  const inner = 'unwrap' in schema && typeof schema.unwrap === 'function' ? (schema.unwrap() as z.ZodType) : schema;
  return ((schema.meta()?.title ?? inner.meta()?.title) as string | undefined) ?? '';
};

/** The type the browser's schema expects, as a sentence ("a list", "a whole number"). */
function typeWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const words: Record<string, string> = {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of settings',
    };
    return `should be ${words[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

/**
 * Reads a managed-storage value, never throwing. Each policy is checked alone, and inside a list each entry
 * alone, so one mistake costs only itself: it is listed with a sentence and everything else applies.
 */
export function readPolicy(raw: unknown): PolicyRead {
  const rejected: RejectedPolicy[] = [];
  const policy: DistrictPolicy = {};
  if (raw === null || raw === undefined) return { policy, rejected };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      policy,
      rejected: [{ key: '(policy)', sentence: 'The policy is not a group of named settings, so none of it applies.' }],
    };
  }
  const reject = (key: string, sentence: string) => rejected.push({ key, sentence });
  const typed: PolicyShape = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(POLICY_NAMES as string[]).includes(name)) {
      reject(
        name,
        `"${name}" is not a Leadership Calendar policy, so it was ignored. Policy names are: ${POLICY_NAMES.join(', ')}.`,
      );
      continue;
    }
    const field = POLICY_SHAPE.shape[name as PolicyName];
    const parsed = field.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = [name, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))]
        .join('')
        .replace(/\.\[/g, '[');
      reject(where, `${titleOf(field)} was not applied: ${where} ${typeWords(issue)}.`);
      continue;
    }
    (typed as Record<string, unknown>)[name] = parsed.data;
  }

  const text = (key: string, value: string | undefined, max: number): string | undefined => {
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > max) {
      reject(key, `${key} was not applied: it should be between 1 and ${max} characters.`);
      return undefined;
    }
    return trimmed;
  };
  const time = (key: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (TIME.test(value)) return value;
    reject(key, `${key} was not applied: ${quoted(value)} is not a time. Use a 24-hour time, HH:MM (07:30).`);
    return undefined;
  };
  const whole = (key: string, value: number | undefined, min: number, max: number): number | undefined => {
    if (value === undefined) return undefined;
    if (value >= min && value <= max) return value;
    reject(key, `${key} was not applied: ${value} is outside ${min} to ${max}.`);
    return undefined;
  };
  const weekday = (key: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const day = (POLICY_DAYS as readonly string[]).indexOf(value.trim().toLowerCase().slice(0, 3));
    if (day >= 0 && /^[a-z]+$/i.test(value.trim())) return day;
    reject(key, `${key} was not applied: ${quoted(value)} is not a day. Use mon, tue, wed, thu, fri, sat or sun.`);
    return undefined;
  };

  const name = text('organizationName', typed.organizationName, 80);
  if (name) policy.organizationName = name;
  const contact = text('supportContact', typed.supportContact, 200);
  if (contact) policy.supportContact = contact;

  // Activities come before everything that names one.
  const activities: ActivityDefinition[] = [];
  for (const [i, entry] of (typed.activities ?? []).entries()) {
    const key = `activities[${i}]`;
    const id = entry.id?.trim() ?? '';
    const label = entry.label?.trim() ?? '';
    const kind = entry.kind?.trim().toLowerCase() ?? '';
    if (!ACTIVITY_ID.test(id))
      reject(
        key,
        `${key} was not applied: its id ${quoted(entry.id ?? '')} should be lower-case words joined by hyphens (ard-meeting).`,
      );
    else if (BUILT_IN_IDS.has(id)) reject(key, `${key} was not applied: "${id}" is already a built-in activity.`);
    else if (activities.some((a) => a.id === id)) reject(key, `${key} was not applied: "${id}" is listed twice.`);
    else if (!label || label.length > 60)
      reject(key, `${key} ("${id}") was not applied: give it a name of 1 to 60 characters.`);
    else if (!(KINDS as readonly string[]).includes(kind))
      reject(
        key,
        `${key} ("${id}") was not applied: its kind ${quoted(entry.kind ?? '')} should be instructional, operational or personal.`,
      );
    else activities.push({ id, label, kind: kind as Kind, research: 'District activity' });
  }
  if (activities.length) policy.activities = activities;
  const knownActivity = (key: string, value: string | undefined): string | undefined => {
    const id = value?.trim() ?? '';
    if (BUILT_IN_IDS.has(id) || activities.some((a) => a.id === id)) return id;
    reject(
      key,
      `${key} was not applied: ${quoted(value ?? '')} is not an activity (neither built in nor one of the district's activities).`,
    );
    return undefined;
  };

  const colours: NonNullable<DistrictPolicy['colourKey']> = [];
  for (const [i, entry] of (typed.colourKey ?? []).entries()) {
    const key = `colourKey[${i}]`;
    const colour = GOOGLE_EVENT_COLORS.find((c) => c.name.toLowerCase() === entry.colour?.trim().toLowerCase());
    if (!colour) {
      reject(
        key,
        `${key} was not applied: ${quoted(entry.colour ?? '')} is not a Google Calendar event colour (${GOOGLE_EVENT_COLORS.map((c) => c.name).join(', ')}).`,
      );
      continue;
    }
    if (colours.some((c) => c.colour === colour.id)) {
      reject(key, `${key} was not applied: ${colour.name} already has a meaning earlier in the list.`);
      continue;
    }
    const activity = knownActivity(key, entry.activity);
    if (activity) colours.push({ colour: colour.id, activity });
  }
  if (colours.length) policy.colourKey = colours;

  const rules: NonNullable<DistrictPolicy['keywordRules']> = [];
  for (const [i, entry] of (typed.keywordRules ?? []).entries()) {
    const key = `keywordRules[${i}]`;
    const keywords = (entry.keywords ?? []).map((k) => k.trim()).filter((k) => k.length > 0 && k.length <= 100);
    const field = (entry.field?.trim().toLowerCase() || 'title') as (typeof RULE_FIELDS)[number];
    if (keywords.length === 0) reject(key, `${key} was not applied: it has no keywords.`);
    else if (!RULE_FIELDS.includes(field))
      reject(
        key,
        `${key} was not applied: its field ${quoted(entry.field)} should be title, calendar, color or location.`,
      );
    else {
      const activity = knownActivity(key, entry.activity);
      if (activity) rules.push({ keywords: keywords.slice(0, 50), activity, field });
    }
  }
  if (rules.length) policy.keywordRules = rules;

  if (typed.schoolDay) {
    const d = typed.schoolDay;
    const day: NonNullable<DistrictPolicy['schoolDay']> = {};
    const start = time('schoolDay.start', d.start);
    const end = time('schoolDay.end', d.end);
    if (start && end && end <= start)
      reject('schoolDay', `schoolDay was not applied: the day ends (${end}) before it starts (${start}).`);
    else {
      if (start) day.start = start;
      if (end) day.end = end;
    }
    const lunchStart = time('schoolDay.lunchStart', d.lunchStart);
    const lunchEnd = time('schoolDay.lunchEnd', d.lunchEnd);
    if ((lunchStart === undefined) !== (lunchEnd === undefined))
      reject('schoolDay.lunchStart', 'schoolDay.lunchStart and lunchEnd were not applied: set both or neither.');
    else if (lunchStart && lunchEnd) {
      if (lunchEnd <= lunchStart)
        reject(
          'schoolDay.lunchEnd',
          `schoolDay.lunchEnd was not applied: lunch ends (${lunchEnd}) before it starts (${lunchStart}).`,
        );
      else day.lunch = { start: lunchStart, end: lunchEnd };
    }
    const minutes = (k: 'officeMinutes' | 'dismissalMinutes' | 'afterSchoolMinutes' | 'bufferMinutes', max: number) => {
      const v = whole(`schoolDay.${k}`, d[k], 0, max);
      if (v !== undefined) day[k] = v;
    };
    minutes('officeMinutes', 180);
    minutes('dismissalMinutes', 120);
    minutes('afterSchoolMinutes', 180);
    minutes('bufferMinutes', 60);
    const most = whole('schoolDay.maxBlocksPerDay', d.maxBlocksPerDay, 1, 8);
    if (most !== undefined) day.maxBlocksPerDay = most;
    if (Object.keys(day).length) policy.schoolDay = day;
    const blocks: NonNullable<DistrictPolicy['blockMinutes']> = {};
    for (const k of ['walkthrough', 'observation', 'coaching', 'feedback'] as const) {
      const v = whole(`schoolDay.${k}Minutes`, d[`${k}Minutes`], 10, 120);
      if (v !== undefined) blocks[k] = v;
    }
    if (Object.keys(blocks).length) policy.blockMinutes = blocks;
  }

  if (typed.calendars) {
    const c = typed.calendars;
    const patterns = (key: string, list: string[] | undefined) => {
      if (!list) return undefined;
      const kept = list.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= 100);
      if (kept.length < list.length)
        reject(key, `${key}: ${list.length - kept.length} empty or over-long name pattern(s) were left out.`);
      return kept.slice(0, 50);
    };
    const calendars: NonNullable<DistrictPolicy['calendars']> = {};
    if (c.ownOnly !== undefined) calendars.ownOnly = c.ownOnly;
    const include = patterns('calendars.include', c.include);
    if (include) calendars.include = include;
    const exclude = patterns('calendars.exclude', c.exclude);
    if (exclude) calendars.exclude = exclude;
    if (Object.keys(calendars).length) policy.calendars = calendars;
  }

  if (typed.nudges) {
    const n = typed.nudges;
    const nudges: NonNullable<DistrictPolicy['nudges']> = {};
    if (n.enabled !== undefined) nudges.enabled = n.enabled;
    for (const which of ['plan', 'review'] as const) {
      const weekdayValue = weekday(`nudges.${which}Day`, n[`${which}Day`]);
      const timeValue = time(`nudges.${which}Time`, n[`${which}Time`]);
      const part: { weekday?: number; time?: string } = {};
      if (weekdayValue !== undefined) part.weekday = weekdayValue;
      if (timeValue !== undefined) part.time = timeValue;
      if (Object.keys(part).length) nudges[which] = part;
    }
    if (Object.keys(nudges).length) policy.nudges = nudges;
  }

  if (typed.goal) {
    const goal: NonNullable<DistrictPolicy['goal']> = {};
    const share = typed.goal.targetShare;
    if (share !== undefined) {
      if (share >= 0.1 && share <= 0.8) goal.targetShare = share;
      else
        reject(
          'goal.targetShare',
          `goal.targetShare was not applied: ${share} is outside 0.1 to 0.8 (a share of the week, 0.5 = half).`,
        );
    }
    const step = typed.goal.stepHours;
    if (step !== undefined) {
      if (step >= 0.25 && step <= 3) goal.stepHours = step;
      else reject('goal.stepHours', `goal.stepHours was not applied: ${step} is outside 0.25 to 3 hours.`);
    }
    if (Object.keys(goal).length) policy.goal = goal;
  }

  const coach = text('coachName', typed.coachName, 80);
  if (coach) policy.coachName = coach;

  if (typed.reconcile) {
    const r = typed.reconcile;
    const reconcile: NonNullable<DistrictPolicy['reconcile']> = {};
    if (r.reasons) {
      const reasons: Reason[] = [];
      for (const [i, label] of r.reasons.entries()) {
        const words = label.trim();
        if (!words || words.length > 120) {
          reject(
            `reconcile.reasons[${i}]`,
            `reconcile.reasons[${i}] was not applied: a reason should be 1 to 120 characters.`,
          );
          continue;
        }
        // The same reason twice (in any case) is one reason.
        if (reasons.some((x) => x.label.toLowerCase() === words.toLowerCase())) continue;
        const known = DEFAULT_REASONS.find(
          (d) => d.label.toLowerCase() === words.toLowerCase() || d.id === words.toLowerCase(),
        );
        const id = known?.id ?? reasonIdFor(words, reasons);
        if (reasons.some((x) => x.id === id)) continue;
        reasons.push({ id, label: known && known.id === words.toLowerCase() ? known.label : words });
      }
      if (!reasons.some((x) => x.id === 'other')) reasons.push({ id: 'other', label: 'Other' });
      if (reasons.length > 20) {
        reject(
          'reconcile.reasons',
          `reconcile.reasons: only the first 19 reasons and "Other" were kept (there were ${reasons.length}).`,
        );
        const other = reasons.find((x) => x.id === 'other')!;
        reconcile.reasons = [...reasons.filter((x) => x.id !== 'other').slice(0, 19), other];
      } else reconcile.reasons = reasons;
    }
    if (r.coverageWeeks !== undefined) {
      if ((COVERAGE_WEEKS as readonly number[]).includes(r.coverageWeeks))
        reconcile.coverageWeeks = r.coverageWeeks as 1 | 2 | 3 | 4;
      else
        reject(
          'reconcile.coverageWeeks',
          `reconcile.coverageWeeks was not applied: ${r.coverageWeeks} should be 1, 2, 3 or 4 weeks.`,
        );
    }
    if (Object.keys(reconcile).length) policy.reconcile = reconcile;
  }

  const features: Feature[] = [];
  for (const [i, f] of (typed.disabledFeatures ?? []).entries()) {
    const id = f.trim().toLowerCase();
    if ((FEATURES as readonly string[]).includes(id)) features.push(id as Feature);
    else
      reject(
        `disabledFeatures[${i}]`,
        `disabledFeatures[${i}] was not applied: ${quoted(f)} is not a feature (${FEATURES.join(', ')}).`,
      );
  }
  if (features.length) policy.disabledFeatures = [...new Set(features)];
  if (typed.skipFirstRun !== undefined) policy.skipFirstRun = typed.skipFirstRun;

  const locked: Lockable[] = [];
  for (const [i, l] of (typed.lockedSettings ?? []).entries()) {
    const id = l.trim();
    if ((LOCKABLE as readonly string[]).includes(id)) locked.push(id as Lockable);
    else
      reject(
        `lockedSettings[${i}]`,
        `lockedSettings[${i}] was not applied: ${quoted(l)} names no policy that can be locked (${LOCKABLE.join(', ')}).`,
      );
  }
  if (locked.length) policy.lockedSettings = [...new Set(locked)];
  return { policy, rejected };
}
