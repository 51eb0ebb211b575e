import type { Feature, Lockable } from './policy';
import type { DistrictPolicy, PolicyRead, RejectedPolicy } from './policy-read';
import { readSettings, type Settings, SettingsSchema, DEFAULT_SETTINGS } from './settings';

/**
 * How a district's policy and a leader's own choices make the settings in use. Chrome has no "recommended" level
 * for extension policies (docs/deployment.md), so the layers are ours, deepest wins:
 *
 *   ours (the built-in defaults) ← the district's defaults ← the leader's own choices ← the district's locked settings
 *
 * The stored settings row holds only the leader's choices: what differs from what they would have without choosing.
 * So a district default reaches a leader who never changed that setting, a leader's change outlives any policy, and
 * removing a policy gives back exactly what the leader had.
 */

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Later layers win; plain objects merge key by key, anything else (lists, values) is replaced whole. */
export function deepMerge(...layers: unknown[]): unknown {
  return layers.reduce<unknown>(mergeTwo, undefined);
}
function mergeTwo(under: unknown, over: unknown): unknown {
  if (over === undefined) return under;
  if (!isPlain(over)) return over;
  const merged: Plain = isPlain(under) ? { ...under } : {};
  for (const [k, v] of Object.entries(over)) merged[k] = mergeTwo(merged[k], v);
  return merged;
}

/** What in `value` differs from `base`, as a sparse object (undefined when nothing does). */
export function deepDiff(value: unknown, base: unknown): unknown {
  if (deepEqual(value, base)) return undefined;
  if (isPlain(value) && isPlain(base)) {
    const out: Plain = {};
    for (const [k, v] of Object.entries(value)) {
      const d = deepDiff(v, base[k]);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** Every leaf path of a sparse object (a list is one leaf). */
export function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isPlain(value)) return prefix.length ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}
const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (isPlain(v) ? v[k] : undefined), value);
function withPath(value: unknown, path: readonly string[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const base: Plain = isPlain(value) ? { ...value } : {};
  const next = withPath(base[head], rest, leaf);
  if (next === undefined || (isPlain(next) && Object.keys(next).length === 0)) delete base[head];
  else base[head] = next;
  return base;
}

/** A policy's part in the settings, as sparse settings; which policy each part comes from decides if it is locked. */
function settingsParts(policy: DistrictPolicy): Partial<Record<Lockable | 'skipFirstRun', Plain>> {
  const parts: Partial<Record<Lockable | 'skipFirstRun', Plain>> = {};
  if (policy.schoolDay || policy.blockMinutes) {
    parts.schoolDay = {};
    if (policy.schoolDay) parts.schoolDay.schoolDay = policy.schoolDay;
    if (policy.blockMinutes) parts.schoolDay.blockMinutes = policy.blockMinutes;
  }
  if (policy.calendars) parts.calendars = { calendarNames: policy.calendars };
  if (policy.nudges) {
    const { enabled, plan, review } = policy.nudges;
    const both = enabled === undefined ? {} : { enabled };
    parts.nudges = { nudges: { plan: { ...both, ...plan }, review: { ...both, ...review } } };
  }
  if (policy.goal) parts.goal = { goal: policy.goal };
  if (policy.coachName) parts.coachName = { coachName: policy.coachName };
  if (policy.reconcile) parts.reconcile = { reconcile: policy.reconcile };
  if (policy.skipFirstRun) parts.skipFirstRun = { onboarded: true };
  return parts;
}

/** What the rest of the extension needs to know about the district, beyond the settings themselves. */
export interface District {
  /** "Lincoln USD", or null when no policy is set. */
  organization: string | null;
  supportContact: string | null;
  /** The lockable settings forced by policy. */
  locked: readonly Lockable[];
  disabled: readonly Feature[];
  policy: DistrictPolicy;
  rejected: readonly RejectedPolicy[];
  /** When the browser's policy was last read; null when never. */
  readAt: number | null;
  /** Sparse settings the district seeds and forces. */
  defaults: Partial<Settings>;
  forced: Partial<Settings>;
}

export const NO_DISTRICT: District = {
  organization: null,
  supportContact: null,
  locked: [],
  disabled: [],
  policy: {},
  rejected: [],
  readAt: null,
  defaults: {},
  forced: {},
};

export function districtFrom(read: PolicyRead, readAt: number | null): District {
  const { policy } = read;
  const locked = policy.lockedSettings ?? [];
  let defaults: unknown = {};
  let forced: unknown = {};
  const rejected = [...read.rejected];
  const parts = Object.entries(settingsParts(policy)) as [Lockable | 'skipFirstRun', Plain][];
  // Usually every part stands: one parse tells (the panel pays this as it opens); otherwise each part alone.
  const allStand = SettingsSchema.safeParse(deepMerge(DEFAULT_SETTINGS, ...parts.map(([, part]) => part))).success;
  for (const [name, part] of parts) {
    // A part that cannot stand with our defaults filled in (office time longer than the day) is rejected whole.
    const settled = allStand ? null : SettingsSchema.safeParse(deepMerge(DEFAULT_SETTINGS, part));
    if (settled && !settled.success) {
      const issue = settled.error.issues[0]!;
      rejected.push({ key: name, sentence: `${name} was not applied: ${issue.message.toLowerCase()}.` });
      continue;
    }
    if ((locked as readonly string[]).includes(name)) forced = deepMerge(forced, part);
    else defaults = deepMerge(defaults, part);
  }
  // A feature switched off stays silent too: no nudges, no reconcile reminder or toolbar count.
  if (policy.disabledFeatures?.includes('nudges'))
    forced = deepMerge(forced, { nudges: { plan: { enabled: false }, review: { enabled: false } } });
  if (policy.disabledFeatures?.includes('reconcile'))
    forced = deepMerge(forced, { reconcile: { badge: false, reminder: { enabled: false } } });
  const anything = Object.keys(policy).length > 0 || rejected.length > 0;
  return {
    organization: policy.organizationName ?? (anything ? 'your district' : null),
    supportContact: policy.supportContact ?? null,
    locked,
    disabled: policy.disabledFeatures ?? [],
    policy,
    rejected,
    readAt,
    defaults: defaults as Partial<Settings>,
    forced: forced as Partial<Settings>,
  };
}

/** The settings in use: ours, the district's defaults, the leader's stored choices, the district's locked ones. */
export function resolveSettings(choices: unknown, district: District): { settings: Settings; problem: string | null } {
  const stored = isPlain(choices) ? choices : choices === undefined || choices === null ? {} : choices;
  if (!isPlain(stored)) return readSettings(stored);
  const read = readSettings(deepMerge(DEFAULT_SETTINGS, district.defaults, stored, district.forced));
  if (read.problem === null) return read;
  // A choice that no longer fits (a leader's lunch outside a district's new day) gives way, the lock never does.
  const forced = readSettings(deepMerge(read.settings, district.forced));
  return { settings: forced.problem ? read.settings : forced.settings, problem: read.problem };
}

/** What a leader would have without choosing: ours under the district's defaults. */
const baseline = (district: District) => deepMerge(DEFAULT_SETTINGS, district.defaults);

/**
 * The choices to store after a change: the leader's own, sparse. A change to a locked setting is refused with the
 * reason; a locked setting keeps whatever the leader had chosen before the lock, for the day the lock goes.
 */
export function choicesAfter(
  previousChoices: unknown,
  next: Settings,
  district: District,
): { choices: Plain } | { refused: string } {
  const current = resolveSettings(previousChoices, district).settings;
  for (const path of leafPaths(district.forced)) {
    if (!deepEqual(at(next, path), at(current, path)))
      return {
        refused: `${lockedName(path[0]!)} is set by ${district.organization ?? 'your district'} and cannot be changed here.`,
      };
  }
  let choices = (deepDiff(next, baseline(district)) ?? {}) as unknown;
  for (const path of leafPaths(district.forced)) choices = withPath(choices, path, at(previousChoices, path));
  return { choices: (choices ?? {}) as Plain };
}

/** A full settings row from an older version (or a backup) as the leader's choices: what differs from ours. */
export const choicesFromRow = (row: unknown): Plain =>
  isPlain(row) ? ((deepDiff(row, DEFAULT_SETTINGS) ?? {}) as Plain) : {};

const SETTING_NAMES: Record<string, string> = {
  schoolDay: 'The school day',
  blockMinutes: 'Protected block lengths',
  calendarNames: 'Which calendars count',
  nudges: 'The weekly nudges',
  goal: 'The goal',
  coachName: 'The coach',
  reconcile: 'The daily reconcile',
  onboarded: 'The first-run questions',
};
const lockedName = (key: string) => SETTING_NAMES[key] ?? key;

/** True when this settings key (or any part of it) is forced by the district. */
export const isLocked = (district: District, key: keyof Settings): boolean => key in district.forced;
