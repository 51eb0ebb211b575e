import { type CalendarEvent, exclusionReason } from '../events/event';
import { findTime, type FindTimeResult } from './find-time';
import { formatMinutes } from '../time/format';
import { MINUTE_MS } from '../time/numbers';
import { HOST_IDS, type HostId } from '../events/hosts';
import type { PlannedBlock, WeekPlan } from './plan';
import type { ReclaimedEntry, RecurringEstimate } from './reclaimed';
import type { BlockMinutes, SchoolDay } from './school-day';
import { effectiveStatus, type Tag } from '../events/tag';
import type { TimeRange } from '../time/week';

/**
 * "Protect the hours": where the plan's blocks stand on the calendar, and asking Find time (find-time.ts)
 * for the rest. Pure: the plan, the week's events and tags, the school day and now in.
 */

/** Where a planned block stands: proposed but not on the calendar, on it, and afterwards what happened. */
export type BlockState = 'not-scheduled' | 'on-calendar' | 'to-confirm' | 'happened' | 'displaced';
export interface BlockOutcome {
  block: PlannedBlock;
  state: BlockState;
  event?: CalendarEvent;
  displacedBy?: string;
}

/** Each planned block's state, from the captured events the plan tagged as that block. */
export function blockOutcomes(
  blocks: readonly PlannedBlock[],
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  now: number,
): BlockOutcome[] {
  const byBlock = new Map<string, CalendarEvent>();
  for (const event of events) {
    const tag = tags.get(event.id);
    if (tag?.blockId && exclusionReason(event) === null) byBlock.set(tag.blockId, event);
  }
  return blocks.map((block) => {
    const event = byBlock.get(block.id);
    if (!event) return { block, state: 'not-scheduled' };
    const tag = tags.get(event.id)!;
    const status = effectiveStatus(tag);
    if (status === 'happened') return { block, state: 'happened', event };
    if (status === 'displaced') {
      const outcome: BlockOutcome = { block, state: 'displaced', event };
      if (tag.displacedBy) outcome.displacedBy = tag.displacedBy;
      return outcome;
    }
    return { block, state: event.end <= now ? 'to-confirm' : 'on-calendar', event };
  });
}

export interface ProposalInput {
  weekKey: string;
  plan: Pick<WeekPlan, 'minutes' | 'blocks'>;
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  /** Times the leader dropped: never proposed again in this session. */
  avoid: readonly TimeRange[];
  schoolDay: SchoolDay;
  blockMinutes: BlockMinutes;
  now: number;
  /** Starts of the leader's tagged walkthroughs and observations in the four weeks before. */
  recentVisits?: readonly number[];
}

/**
 * Timed events that count as busy: not declined, not cancelled, not removed; all-day events do not block; busy time
 * shown without details does.
 */
export function busyTime(events: readonly CalendarEvent[]): TimeRange[] {
  return events
    .filter((e) => {
      const reason = exclusionReason(e);
      return (reason === null || reason === 'busy-only') && e.end > e.start;
    })
    .map((e) => ({ start: e.start, end: e.end }));
}

/**
 * "Find time" for a plan: blocks already on the calendar are kept and count toward the plan; the rest
 * of the planned minutes get new proposals (replacing earlier ones that never reached the calendar).
 */
export function proposeForPlan(input: ProposalInput): FindTimeResult & { kept: PlannedBlock[] } {
  const outcomes = blockOutcomes(input.plan.blocks ?? [], input.events, input.tags, input.now);
  const kept = outcomes.filter((o) => o.state !== 'not-scheduled').map((o) => o.block);
  const remaining: Record<string, number> = {};
  for (const [activity, minutes] of Object.entries(input.plan.minutes)) {
    const already = kept.filter((b) => b.activity === activity).reduce((s, b) => s + (b.end - b.start) / MINUTE_MS, 0);
    if (minutes - already > 0) remaining[activity] = minutes - already;
  }
  const result = findTime({
    weekKey: input.weekKey,
    plan: remaining,
    busy: [...busyTime(input.events), ...input.avoid],
    schoolDay: input.schoolDay,
    blockMinutes: input.blockMinutes,
    now: input.now,
    kept,
    ...(input.recentVisits ? { recentVisits: input.recentVisits } : {}),
  });
  return { ...result, kept };
}

export interface PlanSuggestion {
  /** About how many minutes AI will give back this week. */
  totalMinutes: number;
  minutes: Record<string, number>;
  /** One line: where the number comes from. */
  source: string;
}

/** suggestPlan from what is stored: last week's entries (one-off ones only) and the repeating estimates still running. */
export function suggestPlanFrom(
  lastWeekEntries: readonly Pick<ReclaimedEntry, 'minutes' | 'recurringId'>[],
  estimates: readonly Pick<RecurringEstimate, 'minutes' | 'stoppedAt'>[],
  previous: Pick<WeekPlan, 'minutes'> | undefined,
): PlanSuggestion | null {
  return suggestPlan({
    lastWeekOneOffMinutes: lastWeekEntries.filter((e) => !e.recurringId).reduce((s, e) => s + e.minutes, 0),
    weeklyEstimateMinutes: estimates.filter((e) => e.stoppedAt === null).reduce((s, e) => s + e.minutes, 0),
    previous,
  });
}

/** The instructional split when the leader has not planned before: walkthroughs and coaching, half each. */
const FIRST_SPLIT: Record<string, number> = { walkthrough: 0.5, coaching: 0.5 };

/**
 * What to pre-fill a new plan with: last week's one-off time saved plus the weekly repeating estimates
 * still running, split as the leader last planned (rounded to 15 minutes).
 */
export function suggestPlan(input: {
  lastWeekOneOffMinutes: number;
  weeklyEstimateMinutes: number;
  previous?: Pick<WeekPlan, 'minutes'> | undefined;
}): PlanSuggestion | null {
  const total = Math.round(input.lastWeekOneOffMinutes + input.weeklyEstimateMinutes);
  if (total < 15) return null;
  const previousTotal = Object.values(input.previous?.minutes ?? {}).reduce((s, m) => s + m, 0);
  const split =
    previousTotal > 0
      ? Object.fromEntries(Object.entries(input.previous!.minutes).map(([a, m]) => [a, m / previousTotal]))
      : FIRST_SPLIT;
  const minutes: Record<string, number> = {};
  for (const [activity, share] of Object.entries(split)) {
    const m = Math.round((total * share) / 15) * 15;
    if (m > 0) minutes[activity] = m;
  }
  const parts = [
    input.lastWeekOneOffMinutes > 0 ? `${formatMinutes(input.lastWeekOneOffMinutes)} saved last week` : null,
    input.weeklyEstimateMinutes > 0
      ? `${formatMinutes(input.weeklyEstimateMinutes)} your weekly repeating tasks save`
      : null,
  ].filter((p) => p !== null);
  const how = previousTotal > 0 ? 'split as you planned last time' : 'split between walkthroughs and coaching';
  return {
    totalMinutes: total,
    minutes,
    source: `About ${formatMinutes(total)} this week (${parts.join(' plus ')}), ${how}.`,
  };
}

/** The calendars whose "add" links a week's blocks get: where its events came from, else the last one read. */
export function protectHosts(events: readonly CalendarEvent[], lastRead: HostId | undefined): HostId[] {
  const seen = HOST_IDS.filter((id) => events.some((e) => e.source === id));
  return seen.length > 0 ? seen : lastRead ? [lastRead] : [];
}
