import {
  absorberSentence,
  lastWeekSentence,
  nextStep,
  type ProtectedTime,
  protectedSentence,
  redirectSentence,
} from '../domain/measure/explain';
import { formatHours } from '../domain/time/format';
import type { Absorber } from '../domain/measure/review';
import type { Role } from '../domain/settings/settings';
import type { WeekSummary } from '../domain/measure/summary';
import type { NudgeKind } from './schedule';

export interface NudgeText {
  title: string;
  /** Short enough for a system notification; the panel card shows the same text. */
  message: string;
  /** Where a click should take the leader. */
  target: 'plan' | 'review' | 'tag' | 'setup';
}

export interface NudgeInput {
  kind: NudgeKind;
  role: Role;
  /** Monday: last week; Friday: this week. */
  summary: WeekSummary;
  /** True when nothing at all has been recorded yet (no events, no savings). */
  noDataYet: boolean;
  absorber: Absorber | null;
  /** Monday: this week's planned protected minutes, and how many of them are on the calendar already. */
  protectedTime?: ProtectedTime | undefined;
}

/** The words of a weekly nudge: short, specific, numbers that match the panel, no blame. */
export function composeNudge(input: NudgeInput): NudgeText {
  const s = input.summary;
  if (input.noDataYet) {
    return {
      title: 'Set up your week in Leadership Calendar',
      message:
        'Open your Google or Outlook calendar in this browser so your week can be read, and log the first time an AI tool saves you.',
      target: 'setup',
    };
  }
  if (
    input.role === 'assistant-principal' &&
    s.untaggedEvents > 0 &&
    s.untaggedHours >= Math.max(1, s.walkthroughHours + s.coachingHours)
  ) {
    return {
      title: 'Untagged calendar blocks',
      message:
        `${s.untaggedEvents} calendar ${s.untaggedEvents === 1 ? 'block' : 'blocks'} this week ` +
        `${s.untaggedEvents === 1 ? 'is' : 'are'} untagged (${formatHours(s.untaggedHours)}). Tagging takes a minute with the keyboard.`,
      target: 'tag',
    };
  }
  if (input.kind === 'plan') {
    return {
      title: 'Plan your reclaimed hours',
      message: `${lastWeekSentence(s)} ${protectedSentence(input.protectedTime)}`,
      target: 'plan',
    };
  }
  // The Friday review says what the panel says, then the biggest absorber and one next step.
  const parts = [redirectSentence(s)];
  if (input.absorber && (s.absorbedHours ?? 0) > 0) parts.push(absorberSentence(input.absorber));
  parts.push(nextStep(s));
  return { title: 'Here is where your reclaimed hours went', message: parts.join(' '), target: 'review' };
}
