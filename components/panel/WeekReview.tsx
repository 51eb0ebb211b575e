import { activityLabel } from '../../lib/domain/events/activities';
import { absorberSentence, redirectSentence } from '../../lib/domain/measure/explain';
import { formatDay, formatHours, formatMinutes, formatPercent, formatTime } from '../../lib/domain/time/format';
import { DAY_PART_LABELS, DAY_PARTS } from '../../lib/domain/planning/school-day';
import type { BlockOutcome } from '../../lib/domain/planning/protect';
import type { Absorber, DisplacedBlock, VisitReview } from '../../lib/domain/measure/review';
import type { WeekSummary } from '../../lib/domain/measure/summary';
import { weekRange } from '../../lib/domain/time/week';
import type { WeekPractice } from '../../lib/store/reconcile-repo';
import { reasonLabel, type Reason } from '../../lib/domain/reconcile/reasons';
import { PracticeReview } from './PracticeReview';
import type { Coverage } from '../../lib/domain/reconcile/coverage';

interface Props {
  summary: WeekSummary;
  absorber: Absorber | null;
  displaced: readonly DisplacedBlock[];
  /** The week's protected blocks from the plan and what became of each. */
  protectedBlocks?: readonly BlockOutcome[];
  /** "Print this review": one page, no panel chrome (print CSS hides everything marked data-print="hide"). */
  onPrint?: () => void;
  /** Visits by part of the day over the last weeks, and this week's visits with their feedback. */
  visits?: VisitReview | undefined;
  /** What the daily reconcile says about the week: protected time, what took it, feedback owed, coverage. */
  practice?:
    | (WeekPractice & {
        reasons: readonly Reason[];
        sequences?: Coverage | undefined;
        onSequences?: (open: boolean) => void;
      })
    | undefined;
}

const BLOCK_STATE: Record<BlockOutcome['state'], string> = {
  'not-scheduled': 'not scheduled',
  'on-calendar': 'on your calendar',
  'to-confirm': 'still to confirm',
  happened: 'happened',
  displaced: 'displaced',
};

/** Review the week: plan vs actual, reclaimed vs redirected, open loops, displaced blocks. */
export function WeekReview({ summary, absorber, displaced, protectedBlocks = [], onPrint, visits, practice }: Props) {
  const plan = summary.plan;
  return (
    <section className="card review" aria-labelledby="review-heading">
      <h2 id="review-heading">Where the reclaimed hours went</h2>
      <p className="print-only">Week of {formatDay(weekRange(summary.weekKey).start)}</p>
      {onPrint && (
        <p data-print="hide">
          <button type="button" onClick={onPrint}>
            Print this review
          </button>
        </p>
      )}
      <p className="lead">{redirectSentence(summary)}</p>
      {protectedBlocks.length > 0 && (
        <>
          <h3>Protected time you planned</h3>
          <ul aria-label="Protected blocks">
            {protectedBlocks.map((o) => (
              <li key={o.block.id} data-testid="review-block">
                {formatDay(o.block.start)} · {activityLabel(o.block.activity)} (
                {formatMinutes((o.block.end - o.block.start) / 60_000)}): {BLOCK_STATE[o.state]}
                {o.state === 'displaced' && o.displacedBy ? ` by ${activityLabel(o.displacedBy).toLowerCase()}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <dl className="numbers">
        <div>
          <dt>Reclaimed</dt>
          <dd>{formatHours(summary.reclaimedHours)}</dd>
        </div>
        <div>
          <dt>Redirected</dt>
          <dd>{formatHours(summary.redirectedHours)}</dd>
        </div>
        <div>
          <dt>Redirect rate</dt>
          <dd>{formatPercent(summary.redirectRate)}</dd>
        </div>
      </dl>
      {absorber && <p>{absorberSentence(absorber)}</p>}

      {practice && (
        <PracticeReview
          week={practice.week}
          owed={practice.owed}
          coverage={practice.coverage}
          reasons={practice.reasons}
          sequences={practice.sequences}
          onSequences={practice.onSequences}
        />
      )}

      <h3>Plan and what happened</h3>
      {plan ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(plan.minutesByActivity).map(([activity, minutes]) => (
              <tr key={activity}>
                <th scope="row">{activityLabel(activity)}</th>
                <td>{formatMinutes(minutes)}</td>
                <td>{formatMinutes(plan.actualMinutesByActivity[activity] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          No plan for this week. Plans make the review sharper: say on Monday what the reclaimed hours are for.
        </p>
      )}
      {plan?.note && <p className="muted">Your note: {plan.note}</p>}

      <h3>Closing the loop</h3>
      <p>
        {summary.walkthroughCount}{' '}
        {summary.walkthroughCount === 1 ? 'walkthrough or observation' : 'walkthroughs and observations'},{' '}
        {summary.conversationCount} feedback or coaching{' '}
        {summary.conversationCount === 1 ? 'conversation' : 'conversations'}.
        {summary.openLoops > 0
          ? ` ${summary.openLoops} ${summary.openLoops === 1 ? 'visit has' : 'visits have'} no feedback conversation within a week yet.`
          : summary.walkthroughCount > 0
            ? ' Every visit so far has a conversation after it.'
            : ''}
      </p>
      {visits && visits.visits.length > 0 && (
        <ul aria-label="This week's visits and their feedback" data-testid="visit-loops">
          {visits.visits.map((v) => (
            <li key={v.eventId}>
              {formatDay(v.start)} {formatTime(v.start)} · {v.title || '(No title)'} —{' '}
              {v.closedAt === null ? (
                <strong>no feedback conversation yet</strong>
              ) : (
                `feedback ${formatDay(v.closedAt)}`
              )}
            </li>
          ))}
        </ul>
      )}
      {visits && <VisitsByPart review={visits} />}

      <h3>Displaced blocks</h3>
      {displaced.length === 0 ? (
        <p className="muted">None marked as displaced.</p>
      ) : (
        <ul>
          {displaced.map(({ event, displacedBy, reason }) => (
            <li key={event.id}>
              {event.title} ({formatDay(event.start)})
              {reason
                ? ` — ${reasonLabel(reason, practice?.reasons ?? []).toLowerCase()}`
                : displacedBy
                  ? ` — displaced by ${activityLabel(displacedBy).toLowerCase()}`
                  : ''}
            </li>
          ))}
        </ul>
      )}
      {summary.blocks.awaitingConfirmation > 0 && (
        <p className="muted">
          {summary.blocks.awaitingConfirmation} past instructional{' '}
          {summary.blocks.awaitingConfirmation === 1 ? 'block is' : 'blocks are'} waiting for "did it happen?" in the
          Reconcile view.
        </p>
      )}
    </section>
  );
}

/** Walkthroughs and observations per part of the school day: where the leader has not been lately stands out. */
function VisitsByPart({ review }: { review: VisitReview }) {
  const counts = DAY_PARTS.map((part) => ({ part, n: review.byPart[part] }));
  const max = Math.max(1, ...counts.map((c) => c.n));
  const total = counts.reduce((s, c) => s + c.n, 0);
  const missing = counts.filter((c) => c.n === 0).map((c) => DAY_PART_LABELS[c.part]);
  const text = counts.map((c) => `${DAY_PART_LABELS[c.part]} ${c.n}`).join(', ');
  return (
    <>
      <h4>Visits by time of day, last {review.weeks} weeks</h4>
      <svg
        role="img"
        aria-label={`Visits in the last ${review.weeks} weeks: ${text}.`}
        viewBox="0 0 300 92"
        width="100%"
      >
        {counts.map((c, i) => (
          <g key={c.part}>
            <text x="0" y={16 + i * 22} className="chart-label">
              {DAY_PART_LABELS[c.part]}
            </text>
            <rect x="110" y={5 + i * 22} height="14" width={(c.n / max) * 150} fill="#2e7d32" />
            <text x={114 + (c.n / max) * 150} y={16 + i * 22} className="chart-value">
              {c.n}
            </text>
          </g>
        ))}
      </svg>
      <p className="muted" data-testid="visit-parts">
        {total === 0
          ? 'No visits tagged in these weeks yet.'
          : missing.length
            ? `No visits in the ${missing.join(' or the ')}: Find time will look there first next week.`
            : 'Every part of the day had a visit.'}
      </p>
    </>
  );
}
