import { loadSettings } from '../store/settings-repo';
import type { LeadershipDb } from '../store/db';
import { daysToReconcile } from '../store/reconcile-repo';

export interface BadgeLike {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
}

/**
 * The quiet count on the toolbar button: the recent school days still to reconcile (issue #29). No count for a
 * coach, for a leader who turned it off, or before the first-run questions; an empty badge when nothing is open.
 */
export async function refreshBadge(db: LeadershipDb, badge: BadgeLike, now: number): Promise<number> {
  const { settings } = await loadSettings(db);
  const shown = settings.onboarded && settings.role !== 'coach' && settings.reconcile.badge;
  const count = shown ? await daysToReconcile(db, settings, now) : 0;
  await badge.setBadgeBackgroundColor({ color: '#1f4e79' });
  await badge.setBadgeText({ text: count > 0 ? String(count) : '' });
  return count;
}
