import { activityLabel } from '../events/activities';
import type { ProposedBlock } from '../planning/find-time';
import type { BlockMinutes } from '../planning/school-day';
import { formatDay } from '../time/format';
import type { Coverage } from './coverage';
import type { OwedFeedback } from './feedback';

/**
 * The Monday plan's offers from the daily reconcile (issue #29): book the feedback still owed, and visit the
 * teachers not seen within the target. Find time then places them under its rules (planning/find-time.ts), and the
 * blocks it proposes say whom they are for.
 */
/** Classroom visits one walkthrough block holds (several short visits make a block: research/leader-practice.md §3). */
export const VISITS_PER_WALKTHROUGH = 3;

export interface PlanOffers {
  owed: { names: string[]; minutes: number };
  unseen: { names: string[]; minutes: number; blocks: number };
}

export function planOffers(owed: readonly OwedFeedback[], coverage: Coverage, sizes: BlockMinutes): PlanOffers {
  const open = owed.filter((o) => o.state !== 'closed');
  const blocks = Math.ceil(coverage.notSeen.length / VISITS_PER_WALKTHROUGH);
  return {
    owed: { names: open.map((o) => o.teacher.name), minutes: open.length * sizes.feedback },
    unseen: { names: coverage.notSeen.map((t) => t.teacher.name), minutes: blocks * sizes.walkthrough, blocks },
  };
}

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/**
 * Names the teachers on Find time's proposals: each conversation that follows no proposed visit takes the oldest
 * feedback still owed, and each walkthrough takes up to three of the teachers not seen longest.
 */
export function nameTeachers(
  blocks: readonly ProposedBlock[],
  owed: readonly OwedFeedback[],
  coverage: Coverage,
): ProposedBlock[] {
  const waiting = owed.filter((o) => o.state !== 'closed');
  const unseen = coverage.notSeen.map((t) => t.teacher.name);
  return blocks.map((b) => {
    if ((b.activity === 'feedback' || b.activity === 'coaching') && !b.follows && waiting.length) {
      const o = waiting.shift()!;
      return {
        ...b,
        why: clip(
          `Feedback owed to ${o.teacher.name} since the ${activityLabel(o.visit.activity).toLowerCase()} on ${formatDay(o.visit.start)}.`,
        ),
      };
    }
    if (b.activity === 'walkthrough' && unseen.length) {
      const names = unseen.splice(0, VISITS_PER_WALKTHROUGH);
      return {
        ...b,
        why: clip(
          `${b.why} Visit ${names.join(', ')}: not seen within ${coverage.weeks === 1 ? 'a week' : `${coverage.weeks} weeks`}.`,
        ),
      };
    }
    return b;
  });
}
