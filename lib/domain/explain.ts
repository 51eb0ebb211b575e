import { formatHours } from './format';
import { baselineStillMeasuring, type WeekSummary } from './summary';

const h = (n: number) => formatHours(n).replace(/ h$/, '');

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
  const redirected =
    `Walkthroughs and coaching went up ${formatHours(s.gainHours)} over your baseline — ` +
    `${h(s.redirectedHours)} of the ${h(s.reclaimedHours)} hours were redirected.`;
  const absorbed =
    s.absorbedHours && s.absorbedHours > 0
      ? ` ${formatHours(s.absorbedHours)} ${s.absorbedHours === 1 ? 'was' : 'were'} absorbed by other work.`
      : ' All of it was redirected.';
  return `${gave} ${redirected}${absorbed}`;
}
