import type { CalendarOnScreen, CalendarScope } from '../events/calendars';
import { formatHours } from '../time/format';
import { baselineStillMeasuring, type WeekSummary } from './summary';

/** Hours without the unit, for "1.5 of the 3 hours". */
const h = (n: number) => formatHours(n).replace(/ h$/, '');

/**
 * Every sentence a leader reads about a week — in the panel, the review and the nudges — is built
 * here, so they can never drift apart.
 */

/** This week's planned protected minutes and how many of them are on the calendar already. */
export interface ProtectedTime {
  plannedMinutes: number;
  onCalendarMinutes: number;
}

/**
 * The one-sentence answer to "where did the reclaimed hours go?". Used by the panel and the
 * nudges so both always say the same thing. Operational work is never called waste: hours that
 * did not become walkthroughs or coaching were "absorbed" by the rest of the job.
 */
export function redirectSentence(s: WeekSummary): string {
  const wtc = s.walkthroughHours + s.coachingHours;
  if (s.reclaimedHours === 0) {
    const base = s.baseline.hours === null ? '' : ` (your baseline is ${formatHours(s.baseline.hours)})`;
    return `No AI time savings logged this week yet. Walkthroughs and coaching: ${formatHours(wtc)}${base}.`;
  }
  const gave = `AI gave you back ${formatHours(s.reclaimedHours)}.`;
  if (s.baseline.hours === null || s.redirectedHours === null || s.gainHours === null) {
    return `${gave} Your baseline is measured from your first tracked weeks; open your calendar so there is one to compare with.`;
  }
  if (baselineStillMeasuring(s)) {
    return (
      `${gave} Your baseline is still being measured from your first three tracked weeks, and this week ` +
      `is one of them, so redirected time shows from the week after. Walkthroughs and coaching this week: ${formatHours(wtc)}.`
    );
  }
  if (s.gainHours <= 0) {
    return (
      `${gave} Walkthroughs and coaching came to ${formatHours(wtc)}, ` +
      `${s.gainHours === 0 ? 'level with' : `${formatHours(-s.gainHours)} under`} your baseline of ` +
      `${formatHours(s.baseline.hours)}, so none of it was redirected yet.`
    );
  }
  const all = s.absorbedHours === null || s.absorbedHours <= 0;
  const redirected = all
    ? `Walkthroughs and coaching went up ${formatHours(s.gainHours)} over your baseline — all ` +
      `${h(s.reclaimedHours)} reclaimed ${s.reclaimedHours === 1 ? 'hour was' : 'hours were'} redirected.`
    : `Walkthroughs and coaching went up ${formatHours(s.gainHours)} over your baseline — ` +
      `${h(s.redirectedHours)} of the ${h(s.reclaimedHours)} hours ${s.redirectedHours === 1 ? 'was' : 'were'} redirected.`;
  const absorbed = all
    ? ''
    : ` ${formatHours(s.absorbedHours!)} ${s.absorbedHours === 1 ? 'was' : 'were'} absorbed by other work.`;
  return `${gave} ${redirected}${absorbed}`;
}

/** "1.5 of 3 h you planned are on your calendar" — or the push to put them there. */
export function protectedSentence(p: ProtectedTime | undefined): string {
  if (!p || p.plannedMinutes === 0) return 'What will you do with the hours you get back this week?';
  if (p.onCalendarMinutes === 0) {
    return `None of the ${formatHours(p.plannedMinutes / 60)} you planned is on your calendar yet: open Plan and press Find time.`;
  }
  return `${formatHours(p.onCalendarMinutes / 60).replace(' h', '')} of the ${formatHours(p.plannedMinutes / 60)} you planned are on your calendar.`;
}

/** One concrete next step grounded in the research (close the loop; prefer coaching and feedback). */
export function nextStep(s: WeekSummary): string {
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

export function lastWeekSentence(s: WeekSummary): string {
  if (s.reclaimedHours === 0)
    return `Last week: no AI time savings logged; walkthroughs and coaching came to ${formatHours(s.walkthroughHours + s.coachingHours)}.`;
  if (s.redirectedHours === null || baselineStillMeasuring(s))
    return `Last week AI gave you back ${formatHours(s.reclaimedHours)}; your baseline is still being measured.`;
  return `Last week AI gave you back ${formatHours(s.reclaimedHours)}; ${formatHours(s.redirectedHours)} of it went to walkthroughs and coaching.`;
}

/** "Most of the rest went to discipline (1 h more than in your recent weeks)." */
export function absorberSentence(absorber: { label: string; increaseHours: number }): string {
  return `Most of the rest went to ${absorber.label.toLowerCase()} (${formatHours(absorber.increaseHours)} more than in your recent weeks).`;
}

/**
 * What the glance says about whose time it counts, until the leader has chosen (null when there is nothing to
 * say: one calendar on screen, or a choice made). Outlook events are matched to a calendar through the page's
 * calendar list; when the list was hidden they could not be, count as the leader's, and the glance says so.
 */
export function countingSentence(
  onScreen: readonly Pick<CalendarOnScreen, 'name' | 'counted' | 'account'>[],
  how: CalendarScope['how'],
  unplacedEvents: number,
): string | null {
  const one = unplacedEvents === 1;
  const outlook =
    unplacedEvents > 0
      ? ` Outlook's calendar list was not visible, so ${one ? '1 event' : `${unplacedEvents} events`} could not be ` +
        `matched to a calendar and ${one ? 'counts' : 'count'} as yours: show the list (the left pane) to have ` +
        `${one ? 'it' : 'them'} matched.`
      : '';
  if (how === 'chosen' || onScreen.length <= 1) return outlook.trim() || null;
  if (how === 'account') {
    const own = onScreen.find((c) => c.account)?.name ?? 'your account';
    const others = onScreen.filter((c) => !c.counted).length;
    const rest = others === 1 ? 'the other calendar on screen is' : `the ${others} other calendars on screen are`;
    return `Counting only your own calendar (${own}); ${rest} not counted — choose yours.${outlook}`;
  }
  return `Counting all ${onScreen.length} calendars on screen — choose yours.${outlook}`;
}

/**
 * A nudge's words as its card shows them beside the glance: without the opening sentence the glance already
 * shows on the same screen (the Friday nudge opens with the glance's own sentence, by design).
 */
export function withoutRepeat(message: string, shownSentence: string | null | undefined): string {
  if (!shownSentence || !message.startsWith(shownSentence)) return message;
  return message.slice(shownSentence.length).trim() || 'Your weekly review is ready.';
}

/** "3 Outlook events could not be matched to a calendar (colour #0078d4)." */
export function unmatchedSentence(events: number, colour: string | null): string {
  const what = events === 1 ? '1 Outlook event' : `${events} Outlook events`;
  return `${what} could not be matched to a calendar${colour ? ` (colour ${colour})` : ''}. ${events === 1 ? 'Is it' : 'Are they'} yours?`;
}
