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

const byId = new Map(ACTIVITIES.map((a) => [a.id, a]));

export function findActivity(id: string): ActivityDefinition | undefined {
  return byId.get(id);
}

export function activityLabel(id: string): string {
  return byId.get(id)?.label ?? id;
}

export function activitiesOfKind(kind: Kind): ActivityDefinition[] {
  return ACTIVITIES.filter((a) => a.kind === kind);
}

/** The default activity when a person only picks a kind. */
export function defaultActivityFor(kind: Kind): string {
  return kind === 'instructional' ? 'walkthrough' : kind === 'operational' ? 'email-office' : 'personal';
}

/** Activities whose time counts as "walkthrough hours" and "coaching hours" in every summary. */
export const WALKTHROUGH_ACTIVITIES: readonly string[] = ['walkthrough', 'observation'];
export const COACHING_ACTIVITIES: readonly string[] = ['coaching', 'feedback'];
