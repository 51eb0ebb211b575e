/**
 * lib/domain/files: the contracts of files that leave one browser for another — the coach's trend file (this
 * module, and its published schemas in trend-contract.ts) and the assistant's tags file. docs/file-contracts.md.
 */
import { z } from '../../zod';
import { IsoDateSchema } from '../planning/reclaimed';
import { RoleSchema } from '../settings/settings';
import type { WeekSummary } from '../measure/summary';
import { roundTo } from '../time/numbers';
import { DEFAULT_REASONS, REPORTED_REASONS, reportedReason } from '../reconcile/reasons';
import type { PracticeWeek } from '../reconcile/week';

/**
 * The coach trend export: one row per leader-week, aggregate by construction (no titles, locations,
 * attendees or student names can appear: there is no column for them). This file is the contract a
 * district can load into its own tools; change it only with a new format version.
 */
export const TREND_FORMAT = 'leadership-calendar-trend';
/** Every version of this format ever released: the reader accepts each one (append, never remove). */
export const RELEASED_TREND_VERSIONS = [1, 2] as const;
/** The version this extension writes. */
export const TREND_FORMAT_VERSION = RELEASED_TREND_VERSIONS[RELEASED_TREND_VERSIONS.length - 1]!;

/** Required columns, in this order; more may follow. */
export const TREND_COLUMNS = [
  'leader',
  'week_start',
  'worked_hours',
  'instructional_hours',
  'walkthrough_hours',
  'coaching_hours',
  'operational_hours',
  'reclaimed_hours',
  'redirected_hours',
  'redirect_rate',
  'untagged_hours',
] as const;
/** The hours lost to each reported reason (reconcile/reasons.ts REPORTED_REASONS), one column each. */
export const REASON_COLUMNS = [
  'displaced_discipline_hours',
  'displaced_walk_in_hours',
  'displaced_district_hours',
  'displaced_coverage_hours',
  'displaced_safety_hours',
  'displaced_meeting_ran_over_hours',
  'displaced_paperwork_hours',
  'displaced_other_hours',
] as const;
/** Version 2: the daily reconcile's weekly aggregates (issue #29): time lost by reason, feedback, coverage, days. */
export const PRACTICE_COLUMNS = [
  ...REASON_COLUMNS,
  'unassigned_hours',
  'unassigned_reasons',
  'visits_owed_feedback',
  'visits_followed_in_two_days',
  'coverage',
  'coverage_weeks',
  'days_reconciled',
  'school_days',
] as const;
export type PracticeColumn = (typeof PRACTICE_COLUMNS)[number];
/** Columns a file may leave out (read as empty): every released version's optional columns. */
export const EXTRA_COLUMNS = [
  'planned_hours',
  'displaced_hours',
  'open_loops',
  'baseline_hours',
  'role',
  ...PRACTICE_COLUMNS,
] as const;
export const ALL_COLUMNS = [...TREND_COLUMNS, ...EXTRA_COLUMNS] as const;
export type TrendColumn = (typeof ALL_COLUMNS)[number];
/** The version a column first appeared in (the published contract lists, per column, the versions that carry it). */
export const COLUMN_SINCE = (column: TrendColumn): number =>
  (PRACTICE_COLUMNS as readonly string[]).includes(column) ? 2 : 1;
/** The column of a reported reason's hours ("discipline" → displaced_discipline_hours; a leader's own → other). */
export const reasonColumn = (reason: string) =>
  `displaced_${reportedReason(reason).replace(/-/g, '_')}_hours` as (typeof REASON_COLUMNS)[number];

/**
 * How each column is written and read: text as is; hours and fractions with two decimals; counts as
 * whole numbers. Optional columns (EXTRA_COLUMNS) read as empty when a file leaves them out.
 */
export const COLUMN_KINDS: Record<TrendColumn, 'text' | 'hours' | 'fraction' | 'count'> = {
  leader: 'text',
  week_start: 'text',
  worked_hours: 'hours',
  instructional_hours: 'hours',
  walkthrough_hours: 'hours',
  coaching_hours: 'hours',
  operational_hours: 'hours',
  reclaimed_hours: 'hours',
  redirected_hours: 'hours',
  redirect_rate: 'fraction',
  untagged_hours: 'hours',
  planned_hours: 'hours',
  displaced_hours: 'hours',
  open_loops: 'count',
  baseline_hours: 'hours',
  role: 'text',
  ...(Object.fromEntries(REASON_COLUMNS.map((c) => [c, 'hours'])) as Record<(typeof REASON_COLUMNS)[number], 'hours'>),
  unassigned_hours: 'hours',
  unassigned_reasons: 'text',
  visits_owed_feedback: 'count',
  visits_followed_in_two_days: 'count',
  coverage: 'fraction',
  coverage_weeks: 'count',
  days_reconciled: 'count',
  school_days: 'count',
};

/** What each column means, in the units a district analyst needs (the published contract repeats these). */
export const COLUMN_DOCS: Record<TrendColumn, string> = {
  leader: 'The pseudonym the leader chose for exports ("Leader A"); never a name from the calendar.',
  week_start: "First day of the week, in the leader's own week start (Monday, Sunday or Saturday).",
  worked_hours:
    "Hours of counted events on the leader's own calendars (overlaps merged; personal time, all-day, declined and cancelled events left out).",
  instructional_hours: 'Hours tagged instructional.',
  walkthrough_hours: 'Hours of walkthroughs and observations.',
  coaching_hours: 'Hours of coaching and feedback conversations.',
  operational_hours: 'Hours tagged operational.',
  reclaimed_hours: 'Hours the leader logged as given back by an AI tool that week.',
  redirected_hours:
    'min(reclaimed, max(0, walkthrough + coaching − baseline)); empty while the baseline is being measured.',
  redirect_rate: 'redirected / reclaimed, 0 to 1; empty when nothing was reclaimed.',
  untagged_hours: 'Counted hours with no tag yet.',
  planned_hours: 'Minutes of protected time the leader planned, in hours; empty with no plan.',
  displaced_hours: 'Hours of planned instructional blocks marked displaced.',
  open_loops: 'Walkthroughs and observations with no feedback or coaching conversation within a week after them.',
  baseline_hours: "The leader's own baseline of walkthrough + coaching hours a week; empty until measured.",
  role: 'principal, assistant-principal or coach.',
  ...(Object.fromEntries(
    REPORTED_REASONS.map((r) => [
      reasonColumn(r),
      r === 'other'
        ? "Hours of protected blocks that did not happen for another reason (the leader's own reasons, or none given)."
        : `Hours of protected blocks that did not happen because of: ${DEFAULT_REASONS.find((d) => d.id === r)!.label.toLowerCase()}.`,
    ]),
  ) as Record<(typeof REASON_COLUMNS)[number], string>),
  unassigned_hours:
    'Hours lost where the leader answered "No one is assigned yet" to "Who could take this next time?".',
  unassigned_reasons:
    'The reasons (ids, separated by ;) for which "No one is assigned yet" was answered that week: First Responder gaps.',
  visits_owed_feedback:
    "The week's visits (walkthroughs and observations) with a teacher named, counted per teacher, whose two " +
    'school days for feedback are over or that were followed sooner.',
  visits_followed_in_two_days:
    'Of those, the ones followed by a feedback or coaching conversation within two school days.',
  coverage:
    "Share of the leader's staff list seen (a visit or feedback) within their coverage target, at the week's end; empty with no staff list.",
  coverage_weeks: 'The coverage target: every teacher seen every this many weeks (1 to 4).',
  days_reconciled: 'School days of the week the leader reconciled (every block answered, the rest confirmed).',
  school_days: 'School days of the week (weekdays with events in the school day).',
};

const hours = z
  .number({ error: 'must be a number of hours' })
  .min(0, 'cannot be negative')
  .max(168, 'is more than the hours in a week');
const optionalHours = hours.nullable();
const count = z.number().int('must be a whole number').min(0).max(500).nullable();

export const TrendRowSchema = z.strictObject({
  leader: z.string().trim().min(1, 'is empty').max(60, 'is longer than 60 characters'),
  week_start: IsoDateSchema,
  worked_hours: hours,
  instructional_hours: hours,
  walkthrough_hours: hours,
  coaching_hours: hours,
  operational_hours: hours,
  reclaimed_hours: hours,
  /** Empty while the leader's baseline is not yet measured. */
  redirected_hours: optionalHours,
  /** redirected / reclaimed; empty when nothing was reclaimed. */
  redirect_rate: z
    .number({ error: 'must be a fraction between 0 and 1' })
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .nullable(),
  untagged_hours: hours,
  planned_hours: optionalHours,
  displaced_hours: optionalHours,
  open_loops: z.number().int('must be a whole number').min(0).max(500).nullable(),
  baseline_hours: optionalHours,
  role: RoleSchema.nullable(),
  // Version 2 (the daily reconcile): empty in a version 1 file, and for a week with nothing reconciled.
  displaced_discipline_hours: optionalHours.default(null),
  displaced_walk_in_hours: optionalHours.default(null),
  displaced_district_hours: optionalHours.default(null),
  displaced_coverage_hours: optionalHours.default(null),
  displaced_safety_hours: optionalHours.default(null),
  displaced_meeting_ran_over_hours: optionalHours.default(null),
  displaced_paperwork_hours: optionalHours.default(null),
  displaced_other_hours: optionalHours.default(null),
  unassigned_hours: optionalHours.default(null),
  unassigned_reasons: z
    .string()
    .regex(/^([a-z][a-z0-9-]*)(;[a-z][a-z0-9-]*)*$/, 'must be reason ids separated by ;')
    .max(400)
    .nullable()
    .default(null),
  visits_owed_feedback: count.default(null),
  visits_followed_in_two_days: count.default(null),
  coverage: z
    .number({ error: 'must be a fraction between 0 and 1' })
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .nullable()
    .default(null),
  coverage_weeks: z.number().int('must be a whole number').min(1).max(4).nullable().default(null),
  days_reconciled: z.number().int('must be a whole number').min(0).max(7).nullable().default(null),
  school_days: z.number().int('must be a whole number').min(0).max(7).nullable().default(null),
});
export type TrendRow = z.infer<typeof TrendRowSchema>;

/** The published JSON shape (validate against this in any consumer). */
export const TrendExportSchema = z.strictObject({
  format: z.literal(TREND_FORMAT),
  version: z
    .number()
    .int()
    .refine((v) => (RELEASED_TREND_VERSIONS as readonly number[]).includes(v), {
      message: `is not a version this extension reads (it reads ${RELEASED_TREND_VERSIONS.join(', ')}; a newer file needs a newer extension)`,
    }),
  exportedAt: z.string(),
  rows: z.array(TrendRowSchema).max(100_000),
});
export type TrendExport = z.infer<typeof TrendExportSchema>;

const two = (n: number) => roundTo(n, 2);

/** A week with nothing from the daily reconcile (and every row of a version 1 file): its version 2 columns empty. */
export const NO_PRACTICE = Object.fromEntries(PRACTICE_COLUMNS.map((c) => [c, null])) as {
  [C in PracticeColumn]: null;
};

/** The version 2 columns of a week, from the daily reconcile's weekly aggregates (all empty without them). */
function practiceColumns(p: PracticeWeek | undefined): Pick<TrendRow, PracticeColumn> {
  if (!p) return NO_PRACTICE;
  const byReason = Object.fromEntries(REASON_COLUMNS.map((c) => [c, 0])) as Record<
    (typeof REASON_COLUMNS)[number],
    number
  >;
  for (const { reason, minutes } of p.byReason) byReason[reasonColumn(reason)] += minutes;
  return {
    ...(Object.fromEntries(REASON_COLUMNS.map((c) => [c, two(byReason[c] / 60)])) as Record<
      (typeof REASON_COLUMNS)[number],
      number
    >),
    unassigned_hours: two(p.unassignedMinutes / 60),
    unassigned_reasons: p.unassignedReasons.length ? p.unassignedReasons.join(';') : null,
    visits_owed_feedback: p.visitsJudged,
    visits_followed_in_two_days: p.visitsFollowed,
    coverage: p.coverage === null ? null : two(p.coverage),
    coverage_weeks: p.coverageWeeks,
    days_reconciled: p.daysReconciled,
    school_days: p.schoolDays,
  };
}

/** Weekly summaries → export rows (hours to two places; the same numbers the panel shows). */
export function trendRows(
  summaries: readonly WeekSummary[],
  leader: string,
  role: TrendRow['role'],
  practice: ReadonlyMap<string, PracticeWeek> = new Map(),
): TrendRow[] {
  return summaries.map((s) => ({
    leader,
    week_start: s.weekKey,
    worked_hours: two(s.workedHours),
    instructional_hours: two(s.hoursByKind.instructional),
    walkthrough_hours: two(s.walkthroughHours),
    coaching_hours: two(s.coachingHours),
    operational_hours: two(s.hoursByKind.operational),
    reclaimed_hours: two(s.reclaimedHours),
    redirected_hours: s.redirectedHours === null ? null : two(s.redirectedHours),
    redirect_rate: s.redirectRate === null ? null : two(s.redirectRate),
    untagged_hours: two(s.untaggedHours),
    planned_hours: s.plan ? two(Object.values(s.plan.minutesByActivity).reduce((a, b) => a + b, 0) / 60) : null,
    displaced_hours: two(s.blocks.displacedHours),
    open_loops: s.openLoops,
    baseline_hours: s.baseline.hours === null ? null : two(s.baseline.hours),
    role,
    ...practiceColumns(practice.get(s.weekKey)),
  }));
}
