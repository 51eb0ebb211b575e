import { activityLabel } from '../events/activities';
import { GOOGLE_EVENT_COLORS } from '../events/colors';
import { FEATURE_LABELS, LOCKABLE_LABELS, type Lockable } from './policy';
import type { DistrictPolicy } from './policy-read';

/** One line per policy in force, for the options' "District policy" section: what it sets, and whether it is locked. */
export interface PolicyLine {
  name: string;
  says: string;
  locked: boolean;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function policyLines(policy: DistrictPolicy): PolicyLine[] {
  const locked = (name: Lockable) => policy.lockedSettings?.includes(name) ?? false;
  const lines: PolicyLine[] = [];
  const add = (name: string, says: string, lock: Lockable | null = null) =>
    lines.push({ name, says, locked: lock ? locked(lock) : false });
  if (policy.organizationName) add('Organization', policy.organizationName);
  if (policy.supportContact) add('Support contact', policy.supportContact);
  if (policy.schoolDay || policy.blockMinutes) {
    const d = policy.schoolDay ?? {};
    const parts = [
      d.start || d.end ? `${d.start ?? 'your start'} to ${d.end ?? 'your end'}` : null,
      d.lunch ? `lunch ${d.lunch.start}–${d.lunch.end}` : null,
      d.officeMinutes !== undefined ? `${d.officeMinutes} min office time` : null,
      d.dismissalMinutes !== undefined ? `${d.dismissalMinutes} min dismissal` : null,
      d.afterSchoolMinutes !== undefined ? `${d.afterSchoolMinutes} min after school` : null,
      d.bufferMinutes !== undefined ? `${d.bufferMinutes} min around events` : null,
      d.maxBlocksPerDay !== undefined ? `at most ${d.maxBlocksPerDay} blocks a day` : null,
      ...Object.entries(policy.blockMinutes ?? {}).map(([a, m]) => `${activityLabel(a).toLowerCase()} blocks ${m} min`),
    ].filter((p): p is string => p !== null);
    add(LOCKABLE_LABELS.schoolDay, list(parts), 'schoolDay');
  }
  if (policy.activities) add('District activities', list(policy.activities.map((a) => `${a.label} (${a.kind})`)));
  if (policy.colourKey)
    add(
      LOCKABLE_LABELS.colourKey,
      list(
        policy.colourKey.map(
          (c) => `${GOOGLE_EVENT_COLORS.find((g) => g.id === c.colour)!.name} = ${activityLabel(c.activity)}`,
        ),
      ),
      'colourKey',
    );
  if (policy.keywordRules)
    add(
      LOCKABLE_LABELS.keywordRules,
      list(policy.keywordRules.map((r) => `"${r.keywords.join('", "')}" → ${activityLabel(r.activity)}`)),
      'keywordRules',
    );
  if (policy.calendars) {
    const c = policy.calendars;
    const parts = [
      c.ownOnly === undefined
        ? null
        : c.ownOnly
          ? 'your own calendar until you choose'
          : 'every calendar shown until you choose',
      c.include?.length ? `also calendars named ${list(c.include.map((p) => `"${p}"`))}` : null,
      c.exclude?.length ? `never calendars named ${list(c.exclude.map((p) => `"${p}"`))}` : null,
    ].filter((p): p is string => p !== null);
    add(LOCKABLE_LABELS.calendars, list(parts), 'calendars');
  }
  if (policy.nudges) {
    const n = policy.nudges;
    const when = (w: { weekday?: number; time?: string } | undefined) =>
      w ? [w.weekday !== undefined ? DAYS[w.weekday] : null, w.time ?? null].filter(Boolean).join(' ') : '';
    const parts = [
      n.enabled === undefined ? null : n.enabled ? 'on' : 'off',
      n.plan ? `plan ${when(n.plan)}` : null,
      n.review ? `review ${when(n.review)}` : null,
    ].filter((p): p is string => p !== null);
    add(LOCKABLE_LABELS.nudges, list(parts), 'nudges');
  }
  if (policy.goal) {
    const parts = [
      policy.goal.stepHours !== undefined ? `climbs ${policy.goal.stepHours} h a month` : null,
      policy.goal.targetShare !== undefined ? `up to ${Math.round(policy.goal.targetShare * 100)}% of the week` : null,
    ].filter((p): p is string => p !== null);
    add(LOCKABLE_LABELS.goal, list(parts), 'goal');
  }
  if (policy.coachName) add(LOCKABLE_LABELS.coachName, policy.coachName, 'coachName');
  if (policy.reconcile) {
    const parts = [
      policy.reconcile.reasons ? `reasons: ${list(policy.reconcile.reasons.map((r) => r.label))}` : null,
      policy.reconcile.coverageWeeks
        ? `see every teacher every ${policy.reconcile.coverageWeeks === 1 ? 'week' : `${policy.reconcile.coverageWeeks} weeks`}`
        : null,
    ].filter((p): p is string => p !== null);
    add(LOCKABLE_LABELS.reconcile, list(parts), 'reconcile');
  }
  if (policy.disabledFeatures) add('Switched off', list(policy.disabledFeatures.map((f) => FEATURE_LABELS[f])));
  if (policy.skipFirstRun) add('First run', 'leaders start as principals without the first-run questions');
  return lines;
}
