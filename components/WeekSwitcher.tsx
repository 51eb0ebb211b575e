import { formatWeekRange } from '../lib/domain/format';
import { weekRange } from '../lib/domain/week';

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
        <button type="button" onClick={onToday}>
          This week
        </button>
      )}
    </nav>
  );
}
