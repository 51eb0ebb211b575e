import { z } from '../zod';
import { KindSchema, setDistrictActivities, type ActivityDefinition } from '../domain/events/activities';
import { districtFrom, NO_DISTRICT, type District } from '../domain/settings/district';
import { readPolicy } from '../domain/settings/policy-read';
import type { LeadershipDb } from './db';

/**
 * The district's policy as the background last read it from the browser's managed storage (lib/background/policy.ts).
 * The raw value is kept, not the applied one, so every read checks it again (a newer version may read more of it).
 * `seen` keeps every district activity ever offered, so one the district later removes is still named (retired).
 */
export const POLICY_KEY = 'policy';
export const POLICY_APPLIED_MEASURE = 'leadership-calendar:policy-applied';

const SeenActivitySchema = z.object({ id: z.string(), label: z.string(), kind: KindSchema });
const PolicyRowSchema = z.object({
  raw: z.unknown(),
  readAt: z.number(),
  seen: z.array(SeenActivitySchema).max(500),
});
type PolicyRow = z.infer<typeof PolicyRowSchema>;

/** The district from a stored row; a row that does not read is no district (the leader's own settings apply). */
/**
 * The bench sums these measures to tell what applying a policy adds to the panel's first summary
 * (docs/performance.md). Only a page's first few are kept: a worker or a panel open for hours would otherwise
 * pile up entries the browser never drops.
 */
let measured = 0;
function noteApplied(started: number): void {
  if (measured >= 20) return;
  measured++;
  performance.measure(POLICY_APPLIED_MEASURE, { start: started });
}

let last: {
  key: string;
  district: District;
  activities: [readonly ActivityDefinition[], readonly ActivityDefinition[]];
} | null = null;

export function districtOf(value: unknown): District {
  const started = performance.now();
  // A page reads the same stored row several times as it opens (settings, rules, calendars): apply it once.
  const key = JSON.stringify(value ?? null);
  if (last?.key === key) {
    setDistrictActivities(...last.activities);
    noteApplied(started);
    return last.district;
  }
  const row = PolicyRowSchema.safeParse(value);
  if (!row.success) return NO_DISTRICT;
  const district = districtFrom(readPolicy(row.data.raw), row.data.readAt);
  const active = district.policy.activities ?? [];
  const retired = row.data.seen
    .filter((s) => !active.some((a) => a.id === s.id))
    .map((s): ActivityDefinition => ({ ...s, research: 'District activity' }));
  setDistrictActivities(active, retired);
  last = { key, district, activities: [active, retired] };
  noteApplied(started);
  return district;
}

export async function loadDistrict(db: LeadershipDb): Promise<District> {
  return districtOf((await db.meta.get(POLICY_KEY))?.value);
}

/**
 * Stores what the browser's managed storage holds now. Returns true when the stored policy changed (the caller
 * re-applies the rules then). An empty policy is stored too: it is how a removed policy is noticed. `readAt` is
 * when this policy was first read.
 */
export async function storePolicy(db: LeadershipDb, raw: unknown, now: number): Promise<boolean> {
  return db.transaction('rw', [db.meta], async () => {
    const before = PolicyRowSchema.safeParse((await db.meta.get(POLICY_KEY))?.value);
    const previous: PolicyRow | null = before.success ? before.data : null;
    const active = readPolicy(raw).policy.activities ?? [];
    const seen = [...(previous?.seen ?? [])];
    for (const a of active) {
      const at = seen.findIndex((s) => s.id === a.id);
      const entry = { id: a.id, label: a.label, kind: a.kind };
      if (at < 0) seen.push(entry);
      else seen[at] = entry;
    }
    const changed = previous === null || JSON.stringify(previous.raw) !== JSON.stringify(raw ?? {});
    // Written only on a change: the worker reads the policy every time it starts.
    if (changed)
      await db.meta.put({ key: POLICY_KEY, value: { raw: raw ?? {}, readAt: now, seen } satisfies PolicyRow });
    return changed;
  });
}
