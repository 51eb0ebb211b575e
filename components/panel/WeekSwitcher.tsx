import { formatWeekRange } from '../../lib/domain/time/format';
import { weekRange } from '../../lib/domain/time/week';

interface Props {
  weekKey: string;
  isCurrent: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
}

export function WeekSwitcher({ weekKey, isCurrent, onPrevious, onNext, onToday }: Props) {
  const range = weekRange(weekKey);
  return (
    <nav className="week-switcher" aria-label="Week">
      <button type="button" onClick={onPrevious} aria-label="Previous week">
        ‹
      </button>
      <span aria-live="polite" data-testid="week-label">
        Week of {formatWeekRange(range.start, range.end)}
      </span>
      <button type="button" onClick={onNext} aria-label="Next week">
        ›
      </button>
      {!isCurrent && (
        // Not "This week": that is the name of the glance's view button, and one name must mean one action.
        <button type="button" onClick={onToday}>
          Back to this week
        </button>
      )}
    </nav>
  );
}
