import type { LeadershipDb } from '../store/db';
import { storePolicy } from '../store/policy-repo';
import { reapplyRules } from '../store/tags-repo';

/** The parts of the browser's storage API the policy reader uses (injected, so tests drive it). */
export interface ManagedStorage {
  managed: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: { addListener(listener: (changes: unknown, areaName: string) => void): void };
}

/**
 * The district's policy from the browser's managed storage (docs/deployment.md). Firefox rejects the read when no
 * policy is provisioned and Chrome may deliver the policy seconds after start, so a failed read counts as "no
 * policy", and the policy is read again whenever the browser says it changed. Never throws.
 */
export async function readManaged(storage: Pick<ManagedStorage, 'managed'>): Promise<Record<string, unknown>> {
  try {
    const value = await storage.managed.get(null);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

export function startPolicy(
  getDb: () => LeadershipDb,
  options: {
    storage: ManagedStorage | undefined;
    now: () => number;
    log: (line: string) => void;
    /** After a change was stored and the rules re-applied: nudges and the badge follow the new settings. */
    afterChange: () => Promise<unknown>;
  },
): { apply: () => Promise<boolean> } {
  let running: Promise<boolean> | null = null;
  const applyOnce = async (): Promise<boolean> => {
    if (!options.storage) return false;
    const raw = await readManaged(options.storage);
    const db = getDb();
    const changed = await storePolicy(db, raw, options.now());
    if (changed) {
      await reapplyRules(db, options.now());
      await options.afterChange();
    }
    return changed;
  };
  // Start-up and a change event can arrive together: the second read waits for the first, then reads afresh.
  const apply = (): Promise<boolean> => {
    const next = (running ?? Promise.resolve(false))
      .catch(() => false)
      .then(applyOnce)
      .catch((e: unknown) => {
        options.log(`Policy: ${String(e)}`);
        return false;
      });
    running = next;
    return next;
  };
  options.storage?.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void apply();
  });
  return { apply };
}
