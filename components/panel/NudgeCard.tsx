import { formatDay } from '../../lib/domain/time/format';
import type { NudgeRecord } from '../../lib/domain/measure/nudge';
import { withoutRepeat } from '../../lib/domain/measure/explain';

interface Props {
  current: NudgeRecord | undefined;
  history: readonly NudgeRecord[];
  onOpen: (target: NudgeRecord['target']) => void;
  onSnooze: (id: string) => Promise<void>;
  onTurnOff: (kind: NudgeRecord['kind']) => Promise<void>;
  onDismiss: (id: string) => Promise<void>;
  /** The sentence already on screen (the glance's), which the card does not repeat. */
  shownSentence?: string | null | undefined;
}

const ACTION: Record<NudgeRecord['target'], string> = {
  plan: 'Plan this week',
  review: 'See the review',
  tag: 'Tag the week',
  setup: 'Show me how',
  reconcile: 'Reconcile now',
};

/**
 * The weekly nudge as a card (the notification's words, less a sentence the glance beside it already says), with
 * snooze, turn off and history.
 */
export function NudgeCard({ current, history, onOpen, onSnooze, onTurnOff, onDismiss, shownSentence }: Props) {
  return (
    <>
      {current && (
        <section className="card nudge" aria-labelledby="nudge-heading" data-testid="nudge-card">
          <h2 id="nudge-heading">{current.title}</h2>
          <p data-testid="nudge-message">{withoutRepeat(current.message, shownSentence)}</p>
          <p className="row-actions">
            <button type="button" className="primary" onClick={() => onOpen(current.target)}>
              {ACTION[current.target]}
            </button>
            <button type="button" onClick={() => void onSnooze(current.id)}>
              Snooze for a day
            </button>
            <button type="button" onClick={() => void onTurnOff(current.kind)}>
              Turn off{' '}
              {current.kind === 'plan'
                ? 'Monday nudges'
                : current.kind === 'review'
                  ? 'Friday nudges'
                  : 'the daily reminder'}
            </button>
            <button type="button" onClick={() => void onDismiss(current.id)}>
              Dismiss
            </button>
          </p>
        </section>
      )}
      {history.length > 0 && (
        <details className="card">
          <summary>Past nudges ({history.length})</summary>
          <ul>
            {history.map((n) => (
              <li key={n.id}>
                <strong>{formatDay(n.deliveredAt)}:</strong> {n.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
