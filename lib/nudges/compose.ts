import { formatHours } from '../domain/format';
import type { Absorber } from '../domain/review';
import type { Role } from '../domain/settings';
import { baselineStillMeasuring, type WeekSummary } from '../domain/summary';
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
  protectedTime?: { plannedMinutes: number; onCalendarMinutes: number } | undefined;
}

/** "1.5 of 3 h you planned are on your calendar" — or the push to put them there. */
function protectedLine(p: NudgeInput['protectedTime']): string {
  if (!p || p.plannedMinutes === 0) return 'What will you do with the hours you get back this week?';
  if (p.onCalendarMinutes === 0) {
    return `None of the ${h(p.plannedMinutes / 60)} you planned is on your calendar yet: open Plan and press Find time.`;
  }
  return `${h(p.onCalendarMinutes / 60).replace(' h', '')} of the ${h(p.plannedMinutes / 60)} you planned are on your calendar.`;
}

const h = (n: number) => formatHours(n);

/** One concrete next step grounded in the research (close the loop; prefer coaching and feedback). */
export function suggestion(s: WeekSummary): string {
  const conversations = s.conversationCount;
  if (s.walkthroughCount > 0 && s.openLoops > 0) {
    const noFeedback =
      conversations === 0
        ? 'no feedback conversation scheduled'
        : `${s.openLoops} without a feedback conversation after ${s.openLoops === 1 ? 'it' : 'them'}`;
    return (
      `${s.walkthroughCount} ${s.walkthroughCount === 1 ? 'walkthrough' : 'walkthroughs'} this week, ` +
      `${noFeedback}: block one feedback conversation next week.`
    );
  }
  if (s.reclaimedHours === 0) return 'Log the time AI saves you next week, so you can see where it goes.';
  if ((s.redirectedHours ?? 0) === 0) return 'Block one coaching conversation next week for the reclaimed time.';
  if (s.redirectRate !== null && s.redirectRate >= 0.99)
    return 'Keep the coaching time you made this week on the calendar for next week.';
  return 'Block one more coaching or feedback conversation next week.';
}

function lastWeekLine(s: WeekSummary): string {
  if (s.reclaimedHours === 0)
    return `Last week: no AI time savings logged; walkthroughs and coaching came to ${h(s.walkthroughHours + s.coachingHours)}.`;
  if (s.redirectedHours === null || baselineStillMeasuring(s))
    return `Last week AI gave you back ${h(s.reclaimedHours)}; your baseline is still being measured.`;
  return `Last week AI gave you back ${h(s.reclaimedHours)}; ${h(s.redirectedHours)} of it went to walkthroughs and coaching.`;
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
    s.excluded.untagged > 0 &&
    s.untaggedHours >= Math.max(1, s.walkthroughHours + s.coachingHours)
  ) {
    return {
      title: 'Untagged calendar blocks',
      message:
        `${s.excluded.untagged} calendar ${s.excluded.untagged === 1 ? 'block' : 'blocks'} this week ` +
        `${s.excluded.untagged === 1 ? 'is' : 'are'} untagged (${h(s.untaggedHours)}). Tagging takes a minute with the keyboard.`,
      target: 'tag',
    };
  }
  if (input.kind === 'plan') {
    return {
      title: 'Plan your reclaimed hours',
      message: `${lastWeekLine(s)} ${protectedLine(input.protectedTime)}`,
      target: 'plan',
    };
  }
  const parts: string[] = [];
  if (s.reclaimedHours === 0)
    parts.push(
      `No AI time savings logged this week. Walkthroughs and coaching: ${h(s.walkthroughHours + s.coachingHours)}.`,
    );
  else if (s.gainHours === null || s.redirectedHours === null || baselineStillMeasuring(s))
    parts.push(
      `AI gave you back ${h(s.reclaimedHours)} this week; walkthroughs and coaching came to ` +
        `${h(s.walkthroughHours + s.coachingHours)}. Your baseline is still being measured from your first three weeks.`,
    );
  else {
    const vs =
      s.gainHours > 0
        ? `${h(s.gainHours)} over your baseline`
        : s.gainHours === 0
          ? 'level with your baseline'
          : `${h(-s.gainHours)} under your baseline`;
    parts.push(
      `AI gave you back ${h(s.reclaimedHours)} this week. Walkthroughs and coaching: ` +
        `${h(s.walkthroughHours + s.coachingHours)}, ${vs} — ${h(s.redirectedHours)} redirected.`,
    );
    if (input.absorber && (s.absorbedHours ?? 0) > 0)
      parts.push(`Most of the rest went to ${input.absorber.label.toLowerCase()}.`);
  }
  parts.push(suggestion(s));
  return { title: 'Here is where your reclaimed hours went', message: parts.join(' '), target: 'review' };
}
