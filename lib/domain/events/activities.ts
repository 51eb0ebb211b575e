import { z } from '../../zod';

/** The three sides of a leader's time, as in SAM Time/Task Analysis (instructional / management / personal). */
import { ACTIVITIES, KIND_LABELS, KIND_VALUES, type ActivityDefinition, type Kind } from './activity-list';

export { ACTIVITIES, KIND_LABELS, type ActivityDefinition, type Kind };
export const KINDS = KIND_VALUES;
export const KindSchema = z.enum(KINDS);

export const ActivityIdSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Activity ids are lower-case words joined by hyphens');
export type ActivityId = z.infer<typeof ActivityIdSchema>;

/**
 * The activities in use: the built-in ones, then a district's own (docs/deployment.md). A district activity the
 * policy no longer lists is retired: tags on it keep it and it is named "(retired)", but it is offered no more.
 * Each context sets these when it reads the district's policy (lib/store/settings-repo.ts); with no district, the
 * built-in list stands alone.
 */
let offered: readonly ActivityDefinition[] = ACTIVITIES;
let byId = new Map<string, ActivityDefinition>(ACTIVITIES.map((a) => [a.id, a]));
let districtKey = '';

export function setDistrictActivities(
  active: readonly ActivityDefinition[],
  retired: readonly ActivityDefinition[],
): void {
  const key = JSON.stringify([active, retired]);
  if (key === districtKey) return;
  districtKey = key;
  const builtIn = new Set(ACTIVITIES.map((a) => a.id));
  const own = active.filter((a) => !builtIn.has(a.id));
  const gone = retired.filter((a) => !builtIn.has(a.id) && !own.some((o) => o.id === a.id));
  offered = [...ACTIVITIES, ...own];
  byId = new Map([...offered, ...gone.map((a) => ({ ...a, retired: true }))].map((a) => [a.id, a]));
}

/** Every activity a person may pick: the built-in ones and the district's current ones. */
export const allActivities = (): readonly ActivityDefinition[] => offered;
/** District activities no longer offered, kept to name old tags. */
export const retiredActivities = (): readonly ActivityDefinition[] => [...byId.values()].filter((a) => a.retired);

export function findActivity(id: string): ActivityDefinition | undefined {
  return byId.get(id);
}

export function activityLabel(id: string): string {
  const activity = byId.get(id);
  if (!activity) return id;
  return activity.retired ? `${activity.label} (retired)` : activity.label;
}

export function activitiesOfKind(kind: Kind): ActivityDefinition[] {
  return offered.filter((a) => a.kind === kind);
}

/** The default activity when a person only picks a kind. */
export function defaultActivityFor(kind: Kind): string {
  return kind === 'instructional' ? 'walkthrough' : kind === 'operational' ? 'email-office' : 'personal';
}

/** Activities whose time counts as "walkthrough hours" and "coaching hours" in every summary. */
export const WALKTHROUGH_ACTIVITIES: readonly string[] = ['walkthrough', 'observation'];
export const COACHING_ACTIVITIES: readonly string[] = ['coaching', 'feedback'];
