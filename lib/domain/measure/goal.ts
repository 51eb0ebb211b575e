import { differenceInCalendarMonths } from 'date-fns';
import type { Baseline } from './summary';
import { fromIsoDate } from '../time/week';
import { roundTo } from '../time/numbers';

/** SAM's stair-step: start a little above the measured baseline, climb each month, level off near half the week. */
export const GOAL_STEP_HOURS = 0.5;
export const SHARE_STEP = 0.05;
export const SHARE_CEILING = 0.5;
/** Used for the hours ceiling until enough weeks are tracked (NCES: principals work ~58 h a week). */
export const TYPICAL_WORKED_HOURS = 50;

export interface Goal {
  /** Weekly walkthrough + coaching hours. */
  hours: number;
  /** Instructional share of worked hours. */
  share: number;
  source: 'yours' | 'suggested' | 'none';
  /** Months since the first tracked week (the step the suggestion is on). */
  month: number;
}

export interface GoalInput {
  baseline: Baseline;
  /** The first tracked week (the start of the stair). */
  firstWeekKey: string | null;
  weekKey: string;
  /** The leader's typical worked hours (median of tracked weeks), for the ceiling. */
  typicalWorkedHours: number | null;
  /** Instructional share during the baseline weeks. */
  baselineShare: number | null;
  overrideHours: number | null;
  /** The stair's step and ceiling (a district may set them); ours when absent. */
  stair?: { stepHours: number; targetShare: number };
}

const round1 = (n: number) => roundTo(n, 1);

export function weeklyGoal(input: GoalInput): Goal {
  const month = input.firstWeekKey
    ? Math.max(0, differenceInCalendarMonths(fromIsoDate(input.weekKey), fromIsoDate(input.firstWeekKey)))
    : 0;
  const { stepHours, targetShare } = input.stair ?? { stepHours: GOAL_STEP_HOURS, targetShare: SHARE_CEILING };
  const share = Math.min(targetShare, round1(((input.baselineShare ?? 0.15) + SHARE_STEP * (month + 1)) * 100) / 100);
  if (input.overrideHours !== null) return { hours: input.overrideHours, share, source: 'yours', month };
  if (input.baseline.hours === null) return { hours: 0, share, source: 'none', month };
  const ceiling = (input.typicalWorkedHours ?? TYPICAL_WORKED_HOURS) * targetShare;
  return {
    hours: round1(Math.min(ceiling, input.baseline.hours + stepHours * (month + 1))),
    share,
    source: 'suggested',
    month,
  };
}

export type GoalStatus = 'on-track' | 'not-yet' | 'no-goal';

export function goalStatus(goal: Goal, walkthroughPlusCoachingHours: number): GoalStatus {
  if (goal.source === 'none') return 'no-goal';
  return walkthroughPlusCoachingHours >= goal.hours ? 'on-track' : 'not-yet';
}
