/**
 * lib/domain/settings: the leader's settings — their schema and defaults, and reading a stored row so that one bad
 * field never loses the others.
 */
import { z } from '../../zod';
import { CalendarChoiceSchema, NO_CALENDAR_CHOICE } from '../events/calendars';
import { BlockMinutesSchema, SchoolDaySchema } from '../planning/school-day';
import { COVERAGE_WEEKS, DEFAULT_COVERAGE_WEEKS } from '../reconcile/coverage';
import { DEFAULT_REASONS, FirstRespondersSchema, ReasonListSchema } from '../reconcile/reasons';

export const ROLES = ['principal', 'assistant-principal', 'coach'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
export const ROLE_LABELS: Record<Role, string> = {
  principal: 'Principal',
  'assistant-principal': 'Assistant principal',
  coach: 'Instructional coach',
};

const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 07:30');

/** The daily reconcile (research/daily-reconcile.md): its reasons, First Responders, coverage target and reminder. */
export const ReconcileSettingsSchema = z.strictObject({
  reasons: ReasonListSchema.default(() => DEFAULT_REASONS.map((r) => ({ ...r }))),
  firstResponders: FirstRespondersSchema.default(() => []),
  /** See every teacher every this many weeks. */
  coverageWeeks: z
    .union(
      COVERAGE_WEEKS.map((w) => z.literal(w)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>],
    )
    .default(DEFAULT_COVERAGE_WEEKS),
  /** A quiet count of days to reconcile on the toolbar button. */
  badge: z.boolean().default(true),
  /** A daily notification at a time the leader picks: off unless they turn it on. */
  reminder: z
    .strictObject({ enabled: z.boolean(), time: TimeOfDaySchema })
    .default(() => ({ enabled: false, time: '15:45' })),
  /** The person who keeps the leader's calendar (an AP, a SAM): "Hand to <name>" is offered when set. */
  keeper: z.string().trim().min(1).max(80).nullable().default(null),
});
export type ReconcileSettings = z.infer<typeof ReconcileSettingsSchema>;

export const NudgeScheduleSchema = z.strictObject({
  enabled: z.boolean(),
  /** 0 = Sunday … 6 = Saturday, in the leader's local time. */
  weekday: z.number().int().min(0).max(6),
  time: TimeOfDaySchema,
});
export type NudgeSchedule = z.infer<typeof NudgeScheduleSchema>;

export const SettingsSchema = z.strictObject({
  /** False until the first-run screen has asked for the role. */
  onboarded: z.boolean().default(false),
  role: RoleSchema.default('principal'),
  /** 0 = Sunday, 1 = Monday (default, as most school calendars). */
  weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]).default(1),
  nudges: z
    .strictObject({
      plan: NudgeScheduleSchema.default({ enabled: true, weekday: 1, time: '07:30' }),
      review: NudgeScheduleSchema.default({ enabled: true, weekday: 5, time: '14:00' }),
    })
    .default({
      plan: { enabled: true, weekday: 1, time: '07:30' },
      review: { enabled: true, weekday: 5, time: '14:00' },
    }),
  /** Walkthrough + coaching hours per week; null = measured from the first tracked weeks. */
  baselineOverrideHours: z.number().min(0).max(80).nullable().default(null),
  /** Weekly walkthrough + coaching goal in hours; null = suggested from the baseline (stair-step). */
  goalOverrideHours: z.number().min(0).max(80).nullable().default(null),
  /** One-click presets in "Log time saved" (editable in options). */
  presets: z
    .array(
      z.strictObject({
        task: z.string().trim().min(1).max(200),
        minutes: z.number().int().min(1).max(1440),
        fromActivity: z.string().min(1).max(60),
      }),
    )
    .max(20)
    .default([
      { task: 'Parent newsletter', minutes: 45, fromActivity: 'family-communication' },
      { task: 'Meeting prep', minutes: 30, fromActivity: 'staff-hr' },
      { task: 'Documentation', minutes: 40, fromActivity: 'compliance' },
      { task: 'Family messages', minutes: 25, fromActivity: 'family-communication' },
      { task: 'Schedules', minutes: 30, fromActivity: 'email-office' },
    ]),
  /** The school day's shape, local time: "Find time" proposes protected blocks only where it allows. */
  schoolDay: SchoolDaySchema.default(() => SchoolDaySchema.parse({ start: '08:00', end: '15:30' })),
  /** How long one protected block of each activity is. */
  blockMinutes: BlockMinutesSchema.default(() => BlockMinutesSchema.parse({})),
  /** Which calendars are the leader's own, and which this person keeps for someone else. */
  calendars: CalendarChoiceSchema.default(() => ({ ...NO_CALENDAR_CHOICE, keptFor: [] })),
  reconcile: ReconcileSettingsSchema.default(() => ReconcileSettingsSchema.parse({})),
  /**
   * Calendars counted or not by name (a district's policy, docs/deployment.md): until the leader picks their
   * calendars, only the account's own counts (ownOnly) or every calendar shown does; a name containing an
   * `include` part counts too, one containing an `exclude` part (Holidays) never does.
   */
  calendarNames: z
    .strictObject({
      ownOnly: z.boolean(),
      include: z.array(z.string().trim().min(1).max(100)).max(50),
      exclude: z.array(z.string().trim().min(1).max(100)).max(50),
    })
    .default(() => ({ ownOnly: true, include: [], exclude: [] })),
  /** The stair-step the suggested weekly goal climbs: this many hours a month, up to this share of the week. */
  goal: z
    .strictObject({ targetShare: z.number().min(0.1).max(0.8), stepHours: z.number().min(0.25).max(3) })
    .default(() => ({ targetShare: 0.5, stepHours: 0.5 })),
  /** The instructional coach the trend file is for; null when nobody is named. */
  coachName: z.string().trim().min(1).max(80).nullable().default(null),
  /** Pseudonym used in coach exports instead of the leader's name. */
  leaderLabel: z.string().trim().min(1).max(60).default('Leader A'),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export type SettingsRead = { settings: Settings; problem: string | null };

/**
 * Reads stored settings, never failing: missing fields get defaults; a field that no longer validates
 * (a corrupted row, or one written by a newer version) falls back to its own default, the others are
 * kept, and the problem is reported in plain words so the panel and options page can show it.
 */
export function readSettings(stored: unknown): SettingsRead {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return { settings: parsed.data, problem: null };
  const row =
    stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const reset: string[] = [];
  const recovered = Object.fromEntries(
    Object.entries(SettingsSchema.shape).map(([key, field]) => {
      const value = field.safeParse(row[key]);
      if (value.success) return [key, value.data];
      reset.push(key);
      return [key, field.parse(undefined)];
    }),
  ) as Settings;
  if (row !== stored) {
    return {
      settings: recovered,
      problem:
        'Stored settings could not be read (they were not a settings record), so defaults are in use. Check them in Settings and save.',
    };
  }
  const unknown = Object.keys(row).filter((k) => !(k in SettingsSchema.shape));
  const parts = [
    reset.length ? `${reset.join(', ')} ${reset.length === 1 ? 'was' : 'were'} reset to the default` : null,
    unknown.length
      ? `${unknown.join(', ')} ${unknown.length === 1 ? 'was' : 'were'} ignored (a newer version may have written ${unknown.length === 1 ? 'it' : 'them'})`
      : null,
  ].filter((p) => p !== null);
  return {
    settings: recovered,
    problem: `Some stored settings could not be read: ${parts.join('; ')}. Check them in Settings and save.`,
  };
}
