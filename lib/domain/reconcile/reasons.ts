import { z } from '../../zod';
import { ReasonIdSchema, SHORT_TEXT_MAX } from '../events/answer';

/**
 * "What took it?" — the reasons a protected block partly happened or did not happen. No public SAM list exists
 * (research/daily-reconcile.md §1.4); these come from the SAM tips, a principal's missed-observation log and the
 * state survey (§3, "Design implications" 3). The leader may rename, add and remove them in the options; the ids
 * of the defaults stay, so weekly totals and the coach's file line up across leaders.
 */
export const ReasonSchema = z.strictObject({
  id: ReasonIdSchema,
  label: z.string().trim().min(1, 'Name the reason').max(SHORT_TEXT_MAX),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const DEFAULT_REASONS: readonly Reason[] = [
  { id: 'discipline', label: 'Student behaviour or discipline' },
  { id: 'walk-in', label: 'Parent or visitor walk-in' },
  { id: 'district', label: 'District call or meeting' },
  { id: 'coverage', label: 'Staff absence or coverage' },
  { id: 'safety', label: 'Safety, health or facilities' },
  { id: 'meeting-ran-over', label: 'A meeting ran over' },
  { id: 'paperwork', label: 'Email or paperwork' },
  { id: 'other', label: 'Other' },
];

/** The reasons the trend file has a column for: the defaults (a leader's own reasons are counted under "other"). */
export const REPORTED_REASONS = DEFAULT_REASONS.map((r) => r.id);
export type ReportedReason = (typeof REPORTED_REASONS)[number];

/** The reason a weekly total counts a displaced minute under: a default reason's id, every other one as "other". */
export const reportedReason = (id: string | undefined): string => (id && REPORTED_REASONS.includes(id) ? id : 'other');

/**
 * Where displaced time went, as an activity, for the week's hours by activity (discipline time is discipline).
 * A reason with no activity (a meeting ran over, other) leaves the time as "displaced, activity unknown".
 */
const DISPLACING_ACTIVITY: Readonly<Record<string, string>> = {
  discipline: 'discipline',
  'walk-in': 'family-communication',
  district: 'district-meetings',
  coverage: 'supervision',
  safety: 'facilities-safety',
  paperwork: 'email-office',
};
export const displacingActivity = (reason: string | undefined): string | undefined =>
  reason ? DISPLACING_ACTIVITY[reason] : undefined;

export const ReasonListSchema = z
  .array(ReasonSchema)
  .min(1, 'Keep at least one reason')
  .max(20)
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'Each reason once')
  .refine((list) => list.some((r) => r.id === 'other'), 'Keep "Other": it takes a few words when nothing else fits');

/** A reason's name as the leader set it; a reason removed since keeps its id as its name. */
export function reasonLabel(id: string, reasons: readonly Reason[]): string {
  return reasons.find((r) => r.id === id)?.label ?? DEFAULT_REASONS.find((r) => r.id === id)?.label ?? id;
}

/** A new reason's id from its name ("Bus problems" → "custom-bus-problems"), unique among the list. */
export function reasonIdFor(label: string, existing: readonly Reason[]): string {
  const base = `custom-${
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'reason'
  }`;
  let id = base;
  for (let n = 2; existing.some((r) => r.id === id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * First Responders (research/daily-reconcile.md §2): for an area that pulls the leader away, who takes the first
 * try, with a second and third for absences. Areas are the reasons, so "Who could take this next time?" offers the
 * person named for what took the time.
 */
export const FirstResponderSchema = z.strictObject({
  area: ReasonIdSchema,
  people: z.array(z.string().trim().min(1).max(120)).min(1).max(3),
});
export type FirstResponder = z.infer<typeof FirstResponderSchema>;
export const FirstRespondersSchema = z
  .array(FirstResponderSchema)
  .max(20)
  .refine((list) => new Set(list.map((r) => r.area)).size === list.length, 'One list of people per area');

/** The people named for an area, first responder first. */
export const respondersFor = (area: string | undefined, list: readonly FirstResponder[]): readonly string[] =>
  (area && list.find((r) => r.area === area)?.people) || [];
